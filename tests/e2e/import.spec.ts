import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { newPage, scratchDir, serveApp, type App } from './harness';
import { answerAllSections, completeJourney, DIFFERING_ANSWERS, reachPartnerB, signAs } from './journey';
import { agreementCount, chooseFile, saveJsonCopy, tightenAlone } from './import-helpers';
import { PDF_DATA_UNUSABLE } from '../../lib/agreement/read-file';
import { PDF_ATTACHMENT_NAME } from '../../lib/pdf/attachment';

// Through the real import panel, on a phone-sized screen: a copy that went a different way is kept aside, marked,
// never in force; a PDF whose agreement data is damaged is refused in one sentence.

let app: App;
const scratch = scratchDir();
serveApp((started) => (app = started), scratch);

/** Set IMPORT_SHOTS to a folder to keep a PNG of each import screen at 390×844. */
const SHOTS = process.env.IMPORT_SHOTS;
async function shot(page: Page, label: string) {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${label}.png`), fullPage: true });
}

// View once left loose by both, so a second device has another term to tighten.
const LOOSE_VIEW_ONCE = {
  a: { ...DIFFERING_ANSWERS.a, viewOnce: 'sentNormally' },
  b: { ...DIFFERING_ANSWERS.b, viewOnce: 'sentNormally' },
};

// Signed with the first answers left out (the default) and a term both chose to make less careful:
// the file the app itself saved was refused on another device until the import check accepted it.
test('an agreement with a looser term both confirmed, and the first answers left out, opens on another device', async () => {
  const first = await newPage(app);
  await reachPartnerB(first.page, app.origin, { viewOnce: 'sentNormally' });
  await answerAllSections(first.page, {});
  const card = first.page.locator('[data-question="viewOnce"]');
  await card.getByRole('button', { name: 'Choose something else together' }).click();
  await card.locator('input[type="radio"][value="sentNormally"]').check();
  await card.getByLabel(/^Ana:/).check();
  await card.getByLabel(/^Bo:/).check();
  await first.page.getByRole('button', { name: 'Continue to signing' }).click();
  await signAs(first.page, 'Ana');
  await signAs(first.page, 'Bo', true);
  await first.page.getByText('Version 1, signed by you both').waitFor();
  const file = await saveJsonCopy(first.page, scratch.dir, 'looser-left-out.json');
  await first.context.close();

  const second = await newPage(app);
  await chooseFile(second.page, app.origin, file);
  await second.page.getByRole('status').filter({ hasText: 'The agreement is now on this device.' }).getByRole('link', { name: 'Open it' }).click();
  await second.page.getByText('Version 1, signed by you both').waitFor();
  // The file held exactly what the check used to refuse: answers left out, a term both confirmed looser.
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { agreement: { versions: Array<{ privateAnswers?: string; terms: Array<{ questionId: string; settledBy: string; answers?: unknown }> }> } };
  const [signed] = saved.agreement.versions;
  assert.equal(signed?.privateAnswers, 'leftOut');
  assert.deepEqual(signed?.terms.find((term) => term.questionId === 'viewOnce'), { questionId: 'viewOnce', optionId: 'sentNormally', settledBy: 'bothConfirmedLooser' });
  await second.context.close();
});

test('a copy that went a different way is kept aside only when asked, marked as separate, and never in force', async () => {
  const first = await newPage(app);
  const { names, url } = await completeJourney(first.page, app.origin, { answers: LOOSE_VIEW_ONCE });
  const version1 = await saveJsonCopy(first.page, scratch.dir, 'version-1.json');
  await tightenAlone(first.page, names.b, 'Disappearing messages', 'After 24 hours');
  await first.page.getByText('Version 2, in force').waitFor();

  // A second device brings in version 1 and makes a different version 2.
  const second = await newPage(app);
  await chooseFile(second.page, app.origin, version1);
  await second.page.getByRole('status').filter({ hasText: 'The agreement is now on this device.' }).getByRole('link', { name: 'Open it' }).click();
  await second.page.getByText('Version 1, signed by you both').waitFor();
  await tightenAlone(second.page, names.a, 'View once', 'Always view once');
  await second.page.getByText('Version 2, in force').waitFor();
  const theirs = await saveJsonCopy(second.page, scratch.dir, 'their-version-2.json');
  await second.context.close();

  const { page } = first;
  await chooseFile(page, app.origin, theirs);
  const prompt = page.getByRole('status').filter({ hasText: 'went different ways' });
  await prompt.waitFor();
  assert.match(await prompt.innerText(), /went different ways from version 2: the copy here stays the one in force/);
  assert.equal(await page.getByRole('button', { name: /Replace|Keep both/ }).count(), 0, 'nothing offers to replace the copy in force');
  await shot(page, 'import-diverged-prompt');

  // "Leave it" keeps nothing.
  await page.getByRole('button', { name: 'Leave it' }).click();
  await prompt.waitFor({ state: 'detached' });
  await page.getByText('Nothing has been set aside on this device.').waitFor();

  await chooseFile(page, app.origin, theirs);
  await prompt.waitFor();
  await page.getByRole('button', { name: 'Keep the file’s copy aside' }).click();
  const kept = page.getByRole('status').filter({ hasText: 'kept aside on this device, marked as a separate copy' });
  await kept.waitFor();
  assert.match(await kept.innerText(), /it is not the agreement in force/);
  assert.equal(await kept.getByRole('link').count(), 0, 'no link opens the kept copy as if it were the agreement');
  const said = page.getByText(/^An agreement from a file whose history went a different way/);
  await said.waitFor();
  assert.match(await said.innerText(), /kept aside on .+ as a separate copy\. It is not the one in force\./);
  const card = said.locator('xpath=..');
  await shot(page, 'import-diverged-kept');

  // The kept copy saves as a file holding exactly the other device's versions.
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Save it as a file' }).click()]);
  const file = path.join(scratch.dir, 'kept.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { value: { versions: { terms: { questionId: string; optionId: string }[] }[] } };
  assert.equal(saved.value.versions.length, 2);
  assert.equal(saved.value.versions[1]!.terms.find((term) => term.questionId === 'viewOnce')?.optionId, 'alwaysViewOnce');

  // The copy here is still the one in force, with its own version 2, and still one agreement.
  await page.goto(url);
  await page.getByText('Version 2, in force').waitFor();
  assert.equal(await agreementCount(page, app.origin), 1);
  await first.context.close();
});

test('a PDF whose agreement data fails the schema is refused in one calm sentence, and nothing changes', async () => {
  const { context, page } = await newPage(app);
  await completeJourney(page, app.origin);
  const json = await saveJsonCopy(page, scratch.dir, 'for-pdf.json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const real = path.join(scratch.dir, 'real.pdf');
  await download.saveAs(real);

  // The app's own PDF, its agreement data swapped for data the schema refuses.
  const envelope = JSON.parse(readFileSync(json, 'utf8')) as { agreement: { versions: { partners: unknown }[] } };
  envelope.agreement.versions[0]!.partners = 'nobody';
  const doc = await PDFDocument.load(readFileSync(real), { updateMetadata: false });
  doc.catalog.lookup(PDFName.of('Names'), PDFDict).delete(PDFName.of('EmbeddedFiles'));
  doc.catalog.delete(PDFName.of('AF'));
  await doc.attach(new TextEncoder().encode(JSON.stringify(envelope)), PDF_ATTACHMENT_NAME, { mimeType: 'application/json' });
  const broken = path.join(scratch.dir, 'broken.pdf');
  writeFileSync(broken, await doc.save());

  await chooseFile(page, app.origin, broken);
  const alert = page.locator('.status[role="alert"]');
  await alert.waitFor();
  assert.equal((await alert.innerText()).trim(), PDF_DATA_UNUSABLE);
  await shot(page, 'import-pdf-data-unusable');
  assert.equal(await agreementCount(page, app.origin), 1, 'the saved agreement is untouched');
  await context.close();
});
