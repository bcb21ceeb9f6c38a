import { templateExtrasProblems } from './help-problems';
import type { ChoiceQuestion, Question, Template } from './types';

/**
 * Everything wrong with a template's structure, in plain sentences; none for
 * a sound one. A template is data, so nothing but this check stops a renamed
 * question from silently dropping a summary row or a review date.
 */

const ID = /^[a-z][A-Za-z0-9]*$/;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

function questionProblems(question: Question): string[] {
  const where = `Question "${question.id}"`;
  const problems: string[] = [];
  if (!ID.test(question.id)) problems.push(`${where}: its id must be camelCase letters and digits (a dot would mean nesting to the form).`);
  if (question.kind === 'commitment') return problems;
  if (question.options.length < 2) problems.push(`${where} needs at least two options.`);
  for (const id of duplicates(question.options.map((option) => option.id))) problems.push(`${where} has option "${id}" twice.`);
  for (const option of question.options) if (!ID.test(option.id)) problems.push(`${where}: option id "${option.id}" must be camelCase.`);
  question.options.forEach((option, index) => {
    const before = question.options[index - 1];
    if (before && option.rank <= before.rank) problems.push(`${where}: options must run least to most protective, but "${option.id}" does not rank above "${before.id}".`);
  });
  if (question.defaultOption !== question.options.at(-1)?.id) problems.push(`${where}: the default must be the most protective option, listed last.`);
  return problems;
}

function reviewProblems(template: Template, choices: ReadonlyMap<string, ChoiceQuestion>): string[] {
  const { questionId, monthsByOption } = template.review;
  const question = choices.get(questionId);
  if (!question) return [`The review refers to question "${questionId}", which is not a choice question of this template.`];
  const problems: string[] = [];
  const optionIds = question.options.map((option) => option.id);
  for (const id of optionIds) if (!Object.hasOwn(monthsByOption, id)) problems.push(`The review gives no months for option "${id}".`);
  for (const id of Object.keys(monthsByOption)) if (!optionIds.includes(id)) problems.push(`The review gives months for "${id}", which is not an option of "${questionId}".`);
  const months = optionIds.map((id) => monthsByOption[id]);
  for (const value of months) if (value !== undefined && !(Number.isInteger(value) && value > 0)) problems.push(`The review's months must be whole numbers above 0, not ${value}.`);
  // Options run least to most protective, and a more protective cadence looks again sooner.
  months.forEach((value, index) => {
    const before = months[index - 1];
    if (value !== undefined && before !== undefined && value > before) problems.push(`The review's "${optionIds[index]}" is more protective than "${optionIds[index - 1]}" but waits longer.`);
  });
  return problems;
}

function setAsideProblems(template: Template, choices: ReadonlyMap<string, ChoiceQuestion>): string[] {
  const problems: string[] = [];
  for (const rule of template.setAside ?? []) {
    const where = `The sections set aside under "${rule.questionId}"`;
    const question = choices.get(rule.questionId);
    if (!question) {
      problems.push(`${where} refer to a question that is not a choice question of this template.`);
      continue;
    }
    if (rule.optionIds.length === 0) problems.push(`${where} name no options.`);
    for (const id of rule.optionIds) if (!question.options.some((option) => option.id === id)) problems.push(`${where} name option "${id}", which "${rule.questionId}" does not have.`);
    if (rule.sectionIds.length === 0) problems.push(`${where} name no sections.`);
    for (const id of rule.sectionIds) {
      const section = template.sections.find((candidate) => candidate.id === id);
      if (!section) problems.push(`${where} name section "${id}", which this template does not have.`);
      // Hiding the question that decides, or the review, would hide why and when to look again.
      else if (section.questions.some((each) => each.id === rule.questionId || each.id === template.review.questionId)) {
        problems.push(`${where} would hide section "${id}", which holds the deciding question or the review.`);
      }
    }
    if (rule.note.trim().length === 0) problems.push(`${where} need a note saying why they are left out.`);
  }
  for (const section of template.sections) {
    const after = section.checklist?.appStepsAfter;
    if (after !== undefined && !(Number.isInteger(after) && after >= 0 && after <= (section.checklist?.items.length ?? 0))) {
      problems.push(`Section "${section.id}": its checklist's steps by app come after ${after} items, but it has ${section.checklist?.items.length ?? 0}.`);
    }
    for (const step of section.checklist?.appSteps ?? []) {
      if (step.text.trim().length === 0) problems.push(`Section "${section.id}" has a checklist step by app with no words.`);
      if (Object.keys(step.settings).length === 0) problems.push(`Section "${section.id}": the checklist step "${step.text}" names no app.`);
    }
  }
  return problems;
}

/** Every broken rule and unresolved reference in `template`. */
export function templateProblems(template: Template): string[] {
  const problems: string[] = [];
  const questions = template.sections.flatMap((section) => section.questions);
  const questionIds = new Set(questions.map((question) => question.id));
  const choices = new Map(questions.flatMap((question) => (question.kind === 'choice' ? [[question.id, question] as const] : [])));

  if (!(Number.isInteger(template.version) && template.version > 0)) problems.push('The version must be a whole number above 0.');
  for (const id of duplicates(template.sections.map((section) => section.id))) problems.push(`Section "${id}" appears twice.`);
  for (const section of template.sections) if (section.questions.length === 0) problems.push(`Section "${section.id}" has no questions.`);
  for (const id of duplicates(questions.map((question) => question.id))) problems.push(`Question "${id}" appears twice.`);
  problems.push(...questions.flatMap(questionProblems));
  for (const id of duplicates(template.acknowledgements.map((ack) => ack.id))) problems.push(`Acknowledgement "${id}" appears twice.`);

  for (const row of template.summary) {
    if (row.questionIds.length === 0) problems.push(`The summary row "${row.label}" shows no questions.`);
    for (const id of row.questionIds) if (!questionIds.has(id)) problems.push(`The summary row "${row.label}" refers to question "${id}", which this template does not have.`);
  }
  problems.push(...reviewProblems(template, choices));
  problems.push(...setAsideProblems(template, choices));
  if (template.endingsSectionId !== undefined && !template.sections.some((section) => section.id === template.endingsSectionId)) {
    problems.push(`The endings section "${template.endingsSectionId}" is not a section of this template.`);
  }
  for (const id of duplicates(template.resourceGroups.map((group) => group.title))) problems.push(`The resource group "${id}" appears twice.`);
  for (const group of template.resourceGroups) {
    if (group.resources.length === 0) problems.push(`The resource group "${group.title}" is empty.`);
    for (const name of duplicates(group.resources.map((resource) => resource.name))) problems.push(`The resource group "${group.title}" lists "${name}" twice.`);
  }
  problems.push(...templateExtrasProblems(template));
  return problems;
}
