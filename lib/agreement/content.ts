import type { Template } from '../template/types';
import type { SignedTerm } from './schema';

/**
 * What the agreement page and the PDF leave out for a version, from the
 * template's own `setAside` rules (for example, no pages on view-once photos
 * or backups while nothing intimate is shared). The terms stay in the version;
 * only what is shown adapts, and it says so.
 */
export interface SetAside {
  readonly sectionIds: ReadonlySet<string>;
  /** One sentence per rule that applies, naming the sections left out. */
  readonly notes: readonly string[];
}

export function setAsideFor(template: Template, terms: readonly SignedTerm[]): SetAside {
  const sectionIds = new Set<string>();
  const notes: string[] = [];
  for (const rule of template.setAside ?? []) {
    const term = terms.find((candidate) => candidate.questionId === rule.questionId);
    if (!term || !rule.optionIds.includes(term.optionId)) continue;
    const titles = template.sections.filter((section) => rule.sectionIds.includes(section.id)).map((section) => section.title);
    if (titles.length === 0) continue;
    rule.sectionIds.forEach((id) => sectionIds.add(id));
    const list = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles.join('');
    notes.push(`${rule.note} Left out here: ${list}.`);
  }
  return { sectionIds, notes };
}

/** Only the sections (rendered or not) that are shown. */
export function shownSections<T extends { readonly id: string }>(sections: readonly T[], setAside: SetAside): T[] {
  return sections.filter((section) => !setAside.sectionIds.has(section.id));
}
