import { describe, it, expect } from 'vitest';
import { APP_IDS } from '../../../lib/template/types';
import type { AppSettings, Template } from '../../../lib/template/types';
import { templateProblems } from '../../../lib/template/problems';
import { templates, defaultTemplate, findTemplate } from '../../../templates/index';
import { LEAK_RESOURCES, PRESSURE_RESOURCES, UNDER_18_RESOURCES } from '../../../templates/resources';

const all: readonly Template[] = templates;

/** Every string anywhere inside a value, with a path for readable failures. */
function walkStrings(value: unknown, path = '$'): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => walkStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => walkStrings(v, `${path}.${k}`));
  }
  return [];
}

/** Every settings object in a template, with where it came from. */
function allSettings(template: Template): { where: string; settings: AppSettings }[] {
  const out: { where: string; settings: AppSettings }[] = [];
  for (const section of template.sections) {
    for (const q of section.questions) {
      if (q.kind === 'choice') {
        for (const o of q.options) if (o.settings) out.push({ where: `${q.id}.${o.id}`, settings: o.settings });
      } else if (q.settings) {
        out.push({ where: q.id, settings: q.settings });
      }
    }
  }
  return out;
}

// Words the product must never use about itself or any app feature.
const BANNED: readonly RegExp[] = [
  /screenshot[- ]proof/i,
  /legally binding/i,
  /proof of consent/i,
  /\bis safe\b|\bare safe\b|\bsafe setting/i,
  /\benforceab/i,
  /\bnotari[sz]/i,
];

for (const template of all) {
  describe(`template ${template.id} v${template.version}`, () => {
    const questions = template.sections.flatMap((s) => s.questions);

    it('has no structural problem, and every reference resolves', () => {
      expect(templateProblems(template)).toEqual([]);
    });

    it('has a neutral, non-empty title', () => {
      expect(template.title.trim()).not.toBe('');
    });

    it('gives every section a title, a why and at least one question', () => {
      for (const s of template.sections) {
        expect(s.title.trim(), s.id).not.toBe('');
        expect(s.why.trim(), s.id).not.toBe('');
        expect(s.questions.length, s.id).toBeGreaterThan(0);
        if (s.checklist) expect(s.checklist.items.length, s.id).toBeGreaterThan(0);
        if (s.aside) expect(s.aside.points.length, s.id).toBeGreaterThan(0);
      }
    });

    it('gives every question a prompt and a short label', () => {
      for (const q of questions) {
        expect(q.prompt.trim(), q.id).not.toBe('');
        expect(q.short.trim(), q.id).not.toBe('');
      }
    });

    it('gives every option and commitment a non-empty clause and label', () => {
      for (const q of questions) {
        if (q.kind === 'choice') {
          for (const o of q.options) {
            expect(o.clause.trim(), `${q.id}.${o.id}`).not.toBe('');
            expect(o.label.trim(), `${q.id}.${o.id}`).not.toBe('');
          }
        } else {
          expect(q.clause.trim(), q.id).not.toBe('');
          expect(q.affirmation.trim(), q.id).not.toBe('');
        }
      }
    });

    it('uses none of the banned phrases anywhere', () => {
      const hits = walkStrings(template).filter(({ text }) => BANNED.some((re) => re.test(text)));
      expect(hits).toEqual([]);
    });

    it('has no empty strings anywhere', () => {
      const empty = walkStrings(template).filter(({ text }) => text.trim() === '');
      expect(empty).toEqual([]);
    });

    it('gives every settings entry either null or at least one non-empty step', () => {
      for (const { where, settings } of allSettings(template)) {
        for (const [app, setting] of Object.entries(settings)) {
          expect(APP_IDS as readonly string[], `${where}: ${app}`).toContain(app);
          if (setting === null) continue;
          expect(setting, `${where}: ${app}`).toBeDefined();
          expect(setting!.steps.length, `${where}: ${app}`).toBeGreaterThan(0);
          for (const step of setting!.steps) expect(step.trim(), `${where}: ${app}`).not.toBe('');
        }
      }
    });

    it('lists WhatsApp first wherever it has settings', () => {
      for (const { where, settings } of allSettings(template)) {
        const apps = Object.keys(settings);
        if (apps.includes('whatsapp')) expect(apps[0], where).toBe('whatsapp');
      }
    });

    it('gives every acknowledgement text', () => {
      for (const a of template.acknowledgements) expect(a.text.trim(), a.id).not.toBe('');
    });

    it('has help resources, each with a name, what it does and a contact', () => {
      const resources = template.resourceGroups.flatMap((group) => group.resources);
      expect(resources.length).toBeGreaterThan(0);
      for (const r of resources) {
        expect(r.contact.trim(), r.name).not.toBe('');
        expect(r.what.trim(), r.name).not.toBe('');
      }
    });

    it('can be found by id and version', () => {
      expect(findTemplate(template.id, template.version)).toBe(template);
    });
  });
}

const version1 = findTemplate('intimate-messaging', 1);
const version2 = findTemplate('intimate-messaging', 2);

describe('intimate-messaging template, version 1 (kept for every agreement signed on it)', () => {
  if (!version1) throw new Error('Version 1 must stay registered.');
  const t: Template = version1;

  it('covers every section of the outline, in order', () => {
    expect(t.id).toBe('intimate-messaging');
    expect(t.sections.map((s) => s.id)).toEqual([
      'consent',
      'sharing',
      'asking',
      'security',
      'chatSettings',
      'saving',
      'backups',
      'others',
      'somethingWrong',
      'endings',
      'revisiting',
    ]);
  });

  it('has the five acknowledgements', () => {
    expect(t.acknowledgements.map((a) => a.id)).toEqual([
      'notContract',
      'noConsentToShare',
      'tightenLoosen',
      'withdraw',
      'noGuarantee',
    ]);
  });

  it('shows the pressure aside, the camera notices, the crime notices and the checklists', () => {
    const byId = new Map(t.sections.map((s) => [s.id, s]));
    expect(byId.get('consent')?.aside?.points.length).toBeGreaterThan(0);
    for (const id of ['chatSettings', 'saving']) expect(byId.get(id)?.notice, id).toMatch(/camera/i);
    for (const id of ['others', 'endings']) expect(byId.get(id)?.notice, id).toMatch(/crime/i);
    expect(byId.get('somethingWrong')?.checklist?.items.length).toBeGreaterThan(0);
    expect(byId.get('endings')?.checklist?.items.length).toBeGreaterThan(0);
  });

  it('keeps the review cadence ids stable', () => {
    const q = t.sections.flatMap((s) => s.questions).find((x) => x.id === 'reviewCadence');
    expect(q?.kind).toBe('choice');
    if (q?.kind === 'choice') {
      expect(q.options.map((o) => o.id)).toEqual(['every6Months', 'every3Months', 'everyMonth']);
    }
  });

  it('makes the other-people section commitments only (it cannot be loosened)', () => {
    const others = t.sections.find((s) => s.id === 'others');
    expect(others?.questions.every((q) => q.kind === 'commitment')).toBe(true);
  });

  it('returns undefined for an unknown template or version', () => {
    expect(findTemplate('intimate-messaging', 999)).toBeUndefined();
    expect(findTemplate('nope', 1)).toBeUndefined();
  });
});

describe('support resources', () => {
  it('routes under-18s to Take It Down and the CyberTipline', () => {
    expect(UNDER_18_RESOURCES.map((r) => r.name)).toEqual(['Take It Down', 'NCMEC CyberTipline']);
  });

  it('never prints an unverified CCRI phone number', () => {
    const ccri = [...PRESSURE_RESOURCES, ...LEAK_RESOURCES].filter((r) => /cyber civil rights/i.test(r.name));
    expect(ccri.length).toBeGreaterThan(0);
    for (const r of ccri) expect(r.contact).not.toMatch(/\d{3}/);
  });

  it('groups the leak and the pressure resources in version 1', () => {
    expect(version1?.resourceGroups.map((group) => group.resources)).toEqual([LEAK_RESOURCES, PRESSURE_RESOURCES]);
  });
});

describe('intimate-messaging template, version 2', () => {
  if (!version2) throw new Error('Version 2 must be registered.');
  const t: Template = version2;

  it('is what new agreements start from, with version 1 still registered beside it', () => {
    expect(defaultTemplate).toBe(version2);
    expect(templates.map((each) => each.version)).toEqual([1, 2]);
  });

  it('covers the outline with the two new sections, in order', () => {
    expect(t.sections.map((s) => s.id)).toEqual([
      'consent',
      'sharing',
      'asking',
      'security',
      'devices',
      'chatSettings',
      'saving',
      'backups',
      'others',
      'somethingWrong',
      'hardTimes',
      'endings',
      'revisiting',
    ]);
  });

  it("keeps version 1's five acknowledgements in order and adds that it is not a record of consent", () => {
    expect(t.acknowledgements.map((a) => a.id)).toEqual(['notContract', 'noConsentToShare', 'notARecordOfConsent', 'tightenLoosen', 'withdraw', 'noGuarantee']);
  });

  it('keeps the notices, the commitments-only others section and the review ids', () => {
    const byId = new Map(t.sections.map((s) => [s.id, s]));
    for (const id of ['chatSettings', 'saving']) expect(byId.get(id)?.notice, id).toMatch(/camera/i);
    for (const id of ['others', 'endings']) expect(byId.get(id)?.notice, id).toMatch(/crime/i);
    expect(byId.get('others')?.questions.every((q) => q.kind === 'commitment')).toBe(true);
    expect(t.review).toEqual(version1?.review);
  });

  it('prints the CCRI number it has checked, with its source', () => {
    const ccri = t.help?.countries.flatMap((group) => group.resources).find((r) => /cyber civil rights/i.test(r.name));
    expect(ccri?.contact).toMatch(/844-878-2274/);
    expect(ccri?.source).toMatch(/consumer\.ftc\.gov/);
  });

  it('says how a version-1 agreement moves across', () => {
    expect(t.upgrade?.fromVersion).toBe(1);
  });
});
