import type { Page } from 'playwright-core';
import { answerAllSections, DIFFERING_ANSWERS, fillSetup, passEntryCheck, signAs } from './journey';

/** Shared by the trust-gate specs (headers, privacy, a11y). */

/** Every route a person can reach without saved data; drafts and agreements are reached through journeys. */
export const PAGES: ReadonlyArray<{ readonly path: string; readonly heading: RegExp }> = [
  { path: '/', heading: /Agree on your boundaries/ },
  { path: '/start', heading: /Before you start/ },
  { path: '/support', heading: /Support and help lines/ },
  { path: '/support?for=age', heading: /only for adults/ },
  { path: '/support?for=pressure', heading: /stop here/ },
  { path: '/privacy', heading: /What this app stores/ },
  { path: '/data', heading: /Your data on this device/ },
  { path: '/help/deleting', heading: /Deleting messages and photos/ },
  { path: '/draft?id=missing', heading: /could not open this draft/ },
  { path: '/agreement?id=missing', heading: /could not open this agreement/ },
  { path: '/apart', heading: /Before you start/ },
  { path: '/apart/join', heading: /This invite cannot be used/ },
  { path: '/apart/session?id=missing', heading: /could not open this/ },
];

/** A path no route matches: the framework's not-found page. */
export const NOT_FOUND_PATH = '/this-page-does-not-exist';

export { parseCsp } from '../support/parse-csp';

export function nonceOf(csp: string): string | undefined {
  return /'nonce-([^']+)'/.exec(csp)?.[1];
}

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly sample: string;
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every CSP violation the page reports (the `securitypolicyviolation`
 * event, which fires for blocked scripts, styles, connections and frames).
 * Call before the first navigation.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/** True once React has hydrated the header: only possible if the page's scripts were allowed to run. */
export function isHydrated(page: Page): Promise<boolean> {
  return page
    .locator('a.quick-exit')
    .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps')))
    .catch(() => false);
}

export async function waitForHydration(page: Page, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await isHydrated(page))) {
    if (Date.now() > deadline) {
      throw new Error(`The page never hydrated: ${page.url()} (scripts blocked by the CSP? A page prerendered at build time has no nonce: app/layout.tsx must call \`await connection()\`)`);
    }
    await page.waitForTimeout(50);
  }
}

/**
 * Walks every screen a couple sees, from the empty home page to the signed
 * agreement and back, including each form's error state and the review's
 * "choose something else" and "both confirm" states. `check` runs on each.
 */
export async function walkEveryScreen(
  page: Page,
  origin: string,
  check: (label: string) => Promise<void>,
  names: { a: string; b: string } = { a: 'Zoë', b: 'José' },
): Promise<void> {
  await page.goto(origin + '/');
  await waitForHydration(page);
  await check('home, nothing saved');
  await page.goto(origin + '/start');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#adults-error').getByText(/./).waitFor();
  await check('entry check, with errors');
  await passEntryCheck(page, origin);
  await check('setup');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('#name-a-error').getByText(/./).waitFor();
  await check('setup, with errors');
  await fillSetup(page, names);
  await page.getByRole('button', { name: `I’m ${names.a}, and I’m answering for myself` }).waitFor();
  await check('partner A intro');
  await page.getByRole('button', { name: `I’m ${names.a}, and I’m answering for myself` }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.locator('p.error[role="alert"]').first().waitFor();
  await check('first section, with errors');
  await answerAllSections(page, DIFFERING_ANSWERS.a, (id) => check(`partner A: ${id}`));
  await page.getByRole('button', { name: `I’m ${names.b}, ready to answer` }).waitFor();
  await check('hand-over');
  await page.getByRole('button', { name: `I’m ${names.b}, ready to answer` }).click();
  await answerAllSections(page, DIFFERING_ANSWERS.b, (id) => check(`partner B: ${id}`));
  await page.getByRole('heading', { name: 'Your terms, together' }).waitFor();
  await check('review');
  const card = page.locator('[data-question]').first();
  await card.getByRole('button', { name: 'Choose something else together' }).click();
  await card.locator('input[type="radio"]').first().check();
  await card.getByRole('status').waitFor();
  await check('review, choosing something less careful together');
  const accept = page.getByRole('button', { name: 'Accept the suggestion' });
  for (let settled = 0; settled < 20 && (await accept.count()) > 0; settled += 1) await accept.first().click();
  await page.getByRole('button', { name: 'Add this term' }).click();
  await page.locator('#custom-text-error').getByText(/./).waitFor();
  await check('review, custom term with errors');
  await page.getByLabel('The term').fill('We say goodnight before we put our phones away.');
  await page.getByRole('button', { name: 'Add this term' }).click();
  await check('review, settled, with a custom term');
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  await page.getByRole('heading', { name: `${names.a}, please read and sign` }).waitFor();
  await check('signing, first partner');
  await page.getByRole('button', { name: `Sign as ${names.a}` }).click();
  await page.locator('#acks-error').getByText(/./).waitFor();
  await check('signing, with errors');
  await signAs(page, names.a);
  await page.getByRole('button', { name: `I’m ${names.b}, ready to read and sign` }).waitFor();
  await check('signing, hand-over to the second partner');
  await page.getByRole('button', { name: `I’m ${names.b}, ready to read and sign` }).click();
  await page.getByRole('heading', { name: `${names.b}, please read and sign` }).waitFor();
  await check('signing, second partner');
  await signAs(page, names.b);
  await page.waitForURL(/\/agreement\?id=/);
  await page.getByRole('heading', { name: /Our agreement/ }).waitFor();
  await check('signed agreement');
  const closed = page.locator('main details:not([open]) > summary');
  for (let opened = 0; opened < 20 && (await closed.count()) > 0; opened += 1) await closed.first().click();
  await check('signed agreement, every panel open');
  await page.goto(origin + '/');
  await page.getByRole('link', { name: 'Open agreement' }).waitFor();
  await check('home, with saved work');
}
