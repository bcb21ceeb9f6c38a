/**
 * PDF export in Chromium, as a couple meets it (rows for tests/bench/run.mjs):
 * the agreement page is opened fresh and left a few seconds, then "Download PDF"
 * is clicked; the figure is click → file. The page makes the PDF ahead in a Web
 * Worker once idle, so the click should only hand over the file. A
 * PerformanceObserver for 'longtask' records every main-thread task over 50 ms
 * from opening the page to the last file.
 *
 * A second agreement has a Chinese name: what it fetches (Noto Sans SC, once)
 * and how long its first PDF takes when clicked at once, with no head start.
 *
 * Alone, against the production build: `node --import tsx tests/bench/pdf-browser.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Row } from './pdf-bench';

/** "Open a few seconds": the page makes the PDF ahead once it has been idle a moment. */
const OPEN_FOR_MS = 3000;
const LATER_CLICKS = 5;
const CJK_NAMES = { a: '王芳', b: 'Bo' };

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

const median = (values: readonly number[]) => [...values].sort((first, second) => first - second)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** Records long tasks from the very start of every document the context opens. */
async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Bytes of every font the app serves that this page (or its worker) fetched, by file. */
function countFontBytes(context: BrowserContext): Map<string, number> {
  const bytes = new Map<string, number>();
  context.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/fonts/')) return;
    void response
      .body()
      .then((body) => bytes.set(url.pathname, (bytes.get(url.pathname) ?? 0) + body.byteLength))
      .catch(() => undefined);
  });
  return bytes;
}

async function clickToFile(page: Page): Promise<{ ms: number; from: number; to: number }> {
  const button = page.getByRole('button', { name: 'Download PDF' });
  const from = await page.evaluate(() => performance.now());
  const start = performance.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const ms = performance.now() - start;
  const to = await page.evaluate(() => performance.now());
  await download.delete();
  return { ms, from, to };
}

/** The agreement page, loaded afresh (nothing of the renderer in memory yet). */
async function openAgreementAfresh(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
}

async function newContext(browser: Browser, origin: string, mobile: object): Promise<BrowserContext> {
  const context = await browser.newContext({ ...mobile, acceptDownloads: true });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await observeLongTasks(context);
  return context;
}

export async function browserPdfRows(origin: string): Promise<Row[]> {
  const { launchBrowser, MOBILE } = await import('../e2e/harness');
  const { completeJourney } = await import('../e2e/journey');
  const browser = await launchBrowser();
  try {
    // A Latin-only agreement: the everyday case.
    const context = await newContext(browser, origin, MOBILE);
    const fonts = countFontBytes(context);
    const page = await context.newPage();
    await completeJourney(page, origin, {});
    await openAgreementAfresh(page);
    await page.waitForTimeout(OPEN_FOR_MS);
    const windows = [await clickToFile(page)];
    for (let index = 0; index < LATER_CLICKS; index += 1) windows.push(await clickToFile(page));
    const tasks = (await page.evaluate(() => window.__longTasks ?? [])).filter((task) => task.start >= 0);
    const during = tasks.filter((task) => windows.some((window) => task.start + task.duration >= window.from && task.start <= window.to));
    const pageLoad = tasks.filter((task) => task.start < (windows[0]?.from ?? 0));
    const latinScriptFontBytes = [...fonts].filter(([file]) => !/\/Inter-/.test(file)).reduce((sum, [, size]) => sum + size, 0);
    await context.close();

    // A Chinese name: Noto Sans SC is fetched for it, and only for it.
    const cjkContext = await newContext(browser, origin, MOBILE);
    const cjkFonts = countFontBytes(cjkContext);
    const cjkPage = await cjkContext.newPage();
    await completeJourney(cjkPage, origin, { names: CJK_NAMES });
    await openAgreementAfresh(cjkPage);
    cjkFonts.clear();
    const cjk = await clickToFile(cjkPage);
    const cjkBytes = [...cjkFonts].filter(([file]) => file.startsWith('/fonts/cjk/')).reduce((sum, [, size]) => sum + size, 0);
    const cjkFiles = [...cjkFonts.keys()].filter((file) => file.startsWith('/fonts/cjk/')).map((file) => file.replace('/fonts/cjk/', ''));
    await cjkContext.close();

    const [first, ...later] = windows.map((window) => window.ms);
    const longest = (list: readonly { duration: number }[]) => Math.max(0, ...list.map((task) => task.duration));
    return [
      {
        name: `PDF export in Chromium, first click → file (agreement page open ${OPEN_FOR_MS / 1000} s)`,
        value: round(first ?? Number.NaN),
        unit: 'ms',
        budget: 300,
        note: 'made ahead in a Web Worker once the page is idle; the click hands over the file',
      },
      { name: 'PDF export in Chromium, later clicks → file', value: round(median(later)), unit: 'ms', budget: 150, note: `median of ${later.length}` },
      {
        name: 'Longest main-thread task during PDF export (click → file, every click)',
        value: round(longest(during)),
        unit: 'ms',
        budget: 50,
        note: `${during.length} long task(s) while exporting; from opening the page to the first click (hydration and the work made ahead): ${pageLoad.length}, longest ${round(longest(pageLoad))} ms`,
      },
      { name: 'Script font bytes fetched for a Latin-only agreement', value: round(latinScriptFontBytes / 1024), unit: 'KB', budget: 0, note: 'Inter only' },
      {
        name: 'CJK font bytes fetched for an agreement with a Chinese name',
        value: round(cjkBytes / 1024 / 1024, 1),
        unit: 'MB',
        budget: 11,
        note: `${cjkFiles.join(', ') || 'none'}; once per page session (then the HTTP cache)`,
      },
      {
        name: 'Time to first PDF with a Chinese name (clicked as soon as the page shows)',
        value: round(cjk.ms),
        unit: 'ms',
        budget: 3000,
        note: 'no head start: worker start, renderer, fetching and parsing Noto Sans SC, layout',
      },
    ];
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  void (async () => {
    const { startServer } = await import('../e2e/harness');
    const server = await startServer();
    try {
      for (const row of await browserPdfRows(server.origin)) console.log(`${row.name}: ${row.value} ${row.unit}${row.budget === undefined ? '' : ` (budget ${row.budget})`}${row.note ? ` — ${row.note}` : ''}`);
    } finally {
      await server.stop();
    }
  })();
}
