import path from 'node:path';
import type { Page } from 'playwright-core';
import { waitForHydration } from './trust-helpers';

// Steps several specs share: choose a file on "Your data", save the JSON copy, tighten a term alone, count agreements.

export async function chooseFile(page: Page, origin: string, file: string): Promise<void> {
  if (!page.url().endsWith('/data')) {
    await page.goto(origin + '/data');
    await waitForHydration(page);
  }
  await page.getByLabel(/Choose an agreement file/).setInputFiles(file);
}

/** Saves "all versions" from the open agreement page into `dir`; returns the file's path. */
export async function saveJsonCopy(page: Page, dir: string, name: string): Promise<string> {
  await page.getByText('Keep a copy').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy of all versions' }).click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

/** On the open agreement page, `who` makes `term` stricter alone, choosing `option`. */
export async function tightenAlone(page: Page, who: string, term: string, option: string): Promise<void> {
  await page.getByText('Make a term stricter, on my own').click();
  await page.locator('input[name="tighten-partner"]').locator('xpath=..').filter({ hasText: who }).locator('input').check();
  await page.getByLabel('Which term?').selectOption({ label: term });
  await page.getByLabel(option, { exact: true }).check();
  await page.getByLabel(/Type your name to confirm/).fill(who);
  await page.getByRole('button', { name: 'Make this stricter now' }).click();
}

/** How many agreements the home page lists on this device. */
export async function agreementCount(page: Page, origin: string): Promise<number> {
  await page.goto(origin + '/');
  await page.locator('[data-saved-work="loaded"]').waitFor({ state: 'attached' });
  return page.getByRole('link', { name: 'Open agreement' }).count();
}
