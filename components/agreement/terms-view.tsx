import type { RenderedSection } from '@/lib/agreement/clauses';
import type { CustomTerm, PartnerKey } from '@/lib/agreement/schema';
import { MatchingSettings } from '../shared/matching-settings';
import { Checklist } from './checklist';

interface Props {
  sections: readonly RenderedSection[];
  custom: readonly CustomTerm[];
  names: Readonly<Record<PartnerKey, string>>;
}

/** Every agreed term, section by section, with its matching settings and checklists. */
export function TermsView({ sections, custom, names }: Readonly<Props>) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} className="card" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>
            {section.title}
          </h2>
          {section.clauses.map((clause) => (
            <div className="term" key={clause.questionId}>
              <span className="term-short">{clause.short}</span>
              <p>{clause.text}</p>
              {clause.settledNote && <p className="small muted">{clause.settledNote}</p>}
              <MatchingSettings lines={clause.settings} title="Settings we use" />
            </div>
          ))}
          <Checklist checklist={section.checklist} />
        </section>
      ))}
      {custom.length > 0 && (
        <section className="card" aria-labelledby="custom-terms">
          <h2 id="custom-terms">
            In our own words
          </h2>
          {custom.map((term) => (
            <div className="term" key={term.id}>
              <p>{term.text}</p>
              <p className="small muted">Added by {names[term.author]}</p>
            </div>
          ))}
        </section>
      )}
    </>
  );
}
