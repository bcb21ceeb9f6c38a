import { APP_IDS, DEVICE_IDS, RESOURCE_NEEDS, type HelpResource, type Question, type Section, type Template } from './types';

/**
 * The checks for what version 2 added to a template: help by country, notes,
 * device settings and the upgrade map. Part of `templateProblems`.
 */

const ID = /^[a-z][A-Za-z0-9]*$/;

// The same entry may be listed in several places; two different entries may not share an id.
const same = (one: unknown, other: unknown) => one === other || JSON.stringify(one) === JSON.stringify(other);
const COUNTRY = /^[A-Z]{2}$/;

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

function resourceProblems(resource: HelpResource, where: string): string[] {
  const problems: string[] = [];
  const name = `${where}: "${resource.name || resource.id}"`;
  if (!ID.test(resource.id)) problems.push(`${name} needs a camelCase id.`);
  if (blank(resource.name)) problems.push(`${where}: a resource has no name.`);
  if (blank(resource.contact)) problems.push(`${name} has no contact.`);
  if (blank(resource.source)) problems.push(`${name} has no source: say where its contact was checked.`);
  if (blank(resource.does)) problems.push(`${name} does not say what it really does.`);
  if (blank(resource.what)) problems.push(`${name} has no summary.`);
  if (resource.needs.length === 0) problems.push(`${name} serves no need.`);
  for (const need of resource.needs) if (!(RESOURCE_NEEDS as readonly string[]).includes(need)) problems.push(`${name} names an unknown need "${need}".`);
  return problems;
}

function settingsKeyProblems(question: Question): string[] {
  const holders = question.kind === 'choice' ? question.options.map((option) => [`${question.id}.${option.id}`, option] as const) : [[question.id, question] as const];
  const problems: string[] = [];
  for (const [where, holder] of holders) {
    for (const key of Object.keys(holder.settings ?? {})) if (!(APP_IDS as readonly string[]).includes(key)) problems.push(`"${where}" has settings for an unknown app "${key}".`);
    for (const key of Object.keys(holder.device ?? {})) if (!(DEVICE_IDS as readonly string[]).includes(key)) problems.push(`"${where}" has settings for an unknown device "${key}".`);
    for (const [key, setting] of Object.entries({ ...holder.settings, ...holder.device })) {
      if (setting && setting.steps.length === 0) problems.push(`"${where}" gives "${key}" no steps (say null when there is no equivalent).`);
    }
  }
  return problems;
}

function noteProblems(template: Template): string[] {
  const notes = [...(template.notes ?? []), ...template.sections.flatMap((section) => section.notes ?? [])];
  const problems: string[] = [];
  for (const note of notes) {
    if (blank(note.text)) problems.push(`The note "${note.id}" is empty.`);
    if (blank(note.source)) problems.push(`The note "${note.id}" has no source.`);
    // One note may sit in several sections; two different notes may not share an id.
    if (notes.some((other) => other.id === note.id && !same(other, note))) problems.push(`Two different notes share the id "${note.id}".`);
  }
  return [...new Set(problems)];
}

function helpProblems(template: Template): string[] {
  const { help } = template;
  const needs = template.sections.flatMap((section: Section) => (section.helpNeeds ?? []).map((need) => [section.id, need] as const));
  if (!help) return needs.map(([section, need]) => `Section "${section}" offers help for "${need}", but the template has no help by country.`);
  const problems: string[] = [];
  const listed = [...help.anywhere, ...help.countries.flatMap((group) => group.resources)];
  problems.push(...help.anywhere.flatMap((resource) => resourceProblems(resource, 'Help anywhere')));
  for (const group of help.countries) problems.push(...group.resources.flatMap((resource) => resourceProblems(resource, `Help in ${group.code}`)));

  const byId = new Map<string, HelpResource>();
  for (const resource of listed) {
    const other = byId.get(resource.id);
    if (other && !same(other, resource)) problems.push(`Two different resources share the id "${resource.id}".`);
    byId.set(resource.id, resource);
  }
  if (!help.anywhere.some((resource) => resource.needs.includes('emergency'))) problems.push('The help shown anywhere must include the emergency line.');

  const codes = help.countries.map((group) => group.code);
  for (const code of codes) if (!COUNTRY.test(code)) problems.push(`The country code "${code}" must be two capital letters (ISO 3166-1).`);
  for (const code of codes.filter((code, index) => codes.indexOf(code) !== index)) problems.push(`The country "${code}" is listed twice.`);
  for (const group of help.countries) {
    if (blank(group.name)) problems.push(`The country "${group.code}" has no name.`);
    if (group.resources.length === 0 && blank(group.gapNote)) problems.push(`The country "${group.code}" lists no help and no note saying why.`);
    for (const resource of group.resources) if (group.resources.filter((other) => other.id === resource.id).length > 1) problems.push(`The country "${group.code}" lists "${resource.id}" twice.`);
  }

  for (const block of [help.under18, help.worriedParent]) {
    if (block.paragraphs.length === 0 || block.paragraphs.some(blank)) problems.push(`The help block "${block.id}" needs words.`);
    for (const resource of block.resources) if (!same(byId.get(resource.id), resource)) problems.push(`The help block "${block.id}" refers to "${resource.id}", which is not in the template's help.`);
  }
  for (const resource of help.under18.resources) if (resource.audience === 'adults') problems.push(`The under-18 help lists "${resource.id}", which is for adults only.`);
  for (const [section, need] of needs) if (!listed.some((resource) => resource.needs.includes(need))) problems.push(`Section "${section}" offers help for "${need}", which no resource gives.`);
  return problems;
}

function upgradeProblems(template: Template): string[] {
  const { upgrade } = template;
  if (!upgrade) return [];
  const problems: string[] = [];
  if (!(Number.isInteger(upgrade.fromVersion) && upgrade.fromVersion > 0 && upgrade.fromVersion < template.version)) {
    problems.push(`The upgrade must come from an earlier version, not ${upgrade.fromVersion}.`);
  }
  const questions = new Map(template.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
  const mapped = new Set<string>();
  for (const change of upgrade.questions) {
    if (change.change === 'replaced') {
      if (!questions.has(change.by)) problems.push(`The upgrade replaces "${change.question}" by "${change.by}", which this template does not have.`);
      continue;
    }
    mapped.add(change.question);
    const question = questions.get(change.question);
    if (!question) problems.push(`The upgrade refers to question "${change.question}", which this template does not have.`);
    if (change.change === 'options') {
      for (const id of change.added) if (question?.kind !== 'choice' || !question.options.some((option) => option.id === id)) problems.push(`The upgrade adds option "${id}" to "${change.question}", which it does not have.`);
    }
  }
  for (const id of questions.keys()) if (!mapped.has(id)) problems.push(`The upgrade does not say how question "${id}" carries over.`);
  for (const change of upgrade.options) {
    const question = questions.get(change.question);
    if (question?.kind !== 'choice' || !question.options.some((option) => option.id === change.to)) problems.push(`The upgrade maps to option "${change.question}.${change.to}", which this template does not have.`);
  }
  for (const change of upgrade.commitments) if (questions.get(change.to)?.kind !== 'commitment') problems.push(`The upgrade maps a commitment to "${change.to}", which is not a commitment here.`);
  return problems;
}

/** Every problem in the parts a template carries for help, notes, devices and upgrades. */
export function templateExtrasProblems(template: Template): string[] {
  return [
    ...template.sections.flatMap((section) => section.questions).flatMap(settingsKeyProblems),
    ...noteProblems(template),
    ...helpProblems(template),
    ...upgradeProblems(template),
  ];
}
