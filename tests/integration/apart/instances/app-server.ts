import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/**
 * Real app instances for the multi-instance and crash tests: `next start` of the production
 * build on 127.0.0.1, each on its own port, with the settings given. Needs `npm run build` first
 * (run these under the build lock: `npm run test:instances`).
 */
const ROOT = path.resolve(__dirname, '../../../..');

export function requireBuild(): void {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) throw new Error('No production build: run `npm run build` first.');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface AppInstance {
  readonly origin: string;
  readonly child: ChildProcess;
  /** Everything the process printed (its log lines). */
  output(): string;
  /** A fetch against this instance, for lib/apart/client.ts (which sends paths like /api/apart/…). */
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL, no goodbye: a crash. */
  kill(): Promise<void>;
}

export async function startApp(env: Record<string, string>, port?: number): Promise<AppInstance> {
  requireBuild();
  const listenOn = port ?? (await freePort());
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(listenOn)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = `http://127.0.0.1:${listenOn}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}\n${log}`);
    try {
      if ((await globalThis.fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start did not come up in 60 s\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    origin,
    child,
    output: () => log,
    fetch: (input, init) => globalThis.fetch(new URL(input, origin), init),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
