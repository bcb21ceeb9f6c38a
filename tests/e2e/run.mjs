// Runs the browser specs with Node's test runner, one file at a time (the machine has 2 cores).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}
const only = process.argv.slice(2);
const specs = readdirSync('tests/e2e')
  .filter((name) => name.endsWith('.spec.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .map((name) => `tests/e2e/${name}`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...specs], { stdio: 'inherit' });
process.exit(result.status ?? 1);
