import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { DESKTOP, MOBILE, newPage, scratchDir, serveApp, type App } from './harness';
import { answerAllSections, DIFFERING_ANSWERS } from './journey';
import { defaultTemplate } from '../../templates';

// Apart mode in a real browser: two phones (two independent contexts at 390×844) make one agreement.

let app: App;
const scratch = scratchDir();
serveApp((started) => (app = started), scratch);

const NAMES = { a: 'Zoë', b: 'José' };
/** A term in A's own words, added on her phone. */
const OWN_WORDS = 'We check in with each other the morning after.';
/** Set APART_SHOTS to a folder to keep a PNG of each apart screen, at 390×844 and at desktop size. */
const SHOTS = process.env.APART_SHOTS;
const axeProblems: string[] = [];

/** Axe (WCAG 2.2 AA) on each new apart screen, and a screenshot of it when asked for. */
async function look(page: Page, label: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  axeProblems.push(...results.violations.map((violation) => `${label}: ${violation.id} ${violation.help} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`));
  if (!SHOTS) return;
  await page.screenshot({ path: path.join(SHOTS, `${label}-mobile.png`), fullPage: true });
  await page.setViewportSize(DESKTOP.viewport);
  await page.screenshot({ path: path.join(SHOTS, `${label}-desktop.png`), fullPage: true });
  await page.setViewportSize(MOBILE.viewport);
}
const TOTAL = defaultTemplate.sections.length;

function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

/** Everything the answers put into the agreement that must never travel readable. */
function secrets(): string[] {
  const found = new Set<string>([NAMES.a, NAMES.b, encodeURIComponent(NAMES.a), encodeURIComponent(NAMES.b), OWN_WORDS, encodeURIComponent(OWN_WORDS)]);
  for (const partner of ['a', 'b'] as const) {
    const chosen: Record<string, string> = DIFFERING_ANSWERS[partner];
    for (const section of defaultTemplate.sections) {
      for (const question of section.questions) {
        if (question.kind === 'commitment') {
          found.add(question.clause);
          continue;
        }
        const option = question.options.find((candidate) => candidate.id === (chosen[question.id] ?? question.defaultOption));
        if (!option) continue;
        if (/[A-Z]/.test(option.id)) found.add(option.id);
        found.add(option.clause);
      }
    }
  }
  return [...found];
}

async function passApartEntryCheck(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await page.getByLabel('Yes, we are both 18 or over').check();
  await page.getByLabel('Yes, I want to').check();
  await page.getByLabel('Yes, it is safe right now').check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function startAsA(page: Page): Promise<string> {
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: 'Each on our own phone' }).click();
  await passApartEntryCheck(page);
  await page.getByLabel('Your name').fill(NAMES.a);
  await page.getByRole('button', { name: 'Make the invite link' }).click();
  await page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
  const link = (await page.locator('[data-invite-link]').innerText()).trim();
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/apart\/join#v1\.[A-Za-z0-9_-]{43}$/, 'the secret is only in the fragment');
  return link;
}

async function refusedWith(page: Page, link: string, message: RegExp): Promise<void> {
  // A new document each time: a link that differs only after # would otherwise not reload the page.
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByRole('heading', { name: 'This invite cannot be used' }).waitFor();
  await page.getByText(message).waitFor();
}

async function checkWords(page: Page): Promise<string> {
  const code = page.locator('[data-check-code]');
  await code.waitFor();
  return (await code.innerText()).trim();
}

async function answerAndSend(page: Page, name: string, answers: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: `I’m ${name}, and I’m answering for myself` }).click();
  await answerAllSections(page, answers);
  await page.getByRole('heading', { name: 'Send your answers' }).waitFor();
  await page.getByRole('button', { name: 'Send my answers as final' }).click();
}

async function signOn(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: `${name}, please read and sign` }).waitFor();
  for (const box of await page.locator('input[name="acks"]').all()) await box.check();
  await page.getByLabel(/Type your name to sign/).fill(name);
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
}

async function fingerprintAndPdf(page: Page, label: string): Promise<{ fingerprint: string; text: string }> {
  await page.getByRole('link', { name: 'Open your agreement' }).click();
  await page.waitForURL(/\/agreement\?id=/);
  const item = page.locator('[data-version] >> text=/Fingerprint: [0-9a-f]{4}/').first();
  await item.waitFor();
  const fingerprint = (await item.innerText()).replace('Fingerprint: ', '').trim();
  // Opened right after both signed: the signed moment, with the fingerprint to read aloud to each other.
  const moment = page.locator('[data-signed-moment="1"]');
  await moment.getByRole('heading', { name: 'Done: you both signed version 1' }).waitFor();
  assert.equal(await moment.locator('.fingerprint').innerText(), fingerprint);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
  const file = path.join(scratch.dir, `${label}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const { extractText, getDocumentProxy } = await import('unpdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return { fingerprint, text };
}

test('two phones make one agreement: join by button, check code, sealed answers, settle and sign apart, same PDF fingerprint', async () => {
  const a = await newPage(app);
  const b = await newPage(app);
  const requests = [...[a, b].map(({ context }) => recordRequests(context))];
  const link = await startAsA(a.page);
  await look(a.page, '01-a-invite');

  // A wrong or truncated link says so plainly, and nothing is joined.
  const stranger = await newPage(app);
  await refusedWith(stranger.page, link.slice(0, -5), /not complete or not right/);
  await look(stranger.page, '02-bad-link');
  await refusedWith(stranger.page, link.replace(/#v1\.[A-Za-z0-9_-]{43}$/, `#v1.${'A'.repeat(43)}`), /not on the server/);

  // Opening the link (as a link preview would) joins nothing: A still waits.
  await b.page.goto(link);
  await passApartEntryCheck(b.page);
  await b.page.getByLabel('Your name').fill(NAMES.b);
  await look(b.page, '03-b-join');
  await a.page.waitForTimeout(2_500);
  assert.equal(await a.page.getByRole('heading', { name: 'Invite your partner' }).count(), 1, 'loading the link did not join');
  await b.page.getByRole('button', { name: 'Join' }).click();

  // A sees B by name, and both phones show the same words.
  await a.page.getByText(`${NAMES.b} has joined.`).waitFor();
  const [wordsA, wordsB] = await Promise.all([checkWords(a.page), checkWords(b.page)]);
  assert.equal(wordsA, wordsB, 'the same check code on both phones');
  assert.equal(wordsA.split(' ').length, 4);
  await look(a.page, '04-a-check-code');

  // A later device with the same link is refused.
  await refusedWith(stranger.page, link, /already joined with this link/);
  await look(stranger.page, '05-taken');
  await stranger.context.close();

  await a.page.getByRole('button', { name: 'The words match' }).click();
  await b.page.getByRole('button', { name: 'The words match' }).click();

  // A answers; B sees A's progress without reloading, then A's answers stay sealed until B sends.
  await answerAndSend(a.page, NAMES.a, DIFFERING_ANSWERS.a);
  await b.page.getByText(`${NAMES.a} has sent their answers.`).waitFor();
  await look(b.page, '06-b-intro');
  await a.page.getByRole('heading', { name: 'Your answers are sent' }).waitFor();
  await b.page.getByRole('button', { name: `I’m ${NAMES.b}, and I’m answering for myself` }).click();
  await answerAllSections(b.page, DIFFERING_ANSWERS.b, async (sectionId) => {
    if (sectionId !== defaultTemplate.sections[2]?.id) return;
    await a.page.getByText(`${NAMES.b} has answered 2 of ${TOTAL} sections.`).waitFor({ timeout: 10_000 });
    await look(a.page, '07-a-waiting');
    await look(b.page, '08-b-section');
  });
  await b.page.getByRole('heading', { name: 'Send your answers' }).waitFor();
  await look(b.page, '09-b-send');
  await b.page.getByRole('button', { name: 'Send my answers as final' }).click();

  // Both see the same terms to talk about.
  for (const page of [a.page, b.page]) await page.getByRole('heading', { name: 'Your terms, together' }).waitFor();
  assert.deepEqual(Object.keys(DIFFERING_ANSWERS.a), ['contentKinds', 'disappearingMessages']);
  await look(b.page, '10-b-review');
  // One term: A accepts the more careful suggestion, and B's phone shows it settled.
  await a.page.locator('[data-question="contentKinds"]').getByRole('button', { name: 'Accept the suggestion' }).click();
  await b.page.locator('[data-question="contentKinds"]').getByText('Settled: the more careful answer').waitFor();
  // The other: a less careful choice (B's own "after 90 days") counts only once each confirms on their own phone.
  const termA = a.page.locator('[data-question="disappearingMessages"]');
  const termB = b.page.locator('[data-question="disappearingMessages"]');
  await termA.getByRole('button', { name: 'Choose something else together' }).click();
  await termA.locator('input[value="after90Days"]').check();
  const confirmA = termA.getByLabel(`${NAMES.a}: I am happy with this, and nobody is pressuring me`);
  await confirmA.waitFor();
  assert.equal(await termA.locator('input[type="checkbox"]').count(), 1, 'A can confirm only for herself');
  await confirmA.check();
  await termB.getByRole('button', { name: 'Choose something else together' }).click();
  await termB.getByText(`${NAMES.a} has confirmed it on their phone.`).waitFor();
  assert.equal(await termB.getByText('Still to talk about').count(), 1, 'one confirmation is not enough');
  await look(b.page, '10b-b-confirm');
  await termB.getByLabel(`${NAMES.b}: I am happy with this, and nobody is pressuring me`).check();
  for (const term of [termA, termB]) await term.getByText('Settled: you both confirmed it').waitFor();

  // Own words: A adds a term as herself on her phone; B's phone shows it, and only A can remove it.
  const ownA = a.page.locator('section', { has: a.page.getByRole('heading', { name: 'Anything else, in your own words?' }) });
  assert.equal(await ownA.locator('input[name="custom-author"]').count(), 0, 'on A’s phone the words are hers: nobody else to choose');
  await ownA.getByLabel(`The term, in your own words (${NAMES.a})`).fill(OWN_WORDS);
  await ownA.getByRole('button', { name: 'Add this term' }).click();
  await ownA.getByText(`Added by ${NAMES.a}`).waitFor();
  const ownB = b.page.locator('section', { has: b.page.getByRole('heading', { name: 'Anything else, in your own words?' }) });
  const termOnB = ownB.locator('li', { hasText: OWN_WORDS });
  await termOnB.waitFor({ timeout: 10_000 });
  assert.match(await termOnB.innerText(), new RegExp(`Added by ${NAMES.a}`));
  assert.equal(await termOnB.getByRole('button', { name: 'Remove' }).count(), 0, 'B cannot remove A’s words');
  await look(b.page, '10c-b-own-words');

  await signOn(b.page, NAMES.b);
  await a.page.getByText(`${NAMES.b} has signed these terms on their phone.`).waitFor();
  await look(a.page, '11-a-sign');
  await signOn(a.page, NAMES.a);
  for (const page of [a.page, b.page]) await page.getByRole('heading', { name: 'You have both signed' }).waitFor();
  await look(b.page, '12-b-signed');

  const sessionUrlA = a.page.url();
  const [pdfA, pdfB] = [await fingerprintAndPdf(a.page, 'a'), await fingerprintAndPdf(b.page, 'b')];
  assert.equal(pdfA.fingerprint, pdfB.fingerprint, 'both phones hold the same version');
  assert.ok(pdfA.text.includes(pdfA.fingerprint) && pdfB.text.includes(pdfB.fingerprint), 'each PDF prints that fingerprint');
  assert.equal(pdfA.text, pdfB.text, 'the two PDFs say the same');
  assert.ok(pdfA.text.replace(/\s+/g, ' ').includes(OWN_WORDS), 'A’s own words are in the signed agreement');
  // Neither chose to keep the sealed first answers, so no copy prints them: only how each term was settled.
  const flat = pdfA.text.replace(/\s+/g, ' ');
  assert.ok(flat.includes('We answered differently, and'), 'how a differing term was settled is printed');
  assert.ok(!flat.includes('We answered differently ('), 'the first private answers are not');

  // A revision made on one phone would have this phone sign for the other too: on two phones it is never offered.
  for (const page of [a.page, b.page]) {
    assert.equal(await page.getByText('Revisit together', { exact: true }).count(), 0, 'no one-phone revision on two phones');
    assert.equal(await page.getByRole('button', { name: 'Revisit every term' }).count(), 0);
    await page.locator('summary', { hasText: 'Change a term together, each on your own phone' }).waitFor();
  }

  // After signing: A makes a term stricter alone on her phone; B's phone receives it and confirms "seen" from there.
  await a.page.getByText('Make a term stricter, on my own').click();
  const stricter = a.page.locator('details', { hasText: 'Make a term stricter, on my own' });
  const makers = a.page.locator('input[name="tighten-partner"]');
  assert.equal(await makers.count(), 1, 'on A’s phone only A can make the change');
  assert.equal(await makers.locator('xpath=..').innerText(), NAMES.a);
  await stricter.getByLabel('Which term?').selectOption({ label: 'Disappearing messages' });
  await stricter.getByLabel('After 24 hours', { exact: true }).check();
  await stricter.getByLabel(/Type your name to confirm/).fill(NAMES.a);
  await stricter.getByRole('button', { name: 'Make this stricter now' }).click();
  await a.page.getByText('Version 2, in force').waitFor();
  await b.page.getByText('Your partner’s phone added something to this agreement.').waitFor({ timeout: 15_000 });
  await b.page.getByRole('button', { name: 'Show it' }).click();
  const notice = b.page.locator('[data-unseen="2"]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /Zoë made a term more careful/);
  // Some builds of the agreement page ask the partner to say who holds the phone first.
  const ready = notice.getByRole('button', { name: `I’m ${NAMES.b}, ready to confirm` });
  if ((await ready.count()) > 0) await ready.click();
  await notice.getByLabel(/Type your name to confirm/).fill(NAMES.b);
  await notice.getByRole('button', { name: 'I have seen this change' }).click();
  await b.page.getByText('Version 2, signed by you both').waitFor();
  await a.page.getByText('Your partner’s phone added something to this agreement.').waitFor({ timeout: 15_000 });
  await a.page.getByRole('button', { name: 'Show it' }).click();
  await a.page.getByText('Version 2, signed by you both').waitFor();

  // Loosening needs both, each on their own phone: A proposes and signs; nothing changes until B signs on B's phone.
  const together = a.page.locator('details', { hasText: 'Change a term together, each on your own phone' });
  await together.locator('summary').click();
  await together.getByLabel('Which term?').selectOption({ label: 'Disappearing messages' });
  assert.equal(await together.locator('#together-now').innerText(), 'In force now: After 24 hours');
  assert.equal(await together.getByLabel('After 24 hours', { exact: true }).count(), 0, 'the term in force is not offered as a change');
  await together.getByLabel('After 7 days', { exact: true }).check();
  // The same change takes out A's own words, which both signed: only she can propose that from her phone.
  const ownInProposal = together.locator('li', { hasText: OWN_WORDS });
  await ownInProposal.getByRole('button', { name: 'Remove' }).click();
  assert.equal(await ownInProposal.count(), 0);
  // And adds an app they now use, so its settings join the agreement.
  await together.getByLabel('Signal', { exact: true }).check();
  await look(a.page, '12b-a-propose');
  await together.getByLabel(/Type your name to confirm/).fill(NAMES.a);
  await together.getByRole('button', { name: 'Propose and sign this change' }).click();
  await a.page.getByText(`Waiting for ${NAMES.b} to sign on their own phone.`).waitFor();
  const proposal = b.page.locator('[data-proposal="2"]');
  await proposal.waitFor({ timeout: 15_000 });
  // What is in force now beside what is proposed, in plain words.
  const change = proposal.locator('[data-change="disappearingMessages"]');
  assert.match(await change.innerText(), /Disappearing messages\s+In force now: After 24 hours\s+Proposed: After 7 days \(less careful than now\)/);
  assert.match(await proposal.locator('[data-change="own-words-out"]').innerText(), new RegExp(`Own words taken out\\s+${OWN_WORDS}`));
  assert.match(await proposal.locator('[data-change="apps"]').innerText(), /In force now: WhatsApp\s+Proposed: WhatsApp, Signal \(more settings to follow\)/);
  // The one proposing sees what is in force now as they choose.
  assert.equal(await a.page.locator('#together-now').count(), 0, 'the form is done once proposed');
  await look(b.page, '13-b-proposal');
  await new Promise((resolve) => setTimeout(resolve, 3_500));
  for (const page of [a.page, b.page]) {
    assert.equal(await page.getByText('Version 2, signed by you both').count(), 1, 'one signature puts nothing looser in force');
    assert.equal(await page.getByText('Version 3').count(), 0);
  }
  await proposal.getByLabel(/Type your name to confirm/).fill(NAMES.b);
  await proposal.getByRole('button', { name: 'I agree, sign this change' }).click();
  const fingerprints: string[] = [];
  for (const page of [a.page, b.page]) {
    await page.getByText('It is saved on this phone.').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Show it' }).click();
    await page.getByText('Version 3, signed by you both').waitFor();
    fingerprints.push(await page.locator('p.muted.small .fingerprint', { hasNotText: '…' }).innerText());
  }
  assert.equal(fingerprints[0], fingerprints[1], 'both phones hold version 3 with the same fingerprint');
  for (const page of [a.page, b.page]) assert.equal(await page.locator('#custom-terms').count(), 0, 'version 3 holds no own words');
  assert.match(fingerprints[0] ?? '', /\w/);
  assert.equal(await a.page.locator('[data-proposal]').count(), 0, 'the proposal is done once it is in force');

  // On B's own phone only B can act: the withdraw choice offers B alone. B withdraws; A's phone sees it.
  await b.page.getByText('Withdraw from this agreement').click();
  const withdrawers = b.page.locator('input[name="withdraw-partner"]');
  assert.equal(await withdrawers.count(), 1, 'one choice on this phone');
  assert.ok(await withdrawers.isChecked(), 'and it is this phone’s partner');
  assert.equal(await b.page.locator('input[name="withdraw-partner"]').locator('xpath=..').innerText(), NAMES.b);
  const withdrawing = b.page.locator('details', { hasText: 'Withdraw from this agreement' });
  await withdrawing.getByLabel(/Type your name to confirm/).fill(NAMES.b);
  await withdrawing.getByRole('button', { name: 'Withdraw now' }).click();
  await b.page.getByText('Withdrawn', { exact: false }).first().waitFor();
  await a.page.getByText('Your partner’s phone added something to this agreement.').waitFor({ timeout: 15_000 });
  await a.page.getByRole('button', { name: 'Show it' }).click();
  await a.page.getByRole('heading', { name: /The terms \(no longer in force\)/ }).waitFor();
  assert.equal(await a.page.getByText('Make a term stricter, on my own').count(), 0, 'a withdrawn agreement cannot change');

  // A deletes the shared copy from the agreement's own page; B's phone says so and keeps its agreement.
  await a.page.locator('summary', { hasText: 'The shared copy on our server' }).click();
  await a.page.getByRole('button', { name: 'Delete the shared copy' }).click();
  await a.page.getByRole('button', { name: 'Yes, delete the shared copy' }).click();
  await a.page.getByText('The shared copy is deleted.').waitFor();
  await a.page.goto(sessionUrlA);
  await a.page.getByRole('heading', { name: 'The shared copy is gone' }).waitFor();
  await b.page.getByText('The shared copy on our server was deleted or has expired').waitFor({ timeout: 20_000 });
  await look(b.page, '14-b-gone');
  assert.equal(await b.page.getByRole('heading', { name: /The terms \(no longer in force\)/ }).count(), 1, 'B keeps everything on the phone');

  assert.deepEqual(axeProblems, [], 'every apart screen passes axe');

  // Nothing readable went over the network: no fragment, no names, no answers, no terms.
  const words = secrets();
  const all = requests.flat();
  assert.ok(all.some((request) => request.url().includes('/api/apart')), 'the apart API was used');
  for (const request of all) {
    const url = request.url();
    assert.ok(!url.includes('#'), `no fragment in ${url}`);
    const headers = JSON.stringify(await request.allHeaders().catch(() => request.headers()));
    const body = request.postData() ?? '';
    for (const word of words) {
      assert.ok(!url.includes(word) && !headers.includes(word) && !body.includes(word), `"${word}" not readable in ${request.method()} ${url}`);
    }
    assert.ok(!headers.includes(link.split('#')[1] ?? 'missing') && !body.includes(link.split('#')[1] ?? 'missing'), 'the secret never travels');
  }
  await a.context.close();
  await b.context.close();
});

test('the partner who joins sees the check code and answers at once, without waiting for a status poll', async () => {
  const a = await newPage(app);
  const b = await newPage(app);
  const link = await startAsA(a.page);
  await b.page.goto(link);
  await passApartEntryCheck(b.page);
  await b.page.getByLabel('Your name').fill(NAMES.b);
  // From here B's status polls never answer: everything up to answering must come from the join itself.
  const polls: string[] = [];
  await b.context.route('**/api/apart/*/status', async (route) => {
    polls.push(route.request().url());
    await route.abort('connectionrefused');
  });
  await b.page.getByRole('button', { name: 'Join' }).click();
  const words = await checkWords(b.page);
  assert.equal(words.split(' ').length, 4, 'the words come from the join’s own answer');
  await b.page.getByText(`Check it is really ${NAMES.a}`).waitFor();
  await b.page.getByRole('button', { name: 'The words match' }).click();
  await b.page.getByRole('button', { name: `I’m ${NAMES.b}, and I’m answering for myself` }).click();
  const [first, second] = defaultTemplate.sections;
  await b.page.getByRole('heading', { level: 1, name: first!.title }).waitFor();
  assert.ok(polls.length > 0, 'the page did poll, and no poll answered');
  for (const question of first!.questions) if (question.kind === 'commitment') await b.page.locator(`input[name="${question.id}"]`).check();
  await b.page.getByRole('button', { name: 'Next' }).click();
  await b.page.getByRole('heading', { level: 1, name: second!.title }).waitFor();
  // A's phone, polling as usual, sees the same words and B's progress.
  assert.equal(await checkWords(a.page), words, 'the same words on both phones');
  await a.page.getByRole('button', { name: 'The words match' }).click();
  await a.page.getByRole('button', { name: `I’m ${NAMES.a}, and I’m answering for myself` }).waitFor();
  await a.page.getByText(`${NAMES.b} has answered 1 of ${TOTAL} sections.`).waitFor({ timeout: 10_000 });
  await a.context.close();
  await b.context.close();
});
