import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startApp, newPage, DESKTOP, MOBILE, type App } from './harness';
import { fillSetup, passEntryCheck } from './journey';
import { waitForHydration } from './trust-helpers';
import { QUICK_EXIT_URL } from '../../components/ui/quick-exit';

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** How many records the app's database holds in the given stores (0 where a store does not exist yet). */
async function storedCount(page: Page, stores: readonly string[] = ['drafts']): Promise<number> {
  return page.evaluate(
    (names) =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('our-terms');
        open.onsuccess = () => {
          const db = open.result;
          const present = names.filter((name) => db.objectStoreNames.contains(name));
          if (present.length === 0) return resolve(0);
          const transaction = db.transaction(present);
          let total = 0;
          let pending = present.length;
          for (const name of present) {
            const count = transaction.objectStore(name).count();
            count.onsuccess = () => {
              total += count.result;
              pending -= 1;
              if (pending === 0) resolve(total);
            };
          }
        };
      }),
    stores,
  );
}

// Help that works anywhere is listed at once; a chosen country adds its own lines.
const NO_PATHS = [
  { label: 'No, or we are not sure', heading: 'This app is only for adults', expect: ['Take It Down', 'CyberTipline'] },
  {
    label: 'No, or one of us is unsure',
    heading: 'Let’s stop here',
    expect: ['Coalition Against Stalkerware', 'In an emergency'],
    country: { code: 'US', expect: ['National Domestic Violence Hotline', 'loveisrespect'] },
  },
  {
    label: 'No, or not sure',
    heading: 'Let’s stop here',
    expect: ['Coalition Against Stalkerware', 'In an emergency'],
    country: { code: 'GB', expect: ['National Domestic Abuse Helpline (Refuge)'] },
  },
];

for (const path of NO_PATHS) {
  test(`entry check: a lone "${path.label}" ends it at once with support, and saves nothing`, async () => {
    const { context, page } = await newPage(app);
    await page.goto(app.origin + '/start');
    await waitForHydration(page);
    // Only this one question is answered: the other two are never demanded.
    await page.getByLabel(path.label, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: path.heading }).waitFor();
    const text = await page.locator('main').innerText();
    for (const name of path.expect) assert.ok(text.includes(name), `${name} is listed`);
    if (path.country) {
      await waitForHydration(page);
      await page.getByLabel('Where are you?').selectOption(path.country.code);
      await page.waitForFunction((names) => names.every((name) => document.querySelector('main')?.innerText.includes(name)), path.country.expect);
    }
    assert.equal(await page.locator('p.error[role="alert"]').count(), 0);
    assert.equal(await storedCount(page), 0, 'no draft was created');
    await page.goto(app.origin + '/');
    await page.locator('[data-saved-work="loaded"]').waitFor({ state: 'attached' });
    assert.equal(await page.getByRole('link', { name: 'Continue' }).count(), 0);
    await context.close();
  });
}

// On their own phone each partner answers only for themself: the same rule, in their own words.
const APART_NO_PATHS = [
  { label: 'No, or I am not sure', heading: 'This app is only for adults' },
  { label: 'No, or I am unsure', heading: 'Let’s stop here' },
  { label: 'No, or not sure', heading: 'Let’s stop here' },
];

for (const path of APART_NO_PATHS) {
  test(`apart entry check: a lone "${path.label}" ends it at once with support, and nothing is saved or sent`, async () => {
    const { context, page } = await newPage(app);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/')) apiCalls.push(request.url());
    });
    await page.goto(app.origin + '/apart');
    await waitForHydration(page);
    await page.getByText('Three quick questions, for you on this phone.').waitFor();
    await page.getByLabel(path.label, { exact: true }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: path.heading }).waitFor();
    assert.equal(await page.locator('p.error[role="alert"]').count(), 0, 'the other questions are never demanded');
    assert.equal(await storedCount(page, ['drafts', 'apart']), 0, 'nothing was kept on this phone');
    assert.deepEqual(apiCalls, [], 'nothing was sent');
    await context.close();
  });
}

test('the entry check needs an answer to every question', async () => {
  const { context, page } = await newPage(app);
  await page.goto(app.origin + '/start');
  await page.getByRole('button', { name: 'Continue' }).click();
  const alerts = page.locator('p.error[role="alert"]');
  await alerts.first().waitFor();
  assert.equal(await alerts.count(), 3);
  assert.equal(await page.locator('input[name="adults"][aria-invalid="true"]').count(), 2);
  await context.close();
});

test('reload mid-way keeps the answers, and the draft reopens from home', async () => {
  const { context, page } = await newPage(app);
  await passEntryCheck(page, app.origin);
  await fillSetup(page, { a: 'Ana', b: 'Bo' });
  await page.getByRole('button', { name: 'I’m Ana, and I’m answering for myself' }).click();
  await page.locator('input[name="noConsequences"]').check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('input[name="contentKinds"][value="textAndVoiceOnly"]').check();
  await page.locator('input[name="identifyingDetails"][value="avoid"]').check();
  await page.waitForTimeout(300);
  await page.reload();
  // Resuming asks who is holding the phone before showing any answers.
  await page.getByRole('button', { name: 'I’m Ana, and I’m answering for myself' }).click();
  assert.equal(await page.locator('input[name="contentKinds"]:checked').getAttribute('value'), 'textAndVoiceOnly');
  assert.equal(await page.locator('input[name="identifyingDetails"]:checked').getAttribute('value'), 'avoid');
  await page.goto(app.origin + '/');
  await page.getByRole('link', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I’m Ana, and I’m answering for myself' }).click();
  assert.equal(await page.locator('input[name="contentKinds"]:checked').getAttribute('value'), 'textAndVoiceOnly');
  await context.close();
});

test('a corrupted saved draft is set aside with a clear message, and the rest still opens', async () => {
  const { context, page } = await newPage(app);
  await passEntryCheck(page, app.origin);
  await fillSetup(page, { a: 'Ana', b: 'Bo' });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('our-terms');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({ id: 'broken', stage: 42 }, 'broken');
          tx.oncomplete = () => resolve();
        };
      }),
  );
  await page.goto(app.origin + '/');
  await page.getByText(/could not be read, so we put it aside/).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Continue' }).count(), 1, 'the good draft is still listed');
  const setAside = await storedCount(page, ['setaside']);
  assert.equal(setAside, 1, 'the unreadable draft is kept aside, not deleted');
  await context.close();
});

async function expectQuickExit(page: Page, origin: string, trigger: () => Promise<void>) {
  await page.context().route(QUICK_EXIT_URL + '**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }),
  );
  // Record, in this tab's session storage, what the body holds once it changes.
  await page.evaluate(() => {
    new MutationObserver(() => sessionStorage.setItem('probe', String(document.body.childElementCount))).observe(document.body, { childList: true });
  });
  await trigger();
  await page.waitForURL(QUICK_EXIT_URL);
  await page.goto(origin + '/support');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('probe')), '0', 'the page was blanked before leaving');
}

test('quick exit button blanks the page and leaves for a neutral site', async () => {
  const { context, page } = await newPage(app);
  await passEntryCheck(page, app.origin);
  await expectQuickExit(page, app.origin, () => page.getByRole('link', { name: 'Quick exit' }).click());
  await context.close();
});

test('quick exit leaves even before the page’s scripts run (JavaScript off)', async () => {
  const { context, page } = await newPage(app, { ...MOBILE, javaScriptEnabled: false });
  await context.route(QUICK_EXIT_URL + '**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  await page.goto(app.origin + '/start');
  await page.getByRole('link', { name: 'Quick exit' }).click();
  await page.waitForURL(QUICK_EXIT_URL);
  await context.close();
});

test('pressing Shift three times triggers quick exit', async () => {
  const { context, page } = await newPage(app);
  await page.goto(app.origin + '/');
  await waitForHydration(page);
  await expectQuickExit(page, app.origin, async () => {
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  });
  await context.close();
});

test('two Shift presses do nothing', async () => {
  const { context, page } = await newPage(app);
  await page.goto(app.origin + '/');
  await waitForHydration(page);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(200);
  assert.match(await page.locator('h1').innerText(), /Agree on your boundaries/);
  await context.close();
});

test('a tampered or unknown link gets a clear message, and nothing runs or is saved', async () => {
  const { context, page } = await newPage(app);
  const hostile = encodeURIComponent('"><img src=x onerror="window.__pwned=1">');
  for (const [path, heading] of [
    [`/agreement?id=${hostile}`, 'We could not open this agreement'],
    [`/draft?id=${hostile}`, 'We could not open this draft'],
    ['/agreement', 'We could not open this agreement'],
    [`/draft?id=${'x'.repeat(5000)}`, 'We could not open this draft'],
  ] as const) {
    await page.goto(app.origin + path);
    await page.getByRole('heading', { name: heading }).waitFor();
    assert.ok(await page.getByRole('alert').first().isVisible(), `${path.slice(0, 30)}: the reason is announced`);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  }
  // An unknown reason on the support page falls back to the general help, with the markup shown as nothing at all.
  await page.goto(app.origin + `/support?for=${hostile}`);
  assert.ok((await page.locator('main').innerText()).length > 100);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  const stored = await storedCount(page, ['drafts', 'agreements', 'setaside', 'settings']);
  assert.equal(stored, 0, 'opening a bad link saves nothing');
  await context.close();
});

test('a name the PDF cannot print gets a gentle note, and is still accepted', async () => {
  const { context, page } = await newPage(app);
  await passEntryCheck(page, app.origin);
  await page.getByLabel('First person').fill('نور');
  await page.locator('#name-a-print').getByText(/can’t print Arabic, Persian and Urdu letters correctly yet, so it will show “\?” in their place/).waitFor();
  assert.equal(await page.locator('#name-b-print').innerText(), '', 'no note for an empty name');
  await page.getByLabel('Second person').fill('美咲');
  assert.equal(await page.locator('#name-b-print').innerText(), '', 'the PDF prints Chinese and Japanese names');
  await fillSetup(page, { a: 'نور', b: '美咲' });
  await page.getByRole('button', { name: 'I’m نور, and I’m answering for myself' }).waitFor();
  await context.close();
});

test('a "no" to the age question gets the under-18 help even beside another "no"', async () => {
  const { context, page } = await newPage(app);
  await page.goto(app.origin + '/start');
  await waitForHydration(page);
  await page.getByLabel('No, or one of us is unsure', { exact: true }).check();
  await page.getByLabel('No, or we are not sure', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'This app is only for adults' }).waitFor();
  await context.close();
});

test('the footer names the Shift shortcut only where there is a keyboard-like pointer', async () => {
  const phone = await newPage(app, MOBILE);
  await phone.page.goto(app.origin + '/');
  const phoneFooter = await phone.page.locator('footer').innerText();
  assert.match(phoneFooter, /Quick exit: the button at the top\. It hides this page/);
  assert.doesNotMatch(phoneFooter, /Shift/);
  await phone.context.close();
  const desktop = await newPage(app, DESKTOP);
  await desktop.page.goto(app.origin + '/');
  assert.match(await desktop.page.locator('footer').innerText(), /the button at the top, or press Shift three times\. It hides this page/);
  await desktop.context.close();
});
