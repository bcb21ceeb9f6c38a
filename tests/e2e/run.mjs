// Runs the browser specs with Node's test runner, one file at a time (the machine has 2 cores).
// Runs under `node --import tsx` (see package.json) so it can ask the harness whether Chromium is there.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** A safety net far above a normal run (a few minutes): a hang ends with a message, not a silent wait. */
const RUN_LIMIT_MS = 20 * 60_000;

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}
const { chromiumProblem } = await import('./harness.ts');
const problem = chromiumProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
const only = process.argv.slice(2);
const specs = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.spec.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .map((name) => `tests/e2e/${name}`);

// Its own process group holds every spec and the `next start` each spec runs, so one signal ends them all.
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...specs], { stdio: 'inherit', detached: true });
const endGroup = () => {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
process.on('exit', endGroup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    endGroup();
    process.exit(1);
  });
}
const timer = setTimeout(() => {
  console.error(`\nThe browser tests were still running after ${RUN_LIMIT_MS / 60_000} minutes: stopped them and their servers.`);
  process.exit(1);
}, RUN_LIMIT_MS);
child.on('exit', (code) => {
  clearTimeout(timer);
  process.exit(code ?? 1);
});
