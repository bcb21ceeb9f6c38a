import type { Page } from 'playwright-core';
import { defaultTemplate } from '../../templates';

export interface JourneyOptions {
  names?: { a: string; b: string };
  /** Option ids chosen by each partner, by question id; anything else stays on the default. */
  answers?: { a?: Record<string, string>; b?: Record<string, string> };
  customTerm?: string;
  /** Called after each partner's section, e.g. to run checks on every step. */
  onStep?: (page: Page, label: string) => Promise<void>;
}

export const DEFAULT_NAMES = { a: 'Zoë', b: 'José' };

/** Answers that differ on two questions, so the review has something to talk about. */
export const DIFFERING_ANSWERS = {
  a: { contentKinds: 'textAndVoiceOnly', disappearingMessages: 'after7Days' },
  b: { contentKinds: 'nothingForNow', disappearingMessages: 'after90Days' },
};

export async function passEntryCheck(page: Page, origin: string): Promise<void> {
  await page.goto(origin + '/');
  await page.getByRole('link', { name: 'Start a new agreement' }).click();
  await page.getByLabel('Yes, we are both 18 or over').check();
  await page.getByLabel('Yes, we both want to').check();
  await page.getByLabel('Yes, it is safe right now').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Who is this agreement between?' }).waitFor();
}

export async function fillSetup(page: Page, names: { a: string; b: string }): Promise<void> {
  await page.getByLabel('First person').fill(names.a);
  await page.getByLabel('Second person').fill(names.b);
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Answers every section for one partner: ticks each commitment and picks the given options. */
export async function answerAllSections(page: Page, chosen: Record<string, string>, onStep?: (label: string) => Promise<void>): Promise<void> {
  const total = defaultTemplate.sections.length;
  for (const [index, section] of defaultTemplate.sections.entries()) {
    await page.getByRole('heading', { level: 1, name: section.title }).waitFor();
    for (const question of section.questions) {
      if (question.kind === 'commitment') await page.locator(`input[name="${question.id}"]`).check();
      else if (chosen[question.id]) await page.locator(`input[name="${question.id}"][value="${chosen[question.id]}"]`).check();
    }
    await onStep?.(section.id);
    await page.getByRole('button', { name: index + 1 === total ? 'Finish my answers' : 'Next' }).click();
  }
}

/** From home to partner B's turn: A has answered (`answersA`, defaults elsewhere) and B has taken the phone. */
export async function reachPartnerB(page: Page, origin: string, answersA: Record<string, string>, names = { a: 'Ana', b: 'Bo' }): Promise<void> {
  await passEntryCheck(page, origin);
  await fillSetup(page, names);
  await page.getByRole('button', { name: `I’m ${names.a}, and I’m answering for myself` }).click();
  await answerAllSections(page, answersA);
  await page.getByRole('button', { name: `I’m ${names.b}, ready to answer` }).click();
}

/** After the first signature the phone is handed over: the second signer says who they are first. */
export async function takePhoneToSign(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { name: new RegExp(`Please pass the phone to ${name}$`) }).waitFor();
  await page.getByRole('button', { name: `I’m ${name}, ready to read and sign` }).click();
}

/** Signs as `name`; `second` takes the phone through the hand-over first. */
export async function signAs(page: Page, name: string, second = false): Promise<void> {
  if (second) await takePhoneToSign(page, name);
  await page.getByRole('heading', { name: `${name}, please read and sign` }).waitFor();
  for (const box of await page.locator('input[name="acks"]').all()) await box.check();
  await page.getByLabel(/Type your name to sign/).fill(name);
  await page.getByRole('button', { name: `Sign as ${name}` }).click();
}

/** The whole together-on-one-phone journey, from home to signed version 1. */
export async function completeJourney(page: Page, origin: string, options: JourneyOptions = {}) {
  const names = options.names ?? DEFAULT_NAMES;
  const answers = options.answers ?? DIFFERING_ANSWERS;
  const step = (label: string) => options.onStep?.(page, label) ?? Promise.resolve();
  await passEntryCheck(page, origin);
  await step('setup');
  await fillSetup(page, names);
  await page.getByRole('button', { name: `I’m ${names.a}, and I’m answering for myself` }).click();
  await answerAllSections(page, answers.a ?? {}, (id) => step(`a-${id}`));
  await page.getByRole('heading', { name: `Thank you, ${names.a}` }).waitFor();
  await step('handover');
  await page.getByRole('button', { name: `I’m ${names.b}, ready to answer` }).click();
  await answerAllSections(page, answers.b ?? {}, (id) => step(`b-${id}`));
  await page.getByRole('heading', { name: 'Your terms, together' }).waitFor();
  await step('review');
  const accept = page.getByRole('button', { name: 'Accept the suggestion' });
  while ((await accept.count()) > 0) await accept.first().click();
  if (options.customTerm) {
    await page.getByLabel('The term').fill(options.customTerm);
    await page.getByRole('button', { name: 'Add this term' }).click();
  }
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  await step('sign');
  await signAs(page, names.a);
  await step('sign-handover');
  await signAs(page, names.b, true);
  await page.waitForURL(/\/agreement\?id=/);
  await page.getByRole('heading', { name: /Our agreement/ }).waitFor();
  return { names, url: page.url() };
}
