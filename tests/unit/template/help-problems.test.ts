import { describe, expect, it } from 'vitest';
import { templateProblems } from '../../../lib/template/problems';
import type { HelpResource, Template, TemplateHelp } from '../../../lib/template/types';
import { findTemplate } from '../../../templates/index';

const v2 = findTemplate('intimate-messaging', 2)!;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A copy of version 2 with its help (or something else) changed the way a careless edit would. */
function withHelp(change: (help: Mutable<TemplateHelp>) => void): Template {
  const copy = structuredClone(v2) as Mutable<Template>;
  const help = copy.help as Mutable<TemplateHelp>;
  change(help);
  return copy;
}

function firstCountryResource(help: Mutable<TemplateHelp>): Mutable<HelpResource> {
  return help.countries[0]!.resources[0] as Mutable<HelpResource>;
}

describe('templateProblems: help by country, notes, devices and the upgrade map', () => {
  it('finds none in version 2', () => {
    expect(templateProblems(v2)).toEqual([]);
  });

  const cases: [string, Template, RegExp][] = [
    ['a resource with no source', withHelp((help) => (firstCountryResource(help).source = ' ')), /has no source/],
    ['a resource with no contact', withHelp((help) => (firstCountryResource(help).contact = '')), /has no contact/],
    ['a resource that does not say what it does', withHelp((help) => (firstCountryResource(help).does = '')), /what it really does/],
    ['no emergency line anywhere', withHelp((help) => (help.anywhere = help.anywhere.filter((r) => !r.needs.includes('emergency')))), /emergency line/],
    ['a country code that is not ISO', withHelp((help) => (help.countries = [{ ...help.countries[0]!, code: 'Uk' }, ...help.countries.slice(1)])), /"Uk" must be two capital letters/],
    ['a country listed twice', withHelp((help) => (help.countries = [...help.countries, help.countries[0]!])), /listed twice/],
    ['a country with no help and no note', withHelp((help) => (help.countries = [...help.countries, { code: 'PT', name: 'Portugal', resources: [] }])), /"PT" lists no help and no note/],
    [
      'two different resources with one id',
      withHelp((help) => (help.countries = [...help.countries, { code: 'PT', name: 'Portugal', resources: [{ ...firstCountryResource(help), name: 'Another' }] }])),
      /share the id/,
    ],
    [
      'a help block naming a resource the template does not list',
      withHelp((help) => (help.worriedParent = { ...help.worriedParent, resources: [{ ...help.worriedParent.resources[0]!, id: 'madeUp' }] })),
      /refers to "madeUp"/,
    ],
    [
      'an adults-only service in the under-18 help',
      withHelp((help) => {
        const adults = help.countries.flatMap((group) => group.resources).find((r) => r.audience === 'adults')!;
        help.under18 = { ...help.under18, resources: [...help.under18.resources, adults] };
      }),
      /for adults only/,
    ],
    [
      'a section asking for help no resource gives',
      withHelp((help) => {
        help.anywhere = help.anywhere.map((r) => ({ ...r, needs: r.needs.filter((need) => need !== 'stalkerware') }));
        help.countries = help.countries.map((group) => ({ ...group, resources: group.resources.map((r) => ({ ...r, needs: r.needs.filter((need) => need !== 'stalkerware') })) }));
        help.under18 = { ...help.under18, resources: [] };
        help.worriedParent = { ...help.worriedParent, resources: [] };
      }),
      /help for "stalkerware", which no resource gives/,
    ],
  ];

  it.each(cases)('reports %s', (_what, copy, expected) => {
    const problems = templateProblems(copy);
    expect(problems.some((problem) => expected.test(problem)), problems.join('\n')).toBe(true);
  });

  it('reports help needs on a template that has no help by country', () => {
    const copy = structuredClone(v2) as Mutable<Template>;
    delete copy.help;
    expect(templateProblems(copy).some((problem) => /has no help by country/.test(problem))).toBe(true);
  });

  it('reports a device key that is not a device, and an empty note', () => {
    const copy = structuredClone(v2) as Mutable<Template>;
    const sections = copy.sections as unknown as { questions: { kind: string; device?: object }[]; notes?: { text: string }[] }[];
    const commitment = sections.flatMap((section) => section.questions).find((question) => question.kind === 'commitment' && question.device)!;
    commitment.device = { ...commitment.device, fridge: { steps: ['Open the door'] } };
    sections.find((section) => section.notes?.length)!.notes![0]!.text = '';
    const problems = templateProblems(copy);
    expect(problems.some((problem) => /unknown device "fridge"/.test(problem)), problems.join('\n')).toBe(true);
    expect(problems.some((problem) => /is empty/.test(problem)), problems.join('\n')).toBe(true);
  });

  it('reports an upgrade map that misses a question or names one that is gone', () => {
    const copy = structuredClone(v2) as Mutable<Template>;
    const upgrade = copy.upgrade!;
    copy.upgrade = { ...upgrade, questions: [...upgrade.questions.slice(1), { question: 'vanished', change: 'same' }] };
    const problems = templateProblems(copy);
    expect(problems.some((problem) => /does not say how question "checkInStyle" carries over/.test(problem)), problems.join('\n')).toBe(true);
    expect(problems.some((problem) => /question "vanished"/.test(problem)), problems.join('\n')).toBe(true);
  });
});
