import { APP_LABELS, type Template } from '../template/types';
import { findQuestion } from '../template/schema';
import { PARTNERS, type AgreementVersion, type PartnerKey, type SignedTerm } from './schema';
import { optionLabel } from './clauses';
import { compareTerm, termQuestionIds } from './versions';
import { asNearestTerms } from './nearest';

/** One difference between two versions, ready to be said in plain words. */
export type Change =
  | { readonly kind: 'added'; readonly questionId: string; readonly short: string; readonly to: string }
  | { readonly kind: 'removed'; readonly questionId: string; readonly short: string; readonly from: string }
  | {
      readonly kind: 'changed';
      readonly questionId: string;
      readonly short: string;
      readonly from: string;
      readonly to: string;
      readonly direction: 'tighter' | 'looser';
    }
  | { readonly kind: 'customAdded'; readonly text: string }
  | { readonly kind: 'customRemoved'; readonly text: string }
  | { readonly kind: 'customChanged'; readonly from: string; readonly to: string }
  | { readonly kind: 'appsChanged'; readonly from: readonly string[]; readonly to: readonly string[] }
  | { readonly kind: 'nameChanged'; readonly partner: PartnerKey; readonly from: string; readonly to: string };

type Comparable = Pick<AgreementVersion, 'terms' | 'custom' | 'apps' | 'partners'> & Partial<Pick<AgreementVersion, 'templateVersion'>>;

/**
 * A version signed on the earlier version `template` moves from is read in
 * `template`'s words (its nearest options; a replaced question shows as the
 * one that replaced it), so a comparison across the move names real terms.
 */
function inWordsOf(template: Template, version: Comparable): Comparable {
  const signedEarlier = version.templateVersion !== undefined && version.templateVersion !== template.version && template.upgrade?.fromVersion === version.templateVersion;
  return signedEarlier ? { ...version, terms: asNearestTerms(template, version.terms) } : version;
}

function describeTerm(template: Template, term: SignedTerm): { short: string; label: string } {
  const question = findQuestion(template, term.questionId);
  if (!question) return { short: term.questionId, label: term.optionId };
  return { short: question.short, label: optionLabel(question, term.optionId) };
}

function termChanges(template: Template, from: Comparable, to: Comparable): Change[] {
  const before = new Map(from.terms.map((term) => [term.questionId, term]));
  const after = new Map(to.terms.map((term) => [term.questionId, term]));
  return termQuestionIds(template, from.terms, to.terms).flatMap((questionId): Change[] => {
    const old = before.get(questionId);
    const next = after.get(questionId);
    if (old && next) {
      const direction = compareTerm(template, old, next);
      if (direction === 'same') return [];
      const { short, label } = describeTerm(template, old);
      return [{ kind: 'changed', questionId, short, from: label, to: describeTerm(template, next).label, direction }];
    }
    if (next) {
      const { short, label } = describeTerm(template, next);
      return [{ kind: 'added', questionId, short, to: label }];
    }
    if (old) {
      const { short, label } = describeTerm(template, old);
      return [{ kind: 'removed', questionId, short, from: label }];
    }
    return [];
  });
}

function customChanges(from: Comparable, to: Comparable): Change[] {
  const after = new Map(to.custom.map((term) => [term.id, term.text]));
  const beforeIds = new Set(from.custom.map((term) => term.id));
  const changes: Change[] = [];
  for (const term of from.custom) {
    const text = after.get(term.id);
    if (text === undefined) changes.push({ kind: 'customRemoved', text: term.text });
    else if (text !== term.text) changes.push({ kind: 'customChanged', from: term.text, to: text });
  }
  for (const term of to.custom) {
    if (!beforeIds.has(term.id)) changes.push({ kind: 'customAdded', text: term.text });
  }
  return changes;
}

/** The same apps, whatever their order. */
export const sameApps = (from: readonly string[], to: readonly string[]): boolean => from.length === to.length && from.every((app) => to.includes(app));

/** Whether `from` names an app `to` no longer does: a change of apps that takes one out. */
export const appsDropped = (from: readonly string[], to: readonly string[]): boolean => from.some((app) => !to.includes(app));

function otherChanges(from: Comparable, to: Comparable): Change[] {
  const changes: Change[] = [];
  if (!sameApps(from.apps, to.apps)) {
    changes.push({ kind: 'appsChanged', from: from.apps.map((app) => APP_LABELS[app]), to: to.apps.map((app) => APP_LABELS[app]) });
  }
  for (const partner of PARTNERS) {
    const old = from.partners[partner].name;
    const next = to.partners[partner].name;
    if (old !== next) changes.push({ kind: 'nameChanged', partner, from: old, to: next });
  }
  return changes;
}

/** Everything that differs from `from` to `to`: terms in template order, then own terms, apps and names. */
export function diffVersions(template: Template, from: Comparable, to: Comparable): Change[] {
  return [...termChanges(template, inWordsOf(template, from), to), ...customChanges(from, to), ...otherChanges(from, to)];
}

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');

/** One line for a change, e.g. "Photos: With face → Without face or identifying marks". */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'changed':
      return `${change.short}: ${change.from} → ${change.to}`;
    case 'added':
      return `${change.short}: added (${change.to})`;
    case 'removed':
      return `${change.short}: removed (was ${change.from})`;
    case 'customAdded':
      return `Our own term added: “${change.text}”`;
    case 'customRemoved':
      return `Our own term removed: “${change.text}”`;
    case 'customChanged':
      return `Our own term reworded: “${change.from}” → “${change.to}”`;
    case 'appsChanged':
      return `Apps: ${list(change.from)} → ${list(change.to)}`;
    case 'nameChanged':
      return `Name: ${change.from} → ${change.to}`;
  }
}
