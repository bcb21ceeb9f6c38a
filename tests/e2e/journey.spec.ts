import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, newPage, type App } from './harness';
import { answerAllSections, completeJourney, DIFFERING_ANSWERS, reachPartnerB } from './journey';
import { defaultTemplate } from '../../templates';

/** The clause the template prints for one option of a choice question. */
function clauseOf(questionId: string, optionId: string): string {
  const question = defaultTemplate.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === questionId);
  const option = question?.kind === 'choice' ? question.options.find((candidate) => candidate.id === optionId) : undefined;
  assert.ok(option?.clause, `the template has a clause for ${questionId} = ${optionId}`);
  return option.clause;
}

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('together on one phone: home to signed version 1 at 390×844', async () => {
  const { context, page, foreignRequests } = await newPage(app);
  const custom = 'We say goodnight before we put our phones away.';
  const { names } = await completeJourney(page, app.origin, { customTerm: custom });
  const text = await page.locator('main').innerText();
  assert.match(text, /Version 1, signed by you both/);
  assert.ok(text.includes(names.a) && text.includes(names.b), 'both names are shown');
  assert.ok(text.includes(custom), 'the custom term is in the agreement');
  // The differing answers were settled by taking the more protective option.
  assert.match(text, /we took the more protective answer/);
  assert.ok(text.includes('Zoë: “'), 'the original answers are recorded for talked-about terms');
  // A chose text and voice, B nothing for now: the agreement holds B's more protective term, not A's.
  assert.ok(text.includes(clauseOf('contentKinds', DIFFERING_ANSWERS.b.contentKinds)), 'the more protective answer is the term');
  assert.ok(!text.includes(clauseOf('contentKinds', DIFFERING_ANSWERS.a.contentKinds)), 'the less protective answer is not');
  assert.deepEqual(foreignRequests, []);
  // The saved agreement is listed on the home page.
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: 'Open agreement' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Signed, version 1/);
  await context.close();
});

test('partner B never sees partner A’s answers while answering', async () => {
  const { context, page } = await newPage(app);
  await reachPartnerB(page, app.origin, { contentKinds: 'textVoicePhotosVideo' });
  // B's first screens start on the defaults, not on A's choices.
  await page.locator('input[name="noConsequences"]').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: defaultTemplate.sections[1]?.title }).waitFor();
  const checked = await page.locator('input[name="contentKinds"]:checked').getAttribute('value');
  assert.equal(checked, 'nothingForNow');
  await context.close();
});

test('a less protective choice needs both partners to confirm', async () => {
  const { context, page } = await newPage(app);
  await reachPartnerB(page, app.origin, { viewOnce: 'sentNormally' });
  await answerAllSections(page, {});
  const card = page.locator('[data-question="viewOnce"]');
  await card.getByRole('button', { name: 'Choose something else together' }).click();
  await card.locator('input[type="radio"][value="sentNormally"]').check();
  const next = page.getByRole('button', { name: 'Continue to signing' });
  assert.equal(await next.isDisabled(), true, 'one confirmation is not enough');
  await card.getByLabel(/^Ana:/).check();
  assert.equal(await next.isDisabled(), true);
  await card.getByLabel(/^Bo:/).check();
  assert.equal(await next.isDisabled(), false);
  assert.match(await card.innerText(), /you both confirmed it/);
  await context.close();
});
