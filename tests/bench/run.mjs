// Performance figures beside their budgets, from the production build (`npm run build` first).
//
//   npm run bench              print the table (always exits 0 unless the bench itself breaks)
//   npm run bench -- --check   also exit 1 when a figure is over its budget by more than the CI margin
//
// Runs under `node --import tsx` (see package.json) so the PDF bench (TypeScript) loads.
// Writes the figures to tests/bench/out/bench.json as well.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHECK = process.argv.includes('--check');
/** CI is noisy (shared 2-core machines): a figure fails --check only beyond 1.5× its budget. */
const CI_MARGIN = 1.5;
const KB = 1024;

/** Budgets over the framework floor (the built-in not-found page), in gzip KB. */
const ROUTES = [
  { path: '/', label: 'home', budgetOverFloor: 25 },
  { path: '/start', label: 'entry check (first wizard step)', budgetOverFloor: 70 },
  { path: '/draft?id=bench', label: 'wizard step', budgetOverFloor: 70 },
  { path: '/agreement?id=bench', label: 'signed agreement' },
  { path: '/support', label: 'support' },
  { path: '/privacy', label: 'privacy' },
  { path: '/data', label: 'your data' },
  { path: '/help/deleting', label: 'deleting help' },
];
const NOT_FOUND = '/bench-not-found';
/** Strings only the PDF renderer's code contains: pdfkit's producer name and yoga-layout's inline WebAssembly. */
const PDF_MARKERS = ['PDFKit', 'AGFzbQEAAAAB'];

const TTFB_RUNS = 40;
const STEP_RUNS = 11;
const CPU_SLOWDOWN = 4;

/** @typedef {{ name: string, value: number, unit: string, budget?: number, enforced?: boolean, note?: string }} Row */

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const round = (value, digits = 1) => Number(value.toFixed(digits));

// ---------------------------------------------------------------------------
// Initial JavaScript

/** Every <script src> under /_next/ in the route's HTML as served: gzip bytes, and whether the PDF renderer is among them. */
async function initialJs(origin, route, cache) {
  const html = await (await fetch(origin + route)).text();
  const sources = [...new Set([...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]).filter((src) => src.startsWith('/_next/')))];
  let gzip = 0;
  let pdfBytes = 0;
  for (const src of sources) {
    if (!cache.has(src)) {
      const body = Buffer.from(await (await fetch(origin + src)).arrayBuffer());
      cache.set(src, { gzip: gzipSync(body).length, hasPdf: PDF_MARKERS.some((marker) => body.includes(marker)) });
    }
    const entry = cache.get(src);
    gzip += entry.gzip;
    if (entry.hasPdf) pdfBytes += entry.gzip;
  }
  if (sources.length === 0) throw new Error(`no scripts found in ${route}`);
  return { gzip, pdfBytes, scripts: sources.length };
}

/** The renderer's own chunk(s) in the build: loaded on the first "Download PDF" click, never with a page. */
function pdfChunkGzip() {
  const dir = path.join(ROOT, '.next/static/chunks');
  let total = 0;
  for (const file of readdirSync(dir, { recursive: true })) {
    if (!String(file).endsWith('.js')) continue;
    const body = readFileSync(path.join(dir, String(file)));
    if (PDF_MARKERS.some((marker) => body.includes(marker))) total += gzipSync(body).length;
  }
  return total;
}

async function javascriptRows(origin) {
  const cache = new Map();
  const floor = await initialJs(origin, NOT_FOUND, cache);
  /** @type {Row[]} */
  const rows = [{ name: 'Initial JS, framework floor (built-in not-found page)', value: round(floor.gzip / KB), unit: 'KB gzip', note: `${floor.scripts} scripts` }];
  const pdfPresent = floor.pdfBytes > 0 ? [`${NOT_FOUND} (${round(floor.pdfBytes / KB)} KB)`] : [];
  for (const route of ROUTES) {
    const measured = await initialJs(origin, route.path, cache);
    const over = (measured.gzip - floor.gzip) / KB;
    rows.push({
      name: `Initial JS over the floor: ${route.label} (${route.path.split('?')[0]})`,
      value: round(over),
      unit: 'KB gzip',
      ...(route.budgetOverFloor !== undefined ? { budget: route.budgetOverFloor } : {}),
      note: `${round(measured.gzip / KB)} KB total, ${measured.scripts} scripts`,
    });
    if (measured.pdfBytes > 0) pdfPresent.push(`${route.path} (${round(measured.pdfBytes / KB)} KB)`);
  }
  rows.push({
    name: 'PDF renderer (@react-pdf/renderer) in any initial load',
    value: pdfPresent.length,
    unit: 'routes',
    budget: 0,
    note: pdfPresent.length ? `present in ${pdfPresent.join(', ')}` : `absent from all ${ROUTES.length + 1}; its chunk is ${round(pdfChunkGzip() / KB)} KB gzip, loaded on the first PDF export`,
  });
  return rows;
}

// ---------------------------------------------------------------------------
// Server: time to first byte through the proxy

async function ttfb(origin, route, runs) {
  for (let index = 0; index < 5; index += 1) await (await fetch(origin + route)).arrayBuffer();
  const times = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    const response = await fetch(origin + route);
    times.push(performance.now() - start);
    await response.arrayBuffer();
  }
  return times;
}

async function serverRows(origin) {
  const page = await ttfb(origin, '/', TTFB_RUNS);
  const html = await (await fetch(origin + '/')).text();
  const asset = /<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
  const staticTimes = asset ? await ttfb(origin, asset, TTFB_RUNS) : [];
  /** @type {Row[]} */
  const rows = [
    {
      name: 'TTFB of / (dynamic render + proxy nonce), loopback',
      value: round(median(page)),
      unit: 'ms',
      budget: 50,
      note: `median of ${TTFB_RUNS}; p90 ${round([...page].sort((a, b) => a - b)[Math.floor(page.length * 0.9)])} ms`,
    },
  ];
  if (staticTimes.length) rows.push({ name: 'TTFB of a static script (proxy headers only), loopback', value: round(median(staticTimes)), unit: 'ms', note: `median of ${TTFB_RUNS}` });
  return rows;
}

// ---------------------------------------------------------------------------
// Interaction: a wizard step change on a throttled phone

async function stepLatencyRows(origin) {
  const { launchBrowser, MOBILE } = await import('../e2e/harness.ts');
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext(MOBILE);
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const page = await context.newPage();
    const { passEntryCheck, fillSetup } = await import('../e2e/journey.ts');
    await passEntryCheck(page, origin);
    await fillSetup(page, { a: 'Ana', b: 'Bo' });
    await page.getByRole('button', { name: 'I’m Ana, and I’m answering for myself' }).click();
    await page.getByRole('button', { name: 'Next' }).waitFor();
    // From the click event to the frame after the new section's heading is in the DOM.
    await page.evaluate(() => {
      const state = { clickAt: null, heading: document.querySelector('h1')?.textContent ?? '', samples: [] };
      window.__stepLatency = state;
      document.addEventListener(
        'click',
        (event) => {
          if (event.target instanceof Element && event.target.closest('button[type="submit"]')) state.clickAt = event.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        const heading = document.querySelector('h1')?.textContent ?? '';
        if (state.clickAt === null || heading === state.heading) return;
        const start = state.clickAt;
        state.clickAt = null;
        state.heading = heading;
        requestAnimationFrame(() => setTimeout(() => state.samples.push(performance.now() - start), 0));
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    for (let step = 0; step < STEP_RUNS; step += 1) {
      // Commitments must be ticked to move on; the click that matters is "Next".
      const unticked = page.locator('input[type="checkbox"]:not(:checked)');
      for (let guard = 0; guard < 20 && (await unticked.count()) > 0; guard += 1) await unticked.first().check();
      await page.getByRole('button', { name: /^(Next|Finish my answers)$/ }).click();
      await page.waitForFunction((count) => window.__stepLatency.samples.length >= count, step + 1, { timeout: 20_000 });
    }
    const samples = await page.evaluate(() => window.__stepLatency.samples);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await context.close();
    return [
      {
        name: `Wizard step change, click → new heading painted (CPU ${CPU_SLOWDOWN}× slower, 390×844)`,
        value: round(median(samples)),
        unit: 'ms',
        budget: 100,
        note: `median of ${samples.length}; max ${round(Math.max(...samples))} ms`,
      },
    ];
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------
// PDF export in the browser: what a couple waits for, from the click to the file

async function browserPdfRows(origin) {
  const { browserPdfRows: rows } = await import('./pdf-browser.ts');
  return rows(origin);
}

// ---------------------------------------------------------------------------
// PDF rendering in Node: cold and warm, beside a bare react-pdf document

async function pdfRows() {
  const { benchPdf } = await import('./pdf-bench.ts');
  return benchPdf();
}

// ---------------------------------------------------------------------------

function isOver(row, margin) {
  return row.budget !== undefined && Number.isFinite(row.value) && row.value > row.budget * margin;
}

/** Whether --check fails on this row: every budget does, except targets marked `enforced: false`. */
function failsCheck(row) {
  return row.enforced !== false && isOver(row, CI_MARGIN);
}

function printTable(rows) {
  const cells = rows.map((row) => [
    row.name,
    Number.isFinite(row.value) ? String(row.value) : '–',
    row.unit,
    row.budget === undefined ? '' : `≤ ${row.budget}`,
    row.budget === undefined ? '' : isOver(row, 1) ? (failsCheck(row) ? 'FAIL' : row.enforced === false ? 'over (target)' : 'over') : 'ok',
  ]);
  const header = ['figure', 'value', 'unit', 'budget', 'ok'];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column].length)));
  const line = (values) => values.map((value, column) => (column === 1 ? value.padStart(widths[column]) : value.padEnd(widths[column]))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells) console.log(line(row));
  const notes = rows.filter((row) => row.note);
  if (notes.length) {
    console.log('\nnotes');
    for (const row of notes) console.log(`- ${row.name}: ${row.note}`);
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    console.error('No production build found: run `npm run build` first.');
    process.exit(1);
  }
  const { startServer } = await import('../e2e/harness.ts');
  const server = await startServer();
  /** @type {Row[]} */
  const rows = [];
  try {
    rows.push(...(await javascriptRows(server.origin)));
    rows.push(...(await serverRows(server.origin)));
    rows.push(...(await stepLatencyRows(server.origin)));
    rows.push(...(await browserPdfRows(server.origin)));
  } finally {
    await server.stop();
  }
  rows.push(...(await pdfRows()));
  // 10,000 hostile files (byte flips, forks, template-invalid versions, cyclic and huge PDFs) against a real saved agreement.
  rows.push(...(await (await import('./hostile-files.ts')).benchHostileFiles()));
  // Apart mode's server: SQLite and PostgreSQL, one and two instances, each beside the bare route (no budgets: figures to compare).
  rows.push(...(await (await import('./apart-bench.mjs')).apartScaleRows()));

  printTable(rows);
  mkdirSync(path.join(ROOT, 'tests/bench/out'), { recursive: true });
  writeFileSync(path.join(ROOT, 'tests/bench/out/bench.json'), JSON.stringify({ at: new Date().toISOString(), margin: CI_MARGIN, rows }, null, 2));

  const over = rows.filter((row) => isOver(row, 1));
  if (over.length) console.log(`\n${over.length} figure(s) over budget: ${over.map((row) => row.name).join('; ')}`);
  if (CHECK) {
    const failed = rows.filter(failsCheck);
    if (failed.length) {
      console.error(`\n--check: ${failed.length} figure(s) over budget × ${CI_MARGIN}: ${failed.map((row) => `${row.name} = ${row.value} ${row.unit} (budget ${row.budget})`).join('; ')}`);
      process.exit(1);
    }
    console.log(`\n--check: every figure within its budget × ${CI_MARGIN}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
