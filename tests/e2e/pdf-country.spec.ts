import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { newPage, startApp, type App } from './harness';
import { completeJourney } from './journey';
import { countryGroup } from '../../lib/template/help';
import { defaultTemplate } from '../../templates';

// The country chosen on this device reaches the PDF's help lines (and nothing
// of another country's), including after a PDF was already made ahead for
// another choice. Choosing one is optional: without it, the PDF lists the help
// that works anywhere.

/** Where to leave screenshots and PDF pages to look at (set SHOTS_DIR); none are made otherwise. */
const SHOTS = process.env.SHOTS_DIR;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const help = defaultTemplate.help!;
const uk = countryGroup(help, 'GB')!;
const australia = countryGroup(help, 'AU')!;

async function pdfText(page: Page, label: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const file = await download.path();
  if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', file, `${SHOTS}/pdf-country-${label}`]);
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

test('a country chosen beside Download PDF puts its help in the PDF, and a change of country is never missed', async () => {
  const { context, page, foreignRequests } = await newPage(app);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  await completeJourney(page, app.origin);

  // Nothing chosen: the PDF carries what works anywhere and no country's own lines.
  const anywhere = await pdfText(page, 'none');
  assert.match(anywhere, /Help wherever you are/);
  assert.doesNotMatch(anywhere, /Help in /);

  const panel = page.locator('details.pdf-country');
  await panel.locator('summary', { hasText: 'Add help lines for your country (optional)' }).click();
  await panel.getByLabel('Where are you?').selectOption(australia.code);
  await panel.locator('summary', { hasText: `PDF help lines: ${australia.name}` }).waitFor();
  // Long enough for the page to make the PDF ahead for Australia (it starts once the page is idle).
  await page.waitForTimeout(4000);
  await panel.getByLabel('Where are you?').selectOption(uk.code);
  await panel.locator('summary', { hasText: `PDF help lines: ${uk.name}` }).waitFor();

  const results = await new AxeBuilder({ page }).include('details.pdf-country').withTags(AXE_TAGS).analyze();
  assert.deepEqual(results.violations.map((violation) => violation.id), []);
  if (SHOTS) await page.locator('section[aria-labelledby="actions-heading"]').screenshot({ path: `${SHOTS}/pdf-country-picker.png` });

  const text = await pdfText(page, 'gb');
  assert.match(text, new RegExp(`Help in ${uk.name}`));
  for (const resource of uk.resources) assert.ok(text.includes(resource.name), `${resource.name} is printed`);
  assert.doesNotMatch(text, new RegExp(`Help in ${australia.name}`));
  for (const resource of australia.resources) assert.ok(!text.includes(resource.name), `${resource.name} (another country) is not printed`);
  assert.match(text, /Help wherever you are/);
  assert.deepEqual(foreignRequests, [], 'choosing a country and making the PDF reach no other site');
  await context.close();
});
