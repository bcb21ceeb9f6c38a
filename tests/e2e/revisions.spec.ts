import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startApp, newPage, type App } from './harness';
import { answerAllSections, completeJourney, signAs } from './journey';
import { tightenAlone } from './import-helpers';
import { defaultTemplate } from '../../templates';

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('revise: tighten alone, loosen together, and see version 3 with its changes', async () => {
  const { context, page } = await newPage(app);
  const { names } = await completeJourney(page, app.origin);

  // José makes one term stricter on his own: in force at once as version 2.
  await tightenAlone(page, names.b, 'Disappearing messages', 'After 24 hours');
  await page.getByText('Version 2, in force').waitFor();
  const notice = page.locator('[data-unseen="2"]');
  assert.match(await notice.innerText(), /José made a term more careful/);
  assert.match(await notice.innerText(), /Disappearing messages: After 7 days → After 24 hours/);
  assert.match(await page.locator('main').innerText(), /Zoë: has not signed this version yet/);

  // Zoë sees it and signs to say so, after the phone is handed to her: José cannot carry on and type her name.
  assert.equal(await notice.getByLabel(/Type your name to confirm/).count(), 0, 'no name field before the hand-over');
  assert.match(await notice.innerText(), /This is for Zoë alone\. José, if you are holding the phone, please pass it to Zoë/);
  await notice.getByRole('button', { name: 'I’m Zoë, ready to confirm' }).click();
  assert.match(await notice.innerText(), /It does not prove who typed it, and it is not proof that anyone consents to anything/);
  await notice.getByLabel(/Type your name to confirm/).fill(names.a);
  await notice.getByRole('button', { name: 'I have seen this change' }).click();
  await page.getByText('Version 2, signed by you both').waitFor();
  assert.equal(await page.locator('[data-unseen]').count(), 0);

  // Loosening needs both: they revisit together and both choose something less careful.
  await page.locator('summary', { hasText: 'Revisit together' }).click();
  await page.getByRole('button', { name: 'Revisit every term' }).click();
  await page.getByRole('heading', { name: 'Who is this agreement between?' }).waitFor();
  assert.equal(await page.getByLabel('First person').inputValue(), names.a);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: `I’m ${names.a}, and I’m answering for myself` }).click();
  let checkedInForce = false;
  await answerAllSections(page, { contentKinds: 'textAndVoiceOnly' }, async (id) => {
    // Every step starts on the term in force (version 2), marked so, never on the defaults.
    if (!defaultTemplate.sections.find((section) => section.id === id)?.questions.some((question) => question.id === 'disappearingMessages')) return;
    assert.equal(await page.locator('input[name="disappearingMessages"]:checked').getAttribute('value'), 'after24Hours');
    const inForce = page.locator('label.choice', { has: page.locator('input[name="disappearingMessages"][value="after24Hours"]') });
    assert.match(await inForce.innerText(), /in force now/);
    checkedInForce = true;
  });
  assert.ok(checkedInForce, 'the step with the tightened term was checked');
  await page.getByRole('button', { name: `I’m ${names.b}, ready to answer` }).click();
  await answerAllSections(page, { contentKinds: 'textAndVoiceOnly' });
  await page.getByRole('heading', { name: 'Compared with version 2' }).waitFor();
  const compared = await page.locator('section[aria-labelledby="revision-heading"]').innerText();
  assert.match(compared, /What we share: Nothing intimate for now → Text and voice only \(less careful: only with both signatures\)/);
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  await signAs(page, names.a);
  await signAs(page, names.b, true);
  await page.getByText('Version 3, signed by you both').waitFor();
  await page.getByRole('heading', { name: 'Done: you both signed version 3' }).waitFor();

  // History lists all three, and the comparison names the loosened term.
  const history = page.locator('section[aria-labelledby="history-heading"]');
  assert.equal(await history.locator('[data-version]').count(), 3);
  assert.match(await history.locator('[data-version="2"]').innerText(), /Made stricter by José/);
  await history.getByLabel('From').selectOption('1');
  await history.getByLabel('To').selectOption('3');
  const changes = await history.getByRole('list', { name: 'Changes' }).innerText();
  assert.match(changes, /What we share: Nothing intimate for now → Text and voice only/);
  assert.match(changes, /Disappearing messages: After 7 days → After 24 hours/);

  // The PDF of version 3 says what changed since version 2.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  assert.equal(download.suggestedFilename(), 'our-agreement-v3.pdf');
  const file = await download.path();
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(file))), { mergePages: true });
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /Changes since version 2/);
  assert.match(flat, /What we share: Nothing intimate for now → Text and voice only/);
  await context.close();
});

test('tightening alone cannot loosen, and a withdrawn agreement cannot change', async () => {
  const { context, page } = await newPage(app);
  const { names } = await completeJourney(page, app.origin);
  // Only more careful options are offered for a term.
  await page.getByText('Make a term stricter, on my own').click();
  await page.getByLabel('Which term?').selectOption({ label: 'Disappearing messages' });
  const offered = await page.locator('input[name="tighten-option"]').evaluateAll((inputs) => inputs.length);
  assert.equal(offered, 1, 'only "After 24 hours" is stricter than "After 7 days"');

  await page.getByText('Withdraw from this agreement').click();
  await page.locator('input[name="withdraw-partner"]').first().check();
  await page.getByLabel(/Type your name to confirm/).last().fill(names.a);
  await page.getByRole('button', { name: 'Withdraw now' }).click();
  await page.getByRole('heading', { name: new RegExp(`Withdrawn on .* by ${names.a}`) }).waitFor();
  const text = await page.locator('main').innerText();
  assert.match(text, /What gets deleted:/);
  assert.equal(await page.getByRole('button', { name: 'Revisit together' }).count(), 0);
  assert.equal(await page.getByText('Make a term stricter, on my own').count(), 0);
  await page.goto(app.origin + '/');
  await page.locator('[data-saved-work="loaded"]').waitFor();
  assert.match(await page.locator('main').innerText(), /Withdrawn/);
  await context.close();
});

test('revisit only one term: each partner answers just that, starting on the term in force, and the rest carries over', async () => {
  const { context, page } = await newPage(app);
  // Version 1 holds a looser term both confirmed (view once: sent normally), which the old flow reset to the default.
  const agreed = { viewOnce: 'sentNormally', disappearingMessages: 'after7Days' };
  const { names } = await completeJourney(page, app.origin, { answers: { a: agreed, b: agreed } });
  const viewOnce = defaultTemplate.sections.flatMap((section) => section.questions).find((question) => question.id === 'viewOnce');
  const disappearing = defaultTemplate.sections.find((section) => section.questions.some((question) => question.id === 'disappearingMessages'));
  assert.ok(viewOnce && disappearing);
  await page.locator('summary', { hasText: 'Revisit together' }).click();
  await page.getByLabel('Disappearing messages', { exact: true }).check();
  await page.getByRole('button', { name: 'Revisit this term' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const [index, name] of [names.a, names.b].entries()) {
    await page.getByRole('button', { name: index === 0 ? `I’m ${name}, and I’m answering for myself` : `I’m ${name}, ready to answer` }).click();
    // One step, with one question: the term chosen, on what is in force now.
    await page.getByRole('heading', { level: 1, name: disappearing.title }).waitFor();
    assert.equal(await page.locator('form fieldset').count(), 1);
    assert.equal(await page.locator('input[name="disappearingMessages"]:checked').getAttribute('value'), 'after7Days');
    await page.locator('input[name="disappearingMessages"][value="after90Days"]').check();
    await page.getByText(/Changed from what is in force now \(After 7 days\)/).waitFor();
    await page.getByRole('button', { name: 'Finish my answers' }).click();
  }
  await page.getByRole('heading', { name: 'Your terms, together' }).waitFor();
  const compared = await page.locator('section[aria-labelledby="revision-heading"]').innerText();
  assert.match(compared, /Disappearing messages: After 7 days → After 90 days \(less careful: only with both signatures\)/);
  assert.equal((compared.match(/→/g) ?? []).length, 1, 'nothing else changes');
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  await signAs(page, names.a);
  await signAs(page, names.b, true);
  await page.getByRole('heading', { name: 'Done: you both signed version 2' }).waitFor();
  const history = page.locator('section[aria-labelledby="history-heading"]');
  await history.getByLabel('From').selectOption('1');
  await history.getByLabel('To').selectOption('2');
  const changes = await history.getByRole('list', { name: 'Changes' }).innerText();
  assert.match(changes, /Disappearing messages: After 7 days → After 90 days/);
  assert.doesNotMatch(changes, new RegExp(viewOnce.short), 'the looser term both had confirmed is carried over, not reset');
  await context.close();
});
