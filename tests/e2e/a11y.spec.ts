import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { MOBILE, newPage, startApp, type App } from './harness';
import { NOT_FOUND_PATH, PAGES, waitForHydration, walkEveryScreen } from './trust-helpers';
import { defaultTemplate } from '../../templates';

// WCAG 2.2 AA in a real browser: axe on every page and every wizard step in both
// themes, a whole journey by keyboard alone, announced form errors, 44 px touch
// targets at 390×844, and text at 200% without loss.

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axeProblems(page: Page, label: string): Promise<string[]> {
  // From the top: axe counts a target under the sticky header as obscured, which depends only on where the last click scrolled.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${label}: ${violation.id} (${violation.impact}) ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`).join('\n'),
  );
}

async function visitAll(page: Page, check: (label: string) => Promise<void>): Promise<void> {
  for (const { path, heading } of PAGES) {
    await page.goto(app.origin + path);
    await waitForHydration(page);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await check(path);
  }
  await page.goto(app.origin + NOT_FOUND_PATH);
  await waitForHydration(page);
  await check('not found (404)');
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`axe, WCAG 2.2 AA, ${colorScheme} theme`, () => {
    test('every page', async () => {
      const { context, page } = await newPage(app, { ...MOBILE, colorScheme });
      const problems: string[] = [];
      await visitAll(page, async (label) => {
        problems.push(...(await axeProblems(page, label)));
      });
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('every wizard step, error state and the signed agreement', async () => {
      const { context, page } = await newPage(app, { ...MOBILE, colorScheme });
      const problems: string[] = [];
      let screens = 0;
      await walkEveryScreen(page, app.origin, async (label) => {
        screens += 1;
        problems.push(...(await axeProblems(page, label)));
      });
      assert.ok(screens >= defaultTemplate.sections.length * 2 + 10, `checked ${screens} screens`);
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

// ---------------------------------------------------------------------------
// Keyboard alone

interface Focused {
  readonly tag: string;
  readonly type: string;
  readonly name: string;
  readonly value: string;
  readonly id: string;
  readonly text: string;
  readonly checked: boolean;
  readonly focusVisible: boolean;
}

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    if (!element || element === document.body) return null;
    return {
      tag: element.tagName.toLowerCase(),
      type: element.type ?? '',
      name: element.name ?? '',
      value: element.value ?? '',
      id: element.id,
      text: (element.textContent ?? '').trim(),
      checked: Boolean(element.checked),
      focusVisible: element.matches(':focus-visible'),
    };
  });
}

/** The focused element is not entirely hidden, by the sticky header or anything else (WCAG 2.4.11). */
function isFocusUnobscured(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return false;
    const target = element.matches('input[type="radio"], input[type="checkbox"]') ? (element.closest('label') ?? element) : element;
    const box = target.getBoundingClientRect();
    const points: Array<[number, number]> = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 2, box.top + 2],
      [box.right - 2, box.top + 2],
      [box.left + 2, box.bottom - 2],
      [box.right - 2, box.bottom - 2],
    ];
    return points.some(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (target.contains(hit) || hit.contains(target));
    });
  });
}

/** Presses Tab until the focused element matches; focus must be visible when it gets there. */
async function tabTo(page: Page, what: string, matches: (element: Focused) => boolean): Promise<Focused> {
  for (let presses = 0; presses < 150; presses += 1) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (element && matches(element)) {
      assert.ok(element.focusVisible, `focus is visible on ${what}`);
      assert.ok(await isFocusUnobscured(page), `${what} is not hidden under the sticky header when focused (WCAG 2.4.11)`);
      return element;
    }
  }
  throw new Error(`Tab never reached ${what} (on ${page.url()})`);
}

const button = (text: string) => (element: Focused) => (element.tag === 'button' || element.tag === 'a') && element.text === text;

async function pressButton(page: Page, text: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, `“${text}”`, button(text));
  await page.keyboard.press(key);
}

/** Moves a radio group's selection with the arrow keys until `value` is chosen. */
async function chooseWithArrows(page: Page, name: string, value: string): Promise<void> {
  const start = await tabTo(page, `the ${name} options`, (element) => element.type === 'radio' && element.name === name);
  let current = start;
  for (let presses = 0; current.value !== value && presses < 10; presses += 1) {
    await page.keyboard.press('ArrowDown');
    current = (await focused(page)) ?? current;
  }
  assert.equal(current.value, value, `${name} reached ${value} with the arrow keys`);
  assert.ok(current.checked);
}

async function answerSectionsByKeyboard(page: Page, chosen: Record<string, string>): Promise<void> {
  const total = defaultTemplate.sections.length;
  for (const [index, section] of defaultTemplate.sections.entries()) {
    await page.getByRole('heading', { level: 1, name: section.title }).waitFor();
    for (const question of section.questions) {
      if (question.kind === 'commitment') {
        await tabTo(page, question.id, (element) => element.type === 'checkbox' && element.name === question.id);
        await page.keyboard.press('Space');
      } else if (chosen[question.id]) {
        await chooseWithArrows(page, question.id, chosen[question.id] as string);
      }
    }
    await pressButton(page, index + 1 === total ? 'Finish my answers' : 'Next');
  }
}

async function signByKeyboard(page: Page, partner: 'a' | 'b', name: string): Promise<void> {
  await page.getByRole('heading', { name: `${name}, please read and sign` }).waitFor();
  for (const _ack of defaultTemplate.acknowledgements) {
    await tabTo(page, 'an acknowledgement', (element) => element.name === 'acks' && !element.checked);
    await page.keyboard.press('Space');
  }
  await tabTo(page, 'the signature field', (element) => element.id === `sign-${partner}`);
  await page.keyboard.type(name);
  await pressButton(page, `Sign as ${name}`);
}

test('a whole journey with the keyboard alone (Tab, Space, Enter, arrow keys)', async () => {
  const { context, page } = await newPage(app, { viewport: { width: 390, height: 844 } });
  const names = { a: 'Ana', b: 'Bo' };
  const answers = {
    a: { contentKinds: 'textAndVoiceOnly', disappearingMessages: 'after7Days' },
    b: { contentKinds: 'nothingForNow', disappearingMessages: 'after90Days' },
  };
  await page.goto(app.origin + '/');
  await waitForHydration(page);
  // The skip link comes first and moves focus to the content.
  const skip = await tabTo(page, 'the skip link', button('Skip to content'));
  assert.equal(skip.tag, 'a');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'after the skip link, Tab goes into the content');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Before you start' }).waitFor();
  await waitForHydration(page);
  for (const name of ['adults', 'freely', 'safeNow']) {
    await tabTo(page, `the ${name} question`, (element) => element.type === 'radio' && element.name === name);
    await page.keyboard.press('Space');
  }
  await pressButton(page, 'Continue');

  await page.getByRole('heading', { name: 'Who is this agreement between?' }).waitFor();
  await tabTo(page, 'the first name', (element) => element.id === 'name-a');
  await page.keyboard.type(names.a);
  await tabTo(page, 'the second name', (element) => element.id === 'name-b');
  await page.keyboard.type(names.b);
  await pressButton(page, 'Continue');

  await pressButton(page, `I’m ${names.a}, and I’m answering for myself`);
  await answerSectionsByKeyboard(page, answers.a);
  await pressButton(page, `I’m ${names.b}, ready to answer`);
  await answerSectionsByKeyboard(page, answers.b);

  await page.getByRole('heading', { name: 'Your terms, together' }).waitFor();
  for (let index = 0; index < 2; index += 1) await pressButton(page, 'Accept the suggestion');
  // A custom term, added by the second partner: the author is chosen with an arrow key.
  await tabTo(page, 'the author choice', (element) => element.type === 'radio' && element.name === 'custom-author');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page))?.checked, true);
  await tabTo(page, 'the term field', (element) => element.id === 'custom-text');
  await page.keyboard.type('We keep our phones face down at dinner.');
  await pressButton(page, 'Add this term');
  await pressButton(page, 'Continue to signing');

  await signByKeyboard(page, 'a', names.a);
  await pressButton(page, `I’m ${names.b}, ready to read and sign`);
  await signByKeyboard(page, 'b', names.b);
  await page.waitForURL(/\/agreement\?id=/);
  await page.getByRole('heading', { name: `Our agreement: ${names.a} and ${names.b}` }).waitFor();
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('We keep our phones face down at dinner.'));
  assert.ok(text.includes(`Added by ${names.b}`), 'the author was chosen with the arrow key');
  await context.close();
});

// ---------------------------------------------------------------------------
// Errors are announced

/**
 * The field is marked invalid and described by a live message: role=alert,
 * visible, with the expected text, and referenced by aria-describedby on the
 * field itself or on the fieldset that groups it.
 */
async function announcementProblems(page: Page, fieldSelector: string, message: RegExp): Promise<string[]> {
  const problems: string[] = [];
  const field = page.locator(fieldSelector).first();
  await page.getByRole('alert').filter({ hasText: message }).first().waitFor({ timeout: 5000 }).catch(() => undefined);
  if ((await field.getAttribute('aria-invalid')) !== 'true') problems.push(`${fieldSelector}: no aria-invalid="true" while its error shows`);
  const describedBy = await field.evaluate((element) =>
    [element.getAttribute('aria-describedby'), element.closest('fieldset')?.getAttribute('aria-describedby')].join(' '),
  );
  const ids = describedBy.split(/\s+/).filter((id) => id && id !== 'null' && id !== 'undefined');
  const described: string[] = [];
  for (const id of ids) {
    const element = page.locator(`[id="${id}"]`);
    if ((await element.count()) === 0) continue;
    if ((await element.getAttribute('role')) === 'alert' && (await element.isVisible())) described.push(await element.innerText());
  }
  if (!described.some((text) => message.test(text))) {
    problems.push(`${fieldSelector}: aria-describedby (${ids.join(' ') || 'none'}) points to no visible role=alert saying ${message}`);
  }
  const alerts = await page.getByRole('alert').allInnerTexts();
  if (!alerts.some((text) => message.test(text))) problems.push(`no role=alert says ${message}`);
  return problems;
}

test('form errors are announced: role=alert, aria-invalid, aria-describedby', async () => {
  const { context, page } = await newPage(app, MOBILE);
  const problems: string[] = [];
  const assertAnnounced = async (selector: string, message: RegExp) => {
    problems.push(...(await announcementProblems(page, selector, message)));
  };
  await page.goto(app.origin + '/start');
  await waitForHydration(page);
  await page.getByRole('button', { name: 'Continue' }).click();
  for (const name of ['adults', 'freely', 'safeNow']) {
    await assertAnnounced(`input[name="${name}"]`, /Please answer this question/);
  }

  const { passEntryCheck, fillSetup } = await import('./journey');
  await passEntryCheck(page, app.origin);
  await page.getByRole('button', { name: 'Continue' }).click();
  await assertAnnounced('#name-a', /Please enter a name or nickname/);
  await assertAnnounced('#name-b', /Please enter a name or nickname/);
  await page.locator('input[name="apps"]:checked').uncheck();
  await page.getByLabel('First person').fill('Sam');
  await page.getByLabel('Second person').fill(' sam ');
  await page.getByRole('button', { name: 'Continue' }).click();
  await assertAnnounced('#name-b', /two different names/);
  await assertAnnounced('input[name="apps"]', /at least one app/);

  await page.locator('input[name="apps"][value="whatsapp"]').check();
  await fillSetup(page, { a: 'Sam', b: 'Alex' });
  await page.getByRole('button', { name: 'I’m Sam, and I’m answering for myself' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  const commitment = defaultTemplate.sections[0]?.questions.find((question) => question.kind === 'commitment');
  assert.ok(commitment);
  await assertAnnounced(`input[name="${commitment.id}"]`, /Please tick this/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('errors at review and signing are announced too', async () => {
  const { context, page } = await newPage(app, MOBILE);
  const problems: string[] = [];
  const assertAnnounced = async (selector: string, message: RegExp) => {
    problems.push(...(await announcementProblems(page, selector, message)));
  };
  const { passEntryCheck, fillSetup, answerAllSections } = await import('./journey');
  await passEntryCheck(page, app.origin);
  await fillSetup(page, { a: 'Sam', b: 'Alex' });
  await page.getByRole('button', { name: 'I’m Sam, and I’m answering for myself' }).click();
  await answerAllSections(page, {});
  await page.getByRole('button', { name: 'I’m Alex, ready to answer' }).click();
  await answerAllSections(page, {});
  await page.getByRole('button', { name: 'Add this term' }).click();
  await assertAnnounced('#custom-text', /Please write the term/);
  await page.getByRole('button', { name: 'Continue to signing' }).click();
  await page.getByLabel(/Type your name to sign/).fill('Alex');
  await page.getByRole('button', { name: 'Sign as Sam' }).click();
  await assertAnnounced('#sign-a', /Please type your name exactly/);
  await assertAnnounced('input[name="acks"]', /Please read and tick each statement/);
  assert.deepEqual(problems, []);
  await context.close();
});

// ---------------------------------------------------------------------------
// Touch targets and text size, at 390×844

const MIN_TARGET = 44;

/** Every button, link, field and choice label smaller than 44×44 CSS px, as "tag “text” w×h". */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = new Set<HTMLElement>();
    for (const element of document.querySelectorAll<HTMLElement>('a[href], button, summary, input:not([type="hidden"]), textarea, select')) {
      // A radio or checkbox is operated through its whole label.
      targets.add(element.matches('input[type="radio"], input[type="checkbox"]') ? (element.closest('label') ?? element) : element);
    }
    const small: string[] = [];
    for (const target of targets) {
      const style = getComputedStyle(target);
      if (style.display === 'none' || style.visibility === 'hidden' || target.closest('[hidden]')) continue;
      // WCAG's inline exception: a link inside a sentence is sized by the text around it.
      const parent = target.parentElement;
      const isInline = style.display === 'inline' && parent !== null && [...parent.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      if (isInline) continue;
      // The skip link is measured as it shows: when focused.
      if (target.classList.contains('skip-link')) target.focus();
      const box = target.getBoundingClientRect();
      if (target.classList.contains('skip-link')) target.blur();
      if (box.width < min || box.height < min) {
        small.push(`${target.tagName.toLowerCase()} “${(target.textContent ?? '').trim().slice(0, 40)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  }, MIN_TARGET);
}

/** At a 200% root font size: no sideways scrolling, main content visible, nothing clipped. */
async function textScalingProblems(page: Page, label: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const root = document.documentElement;
    const before = root.style.fontSize;
    root.style.fontSize = '200%';
    const found: string[] = [];
    if (root.scrollWidth > root.clientWidth) found.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const main = document.querySelector('main');
    const box = main?.getBoundingClientRect();
    if (!main || !box || box.width === 0 || box.height === 0 || (main.textContent ?? '').trim() === '') found.push('main content is not visible');
    for (const element of document.querySelectorAll<HTMLElement>('main *, header *')) {
      const style = getComputedStyle(element);
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) && element.getAttribute('role') !== 'progressbar' && element.tagName !== 'PROGRESS') {
        found.push(`clipped: ${element.tagName.toLowerCase()}.${element.className}`);
      }
      const rect = element.getBoundingClientRect();
      if (rect.right > root.clientWidth + 1 && style.position !== 'absolute') found.push(`overflows the screen: ${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}”`);
    }
    root.style.fontSize = before;
    return [...new Set(found)];
  });
  return problems.map((problem) => `${label}: ${problem}`);
}

describe('at 390×844', () => {
  test('touch targets are at least 44×44 px on every page and step', async () => {
    const { context, page } = await newPage(app, MOBILE);
    const problems: string[] = [];
    const check = async (label: string) => {
      problems.push(...(await smallTargets(page)).map((problem) => `${label}: ${problem}`));
    };
    await visitAll(page, check);
    await walkEveryScreen(page, app.origin, check);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('text scales to 200% without loss on every page and step', async () => {
    const { context, page } = await newPage(app, MOBILE);
    const problems: string[] = [];
    const check = async (label: string) => {
      problems.push(...(await textScalingProblems(page, label)));
    };
    await visitAll(page, check);
    await walkEveryScreen(page, app.origin, check);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('the support page with a country chosen passes axe in both themes, with 44 px targets', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const { context, page } = await newPage(app, { ...MOBILE, colorScheme });
    await page.goto(app.origin + '/support');
    await waitForHydration(page);
    await page.getByRole('combobox', { name: 'Where are you?' }).first().selectOption('CA');
    // Canada has no national line for adults: the gap note says so kindly, and the help for anywhere still shows.
    await page.getByText(/no national line for adults/).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Worried about a young person?' }).waitFor();
    const problems = [...(await axeProblems(page, `support, Canada, ${colorScheme}`)), ...(await smallTargets(page))];
    assert.deepEqual(problems, []);
    await context.close();
  }
});
