'use client';

import type { Template } from '@/lib/template/types';
import type { MergedTerm } from '@/lib/agreement/merge';
import { clauseText } from '@/lib/agreement/clauses';

interface Props {
  template: Template;
  terms: readonly MergedTerm[];
  /** In a revision: whether this term differs from the one in force (then it is marked "changed"). */
  changed?(term: MergedTerm): boolean;
}

/** The terms both answered alike, section by section, each folded away under its title. */
export function AgreedTerms({ template, terms, changed = () => false }: Readonly<Props>) {
  return (
    <section aria-labelledby="agreed-heading">
      <h2 id="agreed-heading">Where you agree</h2>
      {template.sections.map((section) => {
        const agreed = terms.filter((term) => term.sectionId === section.id && !term.differed);
        if (agreed.length === 0) return null;
        return (
          <details key={section.id}>
            <summary>
              {section.title} ({agreed.length})
            </summary>
            <div className="card">
              {agreed.map((term) => {
                const isChanged = changed(term);
                return (
                  <div className={`term${isChanged ? ' changed' : ''}`} key={term.question.id}>
                    <span className="term-short">
                      {term.question.short}
                      {isChanged && <span className="tag in-force">changed</span>}
                    </span>
                    {clauseText(term.question, term.chosen)}
                  </div>
                );
              })}
            </div>
          </details>
        );
      })}
    </section>
  );
}
