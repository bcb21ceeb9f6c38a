import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { startApp, newPage, type App } from './harness';
import { completeJourney, DIFFERING_ANSWERS } from './journey';

/** Where to leave screenshots to look at (set SHOTS_DIR); none are taken otherwise. */
const SHOTS = process.env.SHOTS_DIR;

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('nothing intimate agreed, first answers left out: the agreement page adapts and keeps them private, at 390×844', async () => {
  const { context, page } = await newPage(app);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  const shot = async (label: string) => {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${label}.png`, fullPage: true });
  };
  // A answers "Text and voice only", B "Nothing intimate for now": the more careful one is taken.
  await completeJourney(page, app.origin, {
    answers: DIFFERING_ANSWERS,
    onStep: async (_page, label) => {
      if (label !== 'sign') return;
      // Said plainly before signing, and the careful choice is the one already made.
      const choice = page.getByRole('group', { name: 'Your first private answers' });
      await choice.getByText(/appear in every copy of this agreement/).waitFor();
      assert.equal(await choice.getByLabel(/Keep only the settled terms/).isChecked(), true);
      await shot('sign-step');
    },
  });
  await shot('agreement');
  const main = page.locator('main');
  await main.getByText(/We send nothing intimate for now, so the terms about keeping intimate photos/).waitFor();
  for (const title of ['Settings in our chat', 'Saving on our phones', 'Backups']) {
    assert.equal(await main.getByRole('heading', { level: 2, name: title, exact: true }).count(), 0, `no section "${title}"`);
  }
  const sharing = main.locator('section[aria-labelledby="section-sharing"]');
  await sharing.getByText('We answered differently, and we took the more protective answer.').waitFor();
  assert.doesNotMatch(await sharing.innerText(), /Text and voice only/, 'A’s first private answer is not shown');
  const wrong = main.locator('section[aria-labelledby="section-somethingWrong"]');
  await wrong.getByText(/^In WhatsApp, log out every linked device you don't recognise: /).waitFor();
  await context.close();
});
