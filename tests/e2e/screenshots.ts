// Walks the journey and saves a PNG of every step, to look at as a person would.
// Usage: npm run build && node --import tsx tests/e2e/screenshots.ts [outDir] [mobile|desktop] [light|dark]
import { mkdirSync } from 'node:fs';
import { DESKTOP, MOBILE, newPage, startApp } from './harness';
import { completeJourney } from './journey';

async function main() {
  const [outDir = 'tests/e2e/out', size = 'mobile', scheme = 'light'] = process.argv.slice(2);
  mkdirSync(outDir, { recursive: true });
  const app = await startApp();
  try {
    const device = size === 'desktop' ? DESKTOP : MOBILE;
    const { page, context } = await newPage(app, { ...device, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
    let count = 0;
    const shot = async (label: string) => {
      count += 1;
      await page.screenshot({ path: `${outDir}/${String(count).padStart(2, '0')}-${label}.png`, fullPage: true });
    };
    await page.goto(app.origin + '/');
    await shot('home-empty');
    await completeJourney(page, app.origin, { customTerm: 'We say goodnight before we put our phones away.', onStep: (_page, label) => shot(label) });
    await shot('agreement');
    await page.goto(app.origin + '/');
    await page.locator('[data-saved-work="loaded"]').waitFor();
    await shot('home-saved');
    await context.close();
  } finally {
    await app.close();
  }
}

void main();
