import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { after, before } from 'node:test';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Browser tests and the bench run against the production build (`npm run build` first), served on 127.0.0.1. */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
/** How long `next start` and Chromium each get to come up: a healthy start takes a second or two. */
const START_TIMEOUT_MS = 30_000;

/** Why Chromium cannot be started, said as what to install; `undefined` when the binary is there. */
export function chromiumProblem(): string | undefined {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    const source = process.env.CHROMIUM_PATH ? ' (set by CHROMIUM_PATH)' : '';
    return (
      `No Chromium at ${CHROMIUM}${source}. The browser tests and the bench drive Debian's Chromium: ` +
      'install it with `apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.'
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface Server {
  readonly origin: string;
  /** Ends `next start` and waits until it has gone. */
  stop(): Promise<void>;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Serves the production build with `next start` on a free loopback port; it is stopped however this process ends. */
export async function startServer(): Promise<Server> {
  const port = await freePort();
  // Each server gets its own apart-mode store in a throwaway folder, never the project's ./data.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'our-terms-e2e-data-'));
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', APART_SQLITE_FILE: path.join(dataDir, 'store.sqlite') } },
  );
  // A failed assertion, a thrown hook or process.exit() must not leave the server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  let log = '';
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(origin + '/');
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`next start did not come up (did you run npm run build?)\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { origin, stop };
}

export interface App {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts Chromium and `next start`. One per spec file. */
export async function startApp(): Promise<App> {
  // The browser first: a missing or broken one fails in well under a second, before any server exists.
  const browser = await launchBrowser();
  let server: Server;
  try {
    server = await startServer();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    origin: server.origin,
    browser,
    async close() {
      try {
        await browser.close();
      } finally {
        await server.stop();
      }
    },
  };
}

/**
 * One app for a whole spec file: started before its first test, closed (and the scratch folder
 * removed) after its last. `use` receives the app once it is up.
 */
export function serveApp(use: (app: App) => void, scratch?: { remove(): void }): void {
  let started: App | undefined;
  before(async () => {
    started = await startApp();
    use(started);
  });
  after(async () => {
    await started?.close();
    scratch?.remove();
  });
}

export async function launchBrowser(): Promise<Browser> {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      timeout: START_TIMEOUT_MS,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // What the browser itself printed (a missing library, say) is the useful part of Playwright's message.
    const said = message.split('\n').flatMap((line) => /^\[pid=\d+\]\[err\] (.+)$/.exec(line)?.[1] ?? []).slice(0, 3);
    const reason = said.length ? said.join('; ') : message.split('\n')[0];
    throw new Error(`Chromium at ${CHROMIUM} did not start: ${reason}. Reinstall it with \`apt-get install chromium\`, or set CHROMIUM_PATH to a working Chromium binary.`, { cause: error });
  }
}

export const MOBILE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 900 } };

/** A fresh context (its own storage) and page; requests leaving the origin are recorded and blocked. */
export async function newPage(
  app: App,
  options: Parameters<Browser['newContext']>[0] = MOBILE,
): Promise<{ context: BrowserContext; page: Page; foreignRequests: string[] }> {
  const context = await app.browser.newContext({ ...options, acceptDownloads: true });
  const foreignRequests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(app.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  return { context, page, foreignRequests };
}

/** A throwaway folder for screenshots and downloads. */
export function scratchDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'our-terms-e2e-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
