import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { MOBILE, newPage, startApp, type App } from './harness';
import { completeJourney, DIFFERING_ANSWERS, type JourneyOptions } from './journey';
import { PAGES, waitForHydration } from './trust-helpers';
import { defaultTemplate } from '../../templates';
import { COLLECTIONS } from '../../lib/storage/store';

// What the privacy page promises, checked in a real browser over whole journeys:
// nothing leaves the device, nothing is kept outside the app's own store, and
// nothing on screen or on disk gives away what the app is about.

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Words a title or file name must never contain: it can be seen by anyone glancing at a screen. */
const EXPLICIT = /sex|nude|naked|intimate|explicit|porn|nsfw|erotic|boundar|consent/i;
const NEUTRAL_TITLE = /^Our Terms$/;

/** Every piece of text the journey's answers put into the draft, beside the names and custom term. */
function secretsFor(options: Required<Pick<JourneyOptions, 'names' | 'answers'>> & { customTerm: string }): string[] {
  const secrets = new Set<string>([options.names.a, options.names.b, options.customTerm]);
  for (const partner of ['a', 'b'] as const) {
    const chosen = options.answers[partner] ?? {};
    for (const section of defaultTemplate.sections) {
      for (const question of section.questions) {
        if (question.kind === 'commitment') {
          secrets.add(question.affirmation);
          secrets.add(question.clause);
          continue;
        }
        const option = question.options.find((candidate) => candidate.id === (chosen[question.id] ?? question.defaultOption));
        if (!option) continue;
        // camelCase ids are distinctive; one-word ids ("never", "on") would match anything.
        if (/[A-Z]/.test(option.id)) secrets.add(option.id);
        if (option.label.length >= 10) secrets.add(option.label);
        secrets.add(option.clause);
      }
    }
  }
  return [...secrets];
}

/** The forms a string could take in a URL, header or body without any real encoding. */
function plainForms(secret: string): string[] {
  return [...new Set([secret, encodeURIComponent(secret), encodeURI(secret), secret.replace(/ /g, '+'), JSON.stringify(secret).slice(1, -1)])];
}

interface Recorded {
  readonly requests: Request[];
  readonly titles: Set<string>;
}

/** Records every request the context makes, and the title of every page shown. */
function record(context: BrowserContext, page: Page): Recorded {
  const recorded: Recorded = { requests: [], titles: new Set() };
  context.on('request', (request) => recorded.requests.push(request));
  // document.title itself (page.title() answers "Loading <url>" while a navigation is pending).
  page.on('load', () => {
    void page.evaluate(() => document.title).then((title) => recorded.titles.add(title), () => undefined);
  });
  return recorded;
}

async function assertNothingLeaks(recorded: Recorded, secrets: readonly string[]): Promise<void> {
  assert.ok(recorded.requests.length > 0);
  for (const request of recorded.requests) {
    const url = request.url();
    assert.ok(url.startsWith(app.origin), `only the app’s own origin: ${url}`);
    assert.ok(['GET', 'HEAD'].includes(request.method()), `nothing is sent: ${request.method()} ${url}`);
    const headers = await request.allHeaders();
    assert.equal(headers.referer, undefined, `no Referer: ${url}`);
    assert.equal(headers.cookie, undefined, `no Cookie: ${url}`);
    const haystack = [url, safeDecode(url), ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), request.postData() ?? ''].join('\n');
    for (const secret of secrets) {
      for (const form of plainForms(secret)) {
        assert.ok(!haystack.includes(form), `“${secret}” appears in a request to ${url}`);
      }
    }
  }
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

async function assertStorageIsOnlyOurs(context: BrowserContext, page: Page): Promise<void> {
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const storage = await page.evaluate(async () => {
    const databases = await indexedDB.databases();
    const stores = await new Promise<string[]>((resolve, reject) => {
      const request = indexedDB.open('our-terms');
      request.onsuccess = () => {
        const names = [...request.result.objectStoreNames];
        request.result.close();
        resolve(names);
      };
      request.onerror = () => reject(request.error);
    });
    return {
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: databases.map((database) => database.name),
      stores,
      caches: 'caches' in window ? await caches.keys() : [],
      workers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    };
  });
  assert.equal(storage.cookie, '');
  assert.equal(storage.local, 0, 'localStorage is empty');
  assert.equal(storage.session, 0, 'sessionStorage is empty');
  assert.deepEqual(storage.databases, ['our-terms'], 'IndexedDB holds only the app’s own database');
  assert.deepEqual([...storage.stores].sort(), [...COLLECTIONS].sort(), 'and only its own stores');
  assert.deepEqual(storage.caches, [], 'no Cache Storage');
  assert.equal(storage.workers, 0, 'no service worker');
}

function assertNeutralTitles(titles: Iterable<string>, names: { a: string; b: string }): void {
  for (const title of titles) {
    assert.match(title, NEUTRAL_TITLE, `neutral title: “${title}”`);
    assert.ok(!EXPLICIT.test(title) && !title.includes(names.a) && !title.includes(names.b), `neutral title: “${title}”`);
  }
}

const JOURNEYS: ReadonlyArray<{ label: string; options: Required<Pick<JourneyOptions, 'names' | 'answers'>> & { customTerm: string } }> = [
  {
    label: 'differing answers, accented names, a custom term',
    options: { names: { a: 'Zoë', b: 'José' }, answers: DIFFERING_ANSWERS, customTerm: 'We say goodnight before we put our phones away.' },
  },
  {
    label: 'the least careful answers both sides, names with spaces and emoji',
    options: {
      names: { a: 'Mary Ann 🌻', b: 'Łukasz Ó' },
      answers: {
        a: { contentKinds: 'textVoicePhotosVideo', askingFirst: 'sendAnyTime', disappearingMessages: 'off', savingMedia: 'lockedFolder' },
        b: { contentKinds: 'textVoicePhotosVideo', askingFirst: 'sendAnyTime', disappearingMessages: 'off', savingMedia: 'lockedFolder' },
      },
      customTerm: 'No phones at the dinner table, ever & always.',
    },
  },
];

for (const { label, options } of JOURNEYS) {
  test(`a whole journey keeps everything on the device: ${label}`, async () => {
    const { context, page, foreignRequests } = await newPage(app, MOBILE);
    const recorded = record(context, page);
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(`${page.url()}: ${message.text()}`);
    });
    await completeJourney(page, app.origin, {
      ...options,
      onStep: async (current) => {
        recorded.titles.add(await current.evaluate(() => document.title));
      },
    });
    const agreementUrl = page.url();
    // Reopen it cold, then walk the other pages, as a couple would afterwards.
    await page.reload();
    await page.getByRole('heading', { name: /Our agreement/ }).waitFor();
    for (const { path } of PAGES) await page.goto(app.origin + path);
    await page.goto(agreementUrl);
    await page.getByRole('heading', { name: /Our agreement/ }).waitFor();
    recorded.titles.add(await page.evaluate(() => document.title));

    assert.deepEqual(foreignRequests, [], 'no request to any other address');
    await assertNothingLeaks(recorded, secretsFor(options));
    await assertStorageIsOnlyOurs(context, page);
    assertNeutralTitles(recorded.titles, options.names);
    assert.ok(recorded.titles.size > 0);
    assert.deepEqual(cspErrors, [], 'no CSP violation anywhere on the journey');
    await context.close();
  });
}

test('the leak check itself catches a name sent in a URL', async () => {
  const { context, page } = await newPage(app, MOBILE);
  const recorded = record(context, page);
  await page.goto(`${app.origin}/support?q=${encodeURIComponent('Zoë and José')}`);
  await assert.rejects(assertNothingLeaks(recorded, ['José']), /appears in a request/);
  assert.ok(secretsFor(JOURNEYS[0]!.options).length > 40, 'the secrets cover every answer');
  await context.close();
});

/** Every file the agreement page can save, and how to reach its button. */
const DOWNLOADS: ReadonlyArray<{ label: string; open?: string; button: string; extension: string }> = [
  { label: 'the PDF', button: 'Download PDF', extension: 'pdf' },
  { label: 'the calendar reminder', button: 'Add a reminder to my calendar', extension: 'ics' },
  { label: 'the agreement file', open: 'Keep a copy', button: 'Save a copy of all versions', extension: 'json' },
];

test('every saved file has a neutral name, and making the PDF sends nothing', async () => {
  // A pointer, not a touch screen: on a phone the PDF goes to the share sheet instead of a download.
  const { context, page, foreignRequests } = await newPage(app, { viewport: { width: 390, height: 844 } });
  const recorded = record(context, page);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  const options = { names: { a: 'Zoë', b: 'José' }, answers: DIFFERING_ANSWERS, customTerm: 'We say goodnight before we put our phones away.' };
  await completeJourney(page, app.origin, options);
  for (const download of DOWNLOADS) {
    if (download.open) {
      const summary = page.locator('summary', { hasText: download.open });
      await summary.waitFor({ timeout: 10_000 });
      await summary.click();
    }
    // Every button must be there: a renamed or missing one fails here (within 10 s) instead of being passed over.
    const button = page.getByRole('button', { name: download.button, exact: true });
    await button.waitFor({ timeout: 10_000 });
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    const name = file.suggestedFilename();
    assert.match(name, new RegExp(`^[a-z0-9][a-z0-9._-]*\\.${download.extension}$`), `${download.label}: plain file name “${name}”`);
    assert.ok(!EXPLICIT.test(name) && !name.includes(options.names.a) && !name.includes(options.names.b), `${download.label}: neutral name “${name}”`);
  }
  assert.deepEqual(foreignRequests, []);
  await assertNothingLeaks(recorded, secretsFor(options));
  assert.deepEqual(consoleErrors.filter((text) => /Content Security Policy/i.test(text)), [], 'the PDF renderer runs under the CSP');
  await context.close();
});

test('quick exit is the only way out, and it takes nothing with it', async () => {
  const { context, page, foreignRequests } = await newPage(app, MOBILE);
  const recorded = record(context, page);
  await completeJourney(page, app.origin, { names: { a: 'Ana', b: 'Bo' } });
  await page.getByRole('link', { name: 'Quick exit' }).click();
  await page.waitForTimeout(500);
  assert.deepEqual(foreignRequests, ['https://www.bbc.co.uk/weather']);
  const exit = recorded.requests.find((request) => !request.url().startsWith(app.origin));
  assert.ok(exit, 'the exit request was seen');
  const headers = await exit.allHeaders();
  assert.equal(headers.referer, undefined, 'the weather site is not told where the person came from');
  assert.equal(headers.cookie, undefined);
  await context.close();
});

test('choosing a country for help sends nothing, and is kept only in the app’s own store on this device', async () => {
  const { context, page } = await newPage(app, MOBILE);
  await page.goto(`${app.origin}/support`);
  await page.getByRole('heading', { level: 1, name: /Support and help lines/ }).waitFor();
  const picker = page.getByRole('combobox', { name: 'Where are you?' }).first();
  await picker.waitFor();
  // The page's own link prefetches (of /, with nothing personal) settle first, so the record holds only what choosing does.
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  const recorded = record(context, page);
  await picker.selectOption('GB');
  await page.getByText('National Domestic Abuse Helpline (Refuge)').first().waitFor();
  // Always shown, whatever the country.
  for (const name of ['StopNCII.org', 'Take It Down', 'Call your local emergency number']) await page.getByText(name).first().waitFor();
  assert.deepEqual(recorded.requests.map((request) => request.url()), [], 'choosing a country makes no request at all');
  await assertStorageIsOnlyOurs(context, page);

  // Kept on this device: the next visit starts on it, and the page address never carries it.
  await page.reload();
  await page.getByText('National Domestic Abuse Helpline (Refuge)').first().waitFor();
  assert.equal(await page.getByRole('combobox', { name: 'Where are you?' }).first().inputValue(), 'GB');
  assert.ok(!page.url().includes('GB'), page.url());
  await context.close();
});
