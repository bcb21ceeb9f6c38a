import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, MOBILE, newPage, scratchDir, serveApp, type App } from './harness';
import { signAs } from './journey';
import { waitForHydration } from './trust-helpers';
import { exportAgreementFile } from '../../lib/agreement/file-format';
import { fingerprintVersion, shortFingerprint } from '../../lib/agreement/fingerprint';
import { findOption } from '../../lib/agreement/merge';
import { findQuestion } from '../../lib/template/schema';
import type { Template } from '../../lib/template/types';
import { findTemplate } from '../../templates';
import { makeAgreement, NAMES } from '../unit/fixtures/agreement-fixture';

// A couple who signed on the first questions moves to the newer ones, together:
// each sees what they had agreed beside the options now, new questions are
// marked, a looser answer from one of them is not taken, and version 1 stays
// in the history with its fingerprint.

/** Where to leave screenshots to look at (set SHOTS_DIR); none are taken otherwise. */
const SHOTS = process.env.SHOTS_DIR;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const v1 = findTemplate('intimate-messaging', 1)!;
const v2 = findTemplate('intimate-messaging', 2)!;
const SIGNED = { contentKinds: 'noVideo', identifyingDetails: 'never', lockScreenPreviews: 'hidePreviews' };

let app: App;
const scratch = scratchDir();
serveApp((started) => (app = started), scratch);

function option(template: Template, questionId: string, optionId: string) {
  const question = findQuestion(template, questionId);
  const found = question?.kind === 'choice' ? findOption(question, optionId) : undefined;
  assert.ok(found, `${questionId}.${optionId} in version ${template.version}`);
  return found;
}
const label = (template: Template, questionId: string, optionId: string) => option(template, questionId, optionId).label;

function sectionOf(template: Template, questionId: string): string {
  const section = template.sections.find((candidate) => candidate.questions.some((question) => question.id === questionId));
  assert.ok(section, questionId);
  return section.id;
}

/** Each version-1 commitment whose words did not change starts ticked; every new or reworded one starts unticked. */
const carriedCommitments = new Set(
  v2.upgrade!.questions.filter((change) => change.change === 'same' || change.change === 'settings').map((change) => change.question),
);

/** One partner answers every section: commitments ticked (checking first how each starts), other answers left as they start. */
async function answerSections(page: Page, onStep: (sectionId: string) => Promise<void>) {
  for (const [index, section] of v2.sections.entries()) {
    await page.getByRole('heading', { level: 1, name: section.title }).waitFor();
    for (const question of section.questions) {
      if (question.kind !== 'commitment') continue;
      const box = page.locator(`input[name="${question.id}"]`);
      assert.equal(await box.isChecked(), carriedCommitments.has(question.id), `${question.id} starts ${carriedCommitments.has(question.id) ? 'ticked' : 'unticked'}`);
      await box.check();
    }
    await onStep(section.id);
    await page.getByRole('button', { name: index + 1 === v2.sections.length ? 'Finish my answers' : 'Next' }).click();
  }
}

async function axeProblems(page: Page, label: string): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((violation) => `${label}: ${violation.id} ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** A version-1 agreement, signed as a couple would have before version 2 existed, imported into a fresh profile. */
async function openVersionOneAgreement(page: Page) {
  const agreement = makeAgreement(v1, SIGNED);
  const file = path.join(scratch.dir, 'our-agreement.json');
  writeFileSync(file, exportAgreementFile(agreement, new Date('2025-02-01T10:00:00.000Z')));
  await page.goto(app.origin + '/data');
  await waitForHydration(page);
  await page.getByLabel(/Choose an agreement file/).setInputFiles(file);
  await page.getByText('The agreement is now on this device.').waitFor();
  await page.getByRole('link', { name: 'Open it' }).click();
  await page.getByRole('heading', { name: /Our agreement/ }).waitFor();
  return { agreement, fingerprint: shortFingerprint(await fingerprintVersion(agreement.versions[0]!)) };
}

test('a version-1 agreement moves to version 2 only together: earlier answers shown, new questions marked, version 1 kept', async () => {
  const { context, page } = await newPage(app);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  /** The whole page, and where given the part to look at, as it shows on the screen. */
  const shot = async (name: string, part?: Locator) => {
    if (!SHOTS) return;
    await page.screenshot({ path: `${SHOTS}/upgrade-${name}.png`, fullPage: true });
    if (part) await part.screenshot({ path: `${SHOTS}/upgrade-${name}-part.png` });
  };
  const problems: string[] = [];
  const { fingerprint } = await openVersionOneAgreement(page);
  const names = NAMES;

  // The invitation: what changed, why, together, nothing looser unless both choose it.
  const invite = page.locator('section[aria-labelledby="upgrade-heading"]');
  await invite.getByRole('heading', { name: 'There is a newer set of questions' }).waitFor();
  const said = (await invite.innerText()).replace(/\s+/g, ' ');
  assert.match(said, /\d+ new questions, with new parts on “[^”]+” and “[^”]+”/);
  assert.match(said, /together/);
  assert.match(said, /Nothing becomes looser unless you both choose it/);
  assert.match(said, /version 1 stays in force exactly as it is/);
  problems.push(...(await axeProblems(page, 'agreement, newer questions offered')));
  await shot('1-invitation', invite);
  // Revisiting on the questions signed, and tightening alone, are still there.
  assert.equal(await page.locator('summary', { hasText: 'Revisit together' }).count(), 1);
  assert.equal(await page.locator('summary', { hasText: 'Make a term stricter, on my own' }).count(), 1);

  await invite.getByRole('button', { name: 'Go through the newer questions together' }).click();
  await page.getByRole('heading', { name: 'Who is this agreement between?' }).waitFor();
  assert.equal(await page.getByLabel('First person').inputValue(), names.a);
  // For each step, how many earlier answers stood on it the moment its heading first appeared.
  await page.evaluate(() => {
    const seen: Record<string, number> = {};
    (window as unknown as { notesAtFirstSight: Record<string, number> }).notesAtFirstSight = seen;
    new MutationObserver(() => {
      const heading = document.querySelector('h1')?.textContent ?? '';
      if (heading && !(heading in seen)) seen[heading] = document.querySelectorAll('.earlier-answer').length;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Continue' }).click();

  const identifying = sectionOf(v2, 'identifyingDetails');
  const previews = sectionOf(v2, 'lockScreenPreviews');
  const devices = v2.sections.find((section) => !v1.sections.some((old) => old.id === section.id));
  assert.ok(devices);
  let looked = 0;
  const checkStep = (who: string) => async (sectionId: string) => {
    if (sectionId === identifying) {
      const field = page.locator('fieldset', { has: page.locator('input[name="identifyingDetails"]') });
      const note = field.locator('.earlier-answer');
      assert.match(await note.innerText(), new RegExp(`You had agreed: .${label(v1, 'identifyingDetails', 'never')}.`));
      assert.match(await note.innerText(), /What changed: /);
      assert.doesNotMatch(await note.innerText(), /review/);
      // Described to a screen reader as part of the question.
      assert.match((await field.getAttribute('aria-describedby')) ?? '', /identifyingDetails-earlier/);
      // The closest option now is where they start, and said to be so.
      assert.equal(await page.locator('input[name="identifyingDetails"]:checked').getAttribute('value'), 'never');
      assert.match(await field.locator('label.choice', { has: page.locator('input[value="never"]') }).innerText(), /closest to what you had/);
      // A question version 1 did not have is marked new, and starts on its most careful option.
      const video = page.locator('fieldset', { has: page.locator('input[name="videoCalls"]') });
      assert.match(await video.locator('legend').innerText(), /new question/);
      const videoCalls = findQuestion(v2, 'videoCalls');
      assert.equal(await page.locator('input[name="videoCalls"]:checked').getAttribute('value'), videoCalls?.kind === 'choice' ? videoCalls.defaultOption : 'a choice');
      if (who === 'a') {
        // A alone answers something looser than what they signed: the merge will not take it.
        await page.locator(`input[name="contentKinds"][value="textVoicePhotosVideo"]`).check();
        problems.push(...(await axeProblems(page, 'step with earlier answers')));
        await shot('2-earlier-answers', field);
      }
      looked += 1;
    }
    if (sectionId === previews) {
      // Shown with the step, not a moment after it (each step used to read the agreement afresh).
      const title = v2.sections.find((section) => section.id === previews)?.title ?? '';
      const atFirstSight = await page.evaluate((heading) => (window as unknown as { notesAtFirstSight: Record<string, number> }).notesAtFirstSight[heading], title);
      assert.ok((atFirstSight ?? 0) > 0, `the earlier answers stood on “${title}” as it first appeared (${String(atFirstSight)})`);
      const previewsField = page.locator('fieldset', { has: page.locator('input[name="lockScreenPreviews"]') });
      const note = previewsField.locator('.earlier-answer');
      const text = await note.innerText();
      assert.match(text, new RegExp(`You had agreed: .${label(v1, 'lockScreenPreviews', 'hidePreviews')}.`));
      assert.match(text, new RegExp(`A new option: ${label(v2, 'lockScreenPreviews', 'hideEverywhere').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      // Options changed, so nothing is carried: each answers again, from the most careful.
      assert.equal(await page.locator('input[name="lockScreenPreviews"]:checked').getAttribute('value'), 'hideEverywhere');
      assert.match(await previewsField.locator('label.choice', { has: page.locator('input[value="hidePreviews"]') }).innerText(), /closest to what you had/);
      if (who === 'a') await shot('2b-new-option', previewsField);
      looked += 1;
    }
    if (sectionId === devices.id) {
      await page.getByText('This part is new since you signed.').waitFor();
      if (who === 'b') await shot('3-new-section', page.locator('form').locator('p.notice').first());
      looked += 1;
    }
  };

  await page.getByRole('button', { name: `I’m ${names.a}, and I’m answering for myself` }).click();
  await answerSections(page, checkStep('a'));
  await page.getByRole('button', { name: `I’m ${names.b}, ready to answer` }).click();
  await answerSections(page, checkStep('b'));
  assert.equal(looked, 6, 'each partner saw the three steps checked');

  // The review compares with version 1 read in today's words; A's looser answer is only a suggestion away.
  await page.getByRole('heading', { name: 'Your terms, together' }).waitFor();
  const compared = page.locator('section[aria-labelledby="revision-heading"]');
  await compared.getByRole('heading', { name: 'Compared with version 1' }).waitFor();
  const comparedText = (await compared.innerText()).replace(/\s+/g, ' ');
  assert.match(comparedText, /signed on the earlier questions/);
  assert.match(comparedText, /added \(/, 'new questions are listed as added');
  assert.doesNotMatch(comparedText, /containNotBlame|: removed \(was/, 'the replaced commitment is not shown as a removed term');
  const contentCard = page.locator('[data-question="contentKinds"]');
  assert.match(await contentCard.innerText(), new RegExp(label(v2, 'contentKinds', 'noVideo')));
  problems.push(...(await axeProblems(page, 'upgrade review')));
  await shot('4-review', compared);
  const accept = page.getByRole('button', { name: 'Accept the suggestion' });
  while ((await accept.count()) > 0) await accept.first().click();
  assert.doesNotMatch((await compared.innerText()).replace(/\s+/g, ' '), /What we share:/, 'nothing looser is taken for what they share');
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  // Version 2's acknowledgements, including that the agreement is not a record of consent.
  await page.getByRole('heading', { name: `${names.a}, please read and sign` }).waitFor();
  assert.equal(await page.locator('input[name="acks"]').count(), v2.acknowledgements.length);
  await signAs(page, names.a);
  await signAs(page, names.b, true);
  await page.getByRole('heading', { name: 'Done: you both signed version 2' }).waitFor();

  // The record keeps version 1 exactly as it was; the offer to move is gone.
  await page.getByText('Version 2, signed by you both').waitFor();
  assert.equal(await page.locator('section[aria-labelledby="upgrade-heading"]').count(), 0);
  const history = page.locator('section[aria-labelledby="history-heading"]');
  assert.equal(await history.locator('[data-version]').count(), 2);
  const first = history.locator('[data-version="1"]');
  await first.getByText(/Fingerprint: [0-9a-f]{4}/).waitFor();
  assert.ok((await first.innerText()).includes(`Fingerprint: ${fingerprint}`), 'version 1 keeps its fingerprint');
  assert.match(await first.innerText(), new RegExp(`Signed by ${names.a} and ${names.b}|${names.a}.*${names.b}`));
  // What they share stays as signed, in the newer words: one partner's looser answer was not taken.
  const sharing = (await page.locator('section[aria-labelledby="section-sharing"]').innerText()).replace(/\s+/g, ' ');
  assert.ok(sharing.includes(option(v2, 'contentKinds', 'noVideo').clause), 'the signed limit, in the newer words');
  assert.match(sharing, /we took the more protective answer/);
  // Comparing across the move names real terms, in the history and in the PDF.
  const compare = (await history.getByRole('list', { name: 'Changes' }).innerText()).replace(/\s+/g, ' ');
  assert.match(compare, new RegExp(`${findQuestion(v2, 'videoCalls')!.short}: added`));
  assert.doesNotMatch(compare, /containNotBlame|: removed \(was/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const pdf = await download.path();
  if (SHOTS) execFileSync('pdftoppm', ['-png', '-r', '60', pdf, `${SHOTS}/upgrade-pdf-v2`]);
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdf))), { mergePages: true });
  const printed = text.replace(/\s+/g, ' ');
  assert.match(printed, /Changes since version 1/);
  assert.doesNotMatch(printed, /containNotBlame/);
  problems.push(...(await axeProblems(page, 'agreement after the move')));
  await shot('5-after', history);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at desktop width in the dark theme: the invitation and a step with earlier answers pass axe; never offered on the newest questions', async () => {
  const { context, page } = await newPage(app, { ...DESKTOP, colorScheme: 'dark' });
  await openVersionOneAgreement(page);
  await page.getByRole('heading', { name: 'There is a newer set of questions' }).waitFor();
  const problems = await axeProblems(page, 'invitation, dark, desktop');
  if (SHOTS) {
    const invite = page.locator('section[aria-labelledby="upgrade-heading"]');
    await invite.screenshot({ path: `${SHOTS}/upgrade-desktop-part.png` });
    await invite.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/upgrade-desktop-in-place.png` });
  }
  await page.getByRole('button', { name: 'Go through the newer questions together' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: `I’m ${NAMES.a}, and I’m answering for myself` }).click();
  await page.getByRole('heading', { level: 1, name: v2.sections[0]!.title }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  const sharing = v2.sections.find((section) => section.id === sectionOf(v2, 'identifyingDetails'))!;
  await page.getByRole('heading', { level: 1, name: sharing.title }).waitFor();
  await page.locator('.earlier-answer').first().waitFor();
  problems.push(...(await axeProblems(page, 'step with earlier answers, dark, desktop')));
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/upgrade-desktop-dark-step.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();

  const fresh = await newPage(app, MOBILE);
  const agreement = makeAgreement(v2);
  const file = path.join(scratch.dir, 'newest.json');
  writeFileSync(file, exportAgreementFile(agreement, new Date('2026-12-01T10:00:00.000Z')));
  await fresh.page.goto(app.origin + '/data');
  await waitForHydration(fresh.page);
  await fresh.page.getByLabel(/Choose an agreement file/).setInputFiles(file);
  await fresh.page.getByRole('link', { name: 'Open it' }).click();
  await fresh.page.getByRole('heading', { name: /Our agreement/ }).waitFor();
  await fresh.page.getByRole('heading', { name: 'What you can do' }).waitFor();
  assert.equal(await fresh.page.getByRole('heading', { name: 'There is a newer set of questions' }).count(), 0);
  await fresh.context.close();
});
