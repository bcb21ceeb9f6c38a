import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, newPage, type App } from './harness';
import { answerAllSections, completeJourney, DIFFERING_ANSWERS, reachPartnerB, signAs } from './journey';
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
  // The signed moment: done, the fingerprint near the top (the one the history and the PDF show), and a nudge to keep a copy.
  const moment = page.locator('[data-signed-moment="1"]');
  await moment.getByRole('heading', { name: 'Done: you both signed version 1' }).waitFor();
  await moment.getByText(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/).waitFor();
  const print = await moment.locator('.fingerprint').innerText();
  assert.match(await page.locator('[data-version="1"]').innerText(), new RegExp(`Fingerprint: ${print}`));
  assert.ok((await moment.boundingBox())!.y < 844, 'the signed moment is on the first screen');
  // The ways to keep a copy come straight after it.
  const next = await moment.evaluate((element) => element.nextElementSibling?.querySelector('h2')?.textContent);
  assert.equal(next, 'What you can do');
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
  assert.ok(text.includes(names.a) && text.includes(names.b), 'both names are shown');
  assert.ok(text.includes(custom), 'the custom term is in the agreement');
  // The differing answers were settled by taking the more protective option.
  assert.match(text, /we took the more protective answer/);
  // Signing starts on keeping only the settled terms: no first private answer is shown for good.
  assert.ok(!text.includes('Zoë: “'), 'the first private answers are left out by default');
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

test('after a reload in the second partner’s turn, B is welcomed back, not asked to take the phone again', async () => {
  const { context, page } = await newPage(app);
  await reachPartnerB(page, app.origin, {});
  await page.locator('input[name="noConsequences"]').waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Welcome back, Bo' }).waitFor();
  assert.equal(await page.getByText('Pass the phone to Bo').count(), 0);
  await page.getByRole('button', { name: 'I’m Bo, and I’m answering for myself' }).click();
  await page.locator('input[name="noConsequences"]').waitFor();
  await context.close();
});

test('the phone is handed over before B signs, and a typed name is described honestly', async () => {
  const { context, page } = await newPage(app);
  await reachPartnerB(page, app.origin, {});
  await answerAllSections(page, {});
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  assert.match(await page.locator('main').innerText(), /It does not prove who typed it, and it is not proof that anyone consents to anything/);
  await signAs(page, 'Ana');
  // A has signed: nothing of B's signature is on screen until B says they hold the phone.
  await page.getByRole('heading', { name: 'Thank you, Ana. Please pass the phone to Bo' }).waitFor();
  assert.equal(await page.locator('input[name="acks"]').count(), 0);
  assert.equal(await page.getByLabel(/Type your name to sign/).count(), 0);
  // A reload does not skip the hand-over either.
  await page.reload();
  await page.getByRole('heading', { name: 'Thank you, Ana. Please pass the phone to Bo' }).waitFor();
  await signAs(page, 'Bo', true);
  await page.waitForURL(/\/agreement\?id=.*&signed=1/);
  await page.getByRole('heading', { name: 'Done: you both signed version 1' }).waitFor();
  await context.close();
});

test('the review counts what remains, jumps to the next, accepts every careful suggestion, and never silently replaces a confirmed choice', async () => {
  const { context, page } = await newPage(app);
  await reachPartnerB(page, app.origin, { viewOnce: 'sentNormally', contentKinds: 'textAndVoiceOnly', disappearingMessages: 'after7Days' });
  await answerAllSections(page, {});
  const status = page.locator('[data-review-status]');
  assert.match(await status.innerText(), /3 of 3 still to talk about/);
  // Both choose the looser view-once term and confirm it.
  const card = page.locator('[data-question="viewOnce"]');
  await card.getByRole('button', { name: 'Choose something else together' }).click();
  await card.locator('input[type="radio"][value="sentNormally"]').check();
  await card.getByLabel(/^Ana:/).check();
  await card.getByLabel(/^Bo:/).check();
  assert.match(await status.innerText(), /2 of 3 still to talk about/);
  // A tap on "Accept the suggestion" asks first, and "Keep our choice" keeps it.
  await card.getByRole('button', { name: 'Accept the suggestion' }).click();
  await card.getByText(/You both chose .* together\. Replace it with the suggestion/).waitFor();
  await card.getByRole('button', { name: 'Keep our choice' }).click();
  assert.match(await card.innerText(), /you both confirmed it/);
  // "Next" goes to the first term still to talk about.
  await status.getByRole('button', { name: 'Go to the next one' }).click();
  const next = await page.evaluate(() => document.activeElement?.getAttribute('data-question'));
  assert.ok(next && next !== 'viewOnce', `focus moved to an open term (${next})`);
  // Accepting every suggestion settles the other two and leaves the confirmed choice alone.
  await status.getByRole('button', { name: 'Accept every careful suggestion (2)' }).click();
  assert.match(await status.innerText(), /All 3 settled/);
  assert.match(await card.innerText(), /you both confirmed it/);
  assert.equal(await page.getByRole('button', { name: 'Continue to signing' }).isDisabled(), false);
  await context.close();
});
