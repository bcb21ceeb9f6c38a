import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Browser tests run against the production build (`npm run build` first), served on 127.0.0.1. */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface App {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts `next start` and Chromium. One per spec file. */
export async function startApp(): Promise<App> {
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(origin + '/');
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill();
      throw new Error(`next start did not come up (did you run npm run build?)\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await launchBrowser();
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      server.kill();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
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
