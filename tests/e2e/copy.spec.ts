import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { newPage, scratchDir, serveApp, type App } from './harness';
import { completeJourney } from './journey';

let app: App;
const scratch = scratchDir();
serveApp((started) => (app = started), scratch);

async function fingerprints(page: Page): Promise<string[]> {
  const items = page.locator('[data-version] >> text=/Fingerprint: [0-9a-f]{4}/');
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.replace('Fingerprint: ', '').trim());
}

async function openHome(page: Page, origin: string) {
  await page.goto(origin + '/');
  await page.locator('[data-saved-work="loaded"]').waitFor({ state: 'attached' });
}

/** A new browser profile (empty storage) that imports the file and opens the agreement. */
async function importOnFreshProfile(file: string) {
  const fresh = await newPage(app);
  await importFile(fresh.page, app.origin, file);
  await fresh.page.getByText('The agreement is now on this device.').waitFor();
  await fresh.page.getByRole('link', { name: 'Open it' }).click();
  return fresh;
}

async function importFile(page: Page, origin: string, file: string) {
  await page.goto(origin + '/data');
  await page.getByLabel(/Choose an agreement file/).setInputFiles(file);
}

test('export all versions, import on a fresh browser profile: same fingerprint; a second import adds nothing', async () => {
  const first = await newPage(app);
  await completeJourney(first.page, app.origin);
  const original = await fingerprints(first.page);
  await first.page.getByText('Keep a copy').click();
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Save a copy of all versions' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'our-agreement.json', 'a neutral file name');
  const file = path.join(scratch.dir, 'our-agreement.json');
  await download.saveAs(file);
  await first.context.close();

  const fresh = await importOnFreshProfile(file);
  assert.deepEqual(await fingerprints(fresh.page), original);

  // The same file again: nothing to add, and no second live copy beside the real one.
  await importFile(fresh.page, app.origin, file);
  await fresh.page.getByText('This exact agreement is already on this device. Nothing was changed.').waitFor();
  assert.equal(await fresh.page.getByRole('button', { name: /Keep both|Replace/ }).count(), 0);
  await openHome(fresh.page, app.origin);
  assert.equal(await fresh.page.getByRole('link', { name: 'Open agreement' }).count(), 1);
  await fresh.context.close();
});

test('the PDF export downloads a neutral file that imports back with the same fingerprint', async () => {
  const first = await newPage(app);
  const { names } = await completeJourney(first.page, app.origin);
  const original = await fingerprints(first.page);
  const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Download PDF' }).click()]);
  assert.equal(download.suggestedFilename(), 'our-agreement-v1.pdf');
  const file = path.join(scratch.dir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  assert.ok(text.includes(names.a) && text.includes(names.b), 'both names, accents intact');
  assert.ok(text.includes(original[0] ?? 'missing'), 'the fingerprint shown in the app is printed in the PDF');
  await first.context.close();

  const fresh = await importOnFreshProfile(file);
  assert.deepEqual(await fingerprints(fresh.page), original);
  await fresh.context.close();
});

test('a bad, hostile or oversized file gets a clear message and changes nothing', async () => {
  const { context, page } = await newPage(app);
  await completeJourney(page, app.origin);
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['notes.json', 'hello', /could not be read|not an agreement file/],
    ['utf16.json', Buffer.from('\uFEFF{"format":"our-terms-agreement","formatVersion":1}', 'utf16le'), /not a complete agreement/],
    ['half.json', '{"format":"our-terms-agreement","formatVersion":1,"agreement":{"id":"x"', /could not be read|cut off|damaged/],
    ['hostile.json', '{"format":"our-terms-agreement","formatVersion":1,"agreement":{"__proto__":{"polluted":true}}}', /./],
    ['fake.pdf', Buffer.from('%PDF-1.7\nnot really a pdf'), /PDF/],
    ['big.json', Buffer.alloc(11 * 1024 * 1024, 32), /too large|larger than/],
  ];
  for (const [name, content, message] of cases) {
    const file = path.join(scratch.dir, name);
    writeFileSync(file, content);
    await importFile(page, app.origin, file);
    const alert = page.locator('.status[role="alert"]');
    await alert.waitFor();
    assert.match(await alert.innerText(), message, name);
    assert.match(await alert.innerText(), /Nothing was changed\./, `${name}: says nothing changed`);
    assert.ok((await alert.innerText()).length < 400, `${name}: one plain sentence, not schema paths`);
  }
  assert.equal(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')), false);
  await openHome(page, app.origin);
  assert.equal(await page.getByRole('link', { name: 'Open agreement' }).count(), 1, 'the saved agreement is untouched');
  await context.close();
});

test('delete my data removes everything after a clear confirmation', async () => {
  const { context, page } = await newPage(app);
  await completeJourney(page, app.origin);
  await page.goto(app.origin + '/data');
  const text = await page.locator('main').innerText();
  assert.match(text, /It cannot remove:/);
  assert.match(text, /Anything on your partner’s phone/);
  await page.getByRole('button', { name: 'Delete my data on this device' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await openHome(page, app.origin);
  assert.equal(await page.getByRole('link', { name: 'Open agreement' }).count(), 1, 'cancel keeps everything');
  await page.goto(app.origin + '/data');
  await page.getByRole('button', { name: 'Delete my data on this device' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything here' }).click();
  await page.getByText('Everything this app kept on this device has been deleted.').waitFor();
  await openHome(page, app.origin);
  assert.equal(await page.getByRole('link', { name: 'Open agreement' }).count(), 0);
  await context.close();
});

test('the review reminder is a neutral calendar file', async () => {
  const { context, page } = await newPage(app);
  const { names } = await completeJourney(page, app.origin);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Add a reminder to my calendar' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'check-in.ics');
  const file = path.join(scratch.dir, 'check-in.ics');
  await download.saveAs(file);
  const ics = readFileSync(file, 'utf8');
  assert.match(ics, /SUMMARY:Check-in/);
  assert.ok(!ics.includes(names.a) && !ics.includes(names.b), 'no names in the calendar file');
  await context.close();
});
