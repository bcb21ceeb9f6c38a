import type { Page } from 'playwright-core';

/** Shared by the trust-gate specs (headers, privacy, a11y). */

/** Every route a person can reach without saved data; drafts and agreements are reached through journeys. */
export const PAGES: ReadonlyArray<{ readonly path: string; readonly heading: RegExp }> = [
  { path: '/', heading: /Agree on your boundaries/ },
  { path: '/start', heading: /Before you start/ },
  { path: '/support', heading: /Support and help lines/ },
  { path: '/support?for=age', heading: /only for adults/ },
  { path: '/support?for=pressure', heading: /stop here/ },
  { path: '/privacy', heading: /What this app stores/ },
  { path: '/draft?id=missing', heading: /could not open this draft/ },
  { path: '/agreement?id=missing', heading: /could not open this agreement/ },
];

/** A path no route matches: the framework's not-found page. */
export const NOT_FOUND_PATH = '/this-page-does-not-exist';

/** Splits a CSP header into directive → sources. */
export function parseCsp(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [(name as string).toLowerCase(), sources]),
  );
}

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
    .locator('button.quick-exit')
    .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps')))
    .catch(() => false);
}

export async function waitForHydration(page: Page, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await isHydrated(page))) {
    if (Date.now() > deadline) throw new Error(`The page never hydrated: ${page.url()}`);
    await page.waitForTimeout(50);
  }
}
