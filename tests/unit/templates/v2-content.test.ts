import { describe, expect, it } from 'vitest';
import { APP_IDS, DEVICE_IDS, type AppSettings, type DeviceSettings, type Question } from '../../../lib/template/types';
import { helpFor } from '../../../lib/template/help';
import { PRINTABLE_RANGES } from '../../../lib/pdf/printable';
import { intimateMessaging } from '../../../templates/v1';
import { ANYWHERE_RESOURCES } from '../../../templates/regions/anywhere';
import { COUNTRY_GROUPS } from '../../../templates/regions/countries';
import { REGIONAL_HELP, UNDER_18_BLOCK, WORRIED_PARENT_BLOCK } from '../../../templates/regions/help-blocks';
import { intimateMessagingV2 as v2, V2_SECTIONS, V2_TEMPLATE_NOTES } from '../../../templates/v2';
import { V1_TO_V2_COMMITMENTS, V1_TO_V2_OPTIONS, V1_TO_V2_QUESTIONS } from '../../../templates/v2/upgrade-map';

const v2Questions = v2.sections.flatMap((section) => [...section.questions]);
const v1Questions = intimateMessaging.sections.flatMap((section): Question[] => [...section.questions]);
const byId = (questions: readonly Question[], id: string) => questions.find((question) => question.id === id);

function strings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => strings(item, found));
  return found;
}

const everything = [V2_SECTIONS, v2.acknowledgements, V2_TEMPLATE_NOTES, ANYWHERE_RESOURCES, COUNTRY_GROUPS, UNDER_18_BLOCK, WORRIED_PARENT_BLOCK];

describe('template version 2 content', () => {
  it('keeps both rules: options least to most protective, the most protective as default', () => {
    for (const question of v2Questions) {
      if (question.kind !== 'choice') continue;
      const ranks = question.options.map((option) => option.rank);
      expect(ranks, question.id).toEqual([...ranks].sort((a, b) => a - b));
      expect(new Set(ranks).size, question.id).toBe(ranks.length);
      expect(question.options.at(-1)?.id, question.id).toBe(question.defaultOption);
    }
  });

  it('gives every choice two or more camelCase options, and no string anywhere is empty', () => {
    for (const question of v2Questions) {
      if (question.kind !== 'choice') continue;
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
      for (const option of question.options) expect(option.id, question.id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
    expect(strings(everything).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('gives every settings entry known apps or devices, WhatsApp first, and real steps', () => {
    const entries: { where: string; settings: AppSettings | DeviceSettings; keys: readonly string[] }[] = [];
    for (const question of V2_SECTIONS.flatMap((section): Question[] => [...section.questions])) {
      const holders = question.kind === 'choice' ? question.options.map((option) => [`${question.id}.${option.id}`, option] as const) : [[question.id, question] as const];
      for (const [where, holder] of holders) {
        if (holder.settings) entries.push({ where, settings: holder.settings, keys: APP_IDS });
        if (holder.device) entries.push({ where: `${where} (device)`, settings: holder.device, keys: DEVICE_IDS });
      }
    }
    expect(entries.length).toBeGreaterThan(20);
    for (const { where, settings, keys } of entries) {
      const names = Object.keys(settings);
      if (names.includes('whatsapp')) expect(names[0], where).toBe('whatsapp');
      for (const [name, setting] of Object.entries(settings)) {
        expect(keys as readonly string[], where).toContain(name);
        if (setting === null) continue;
        expect(setting?.steps.length, `${where}: ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it('has unique camelCase ids for sections and questions', () => {
    const sectionIds = v2.sections.map((section) => section.id);
    const questionIds = v2Questions.map((question) => question.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    for (const id of questionIds) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('reuses every unchanged version-1 question as the very same object', () => {
    for (const entry of V1_TO_V2_QUESTIONS.filter((change) => change.change === 'same')) {
      expect(byId(v2Questions, entry.question), entry.question).toBe(byId(v1Questions, entry.question));
    }
  });

  it('inside a changed question, reuses every word-for-word version-1 option as the very same object', () => {
    let reused = 0;
    for (const question of v2Questions) {
      const old = byId(v1Questions, question.id);
      if (question.kind !== 'choice' || old?.kind !== 'choice' || old === question) continue;
      for (const option of question.options) {
        const before = old.options.find((item) => item.id === option.id);
        if (!before || JSON.stringify(before) !== JSON.stringify(option)) continue;
        expect(option, `${question.id}.${option.id}`).toBe(before);
        reused += 1;
      }
    }
    expect(reused).toBeGreaterThan(0);
  });

  it('maps every version-2 question once, and every version-1 question to somewhere', () => {
    const mapped = V1_TO_V2_QUESTIONS.filter((change) => change.change !== 'replaced').map((change) => change.question);
    expect(mapped).toEqual(v2Questions.map((question) => question.id));
    for (const question of v1Questions) {
      const entry = V1_TO_V2_QUESTIONS.find((change) => change.question === question.id);
      expect(entry, question.id).toBeDefined();
      if (entry?.change === 'replaced') expect(byId(v2Questions, entry.by), entry.by).toBeDefined();
      else expect(byId(v2Questions, question.id), question.id).toBeDefined();
    }
    for (const entry of V1_TO_V2_QUESTIONS) {
      if (entry.change === 'new') expect(byId(v1Questions, entry.question), entry.question).toBeUndefined();
    }
  });

  it('keeps every version-1 option, so nothing is silently removed, and names each changed one', () => {
    for (const old of v1Questions) {
      const next = byId(v2Questions, old.id);
      if (old.kind !== 'choice' || next?.kind !== 'choice') continue;
      for (const option of old.options) {
        const same = next.options.find((candidate) => candidate.id === option.id);
        expect(same, `${old.id}.${option.id}`).toBeDefined();
        if (same && same.clause !== option.clause) {
          expect(V1_TO_V2_OPTIONS.some((change) => change.question === old.id && change.from === option.id), `${old.id}.${option.id}`).toBe(true);
        }
      }
    }
    for (const change of V1_TO_V2_OPTIONS) {
      const next = byId(v2Questions, change.question);
      expect(next?.kind === 'choice' && next.options.some((option) => option.id === change.to), change.question).toBe(true);
      expect(change.direction).not.toBe('looser');
    }
  });

  it('names every changed commitment, and changed commitments really changed', () => {
    for (const old of v1Questions) {
      if (old.kind !== 'commitment') continue;
      const next = byId(v2Questions, old.id);
      const listed = V1_TO_V2_COMMITMENTS.some((change) => change.from === old.id);
      expect(listed, old.id).toBe(next === undefined || (next.kind === 'commitment' && next.clause !== old.clause));
    }
  });

  it('adds an acknowledgement that the agreement is not a record of consent, keeping version 1 ones', () => {
    const ids = v2.acknowledgements.map((ack) => ack.id);
    for (const ack of intimateMessaging.acknowledgements) expect(ids).toContain(ack.id);
    expect(v2.acknowledgements.find((ack) => ack.id === 'notARecordOfConsent')?.text).toMatch(/isn't a record/);
  });

  it('never uses words the product must not use', () => {
    const banned = [/screenshot[- ]proof/i, /legally binding/i, /proof of consent/i, /\bis safe\b|\bare safe\b|\bsafe setting/i, /\benforceab/i, /\bnotari[sz]/i, /Contain first\. Blame/];
    for (const text of strings(everything)) for (const pattern of banned) expect(text, text).not.toMatch(pattern);
  });

  it('uses only characters the PDF font can print', () => {
    const printable = (codePoint: number) => PRINTABLE_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
    const missing = new Set<string>();
    for (const text of strings(everything)) {
      for (const char of text.normalize('NFC')) {
        const codePoint = char.codePointAt(0) ?? 0;
        if (!printable(codePoint)) missing.add(`U+${codePoint.toString(16)} in “${text.slice(0, 50)}”`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

const COUNTRY_CODES = ['US', 'GB', 'CA', 'AU', 'NZ', 'IE', 'DE', 'FR', 'IT', 'ES', 'IN', 'BR'];
const resourcesFor = (country: string, need: Parameters<typeof helpFor>[2]) => helpFor(REGIONAL_HELP, country, need);

describe('help by country', () => {
  const all = [...ANYWHERE_RESOURCES, ...COUNTRY_GROUPS.flatMap((group) => group.resources)];

  it('covers every listed country once, each with services or an honest gap note', () => {
    expect(COUNTRY_GROUPS.map((group) => group.code)).toEqual([...COUNTRY_CODES]);
    for (const group of COUNTRY_GROUPS) expect(group.resources.length > 0 || Boolean(group.gapNote), group.code).toBe(true);
  });

  it('gives every entry an id, a source, a contact and what it really does', () => {
    const ids = new Set<string>();
    for (const resource of all) {
      for (const field of [resource.id, resource.name, resource.what, resource.does, resource.contact, resource.source, resource.where]) {
        expect(field.trim(), resource.id).not.toBe('');
      }
      expect(ids.has(resource.id), resource.id).toBe(false);
      ids.add(resource.id);
    }
  });

  it('always shows StopNCII, Take It Down, the local emergency number and stopstalkerware.org', () => {
    expect(ANYWHERE_RESOURCES.map((resource) => resource.id)).toEqual(['localEmergency', 'stopNcii', 'takeItDown', 'stopStalkerware']);
    for (const id of ['stopNcii', 'takeItDown']) {
      expect(ANYWHERE_RESOURCES.find((resource) => resource.id === id)?.does).toMatch(/never private or encrypted chats|doesn't reach private or encrypted chats/);
    }
  });

  it('tells the UK apart: domestic abuse goes to Refuge, images to the Revenge Porn Helpline', () => {
    expect(resourcesFor('GB', 'abuse').map((resource) => resource.id)).toContain('refugeHelpline');
    expect(resourcesFor('GB', 'abuse').map((resource) => resource.id)).not.toContain('ukRevengePornHelpline');
    expect(resourcesFor('GB', 'images').map((resource) => resource.id)).toContain('ukRevengePornHelpline');
  });

  it('never offers an adults-only service to someone under 18, and always keeps the emergency line', () => {
    for (const code of COUNTRY_CODES) {
      const list = resourcesFor(code, 'under18');
      expect(list.some((resource) => resource.audience === 'adults'), code).toBe(false);
      expect(list.some((resource) => resource.id === 'takeItDown'), code).toBe(true);
      expect(list.some((resource) => resource.id === 'localEmergency'), code).toBe(true);
    }
    expect(UNDER_18_BLOCK.resources.some((resource) => resource.audience === 'adults')).toBe(false);
  });

  it('speaks to a teenager without calling them a criminal, and to a parent without offering to watch', () => {
    expect(strings(UNDER_18_BLOCK).join(' ')).not.toMatch(/illegal|crime|criminal/i);
    expect(strings(UNDER_18_BLOCK).join(' ')).toMatch(/not in trouble/);
    expect(WORRIED_PARENT_BLOCK.paragraphs.join(' ')).toMatch(/doesn't monitor/);
    expect(WORRIED_PARENT_BLOCK.resources.map((resource) => resource.id)).toEqual(['takeItDown', 'reportRemove', 'ncmecCybertipline']);
  });
});
