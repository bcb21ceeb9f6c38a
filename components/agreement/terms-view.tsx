import type { RenderedSection } from '@/lib/agreement/clauses';
import type { Template } from '@/lib/template/types';
import type { Agreement, CustomTerm, PartnerKey } from '@/lib/agreement/schema';
import { setAsideFor, shownSections } from '@/lib/agreement/content';
import { termsTightenedAlone, tightenedNote } from '@/lib/agreement/term-history';
import { latestVersion } from '@/lib/agreement/versions';
import { formatDate } from '@/lib/agreement/format-date';
import { MatchingSettings } from '../shared/matching-settings';
import { DeviceSettingsForTerm } from '../shared/device-settings';
import { SectionNotes } from '../shared/section-notes';
import { SectionHelp } from '../shared/resource-list-section';
import { Checklist } from './checklist';

interface Props {
  sections: readonly RenderedSection[];
  custom: readonly CustomTerm[];
  names: Readonly<Record<PartnerKey, string>>;
  /**
   * With both, the view tells the version in force as the PDF does: sections
   * its terms make moot are left out (saying so), and a term one partner made
   * stricter alone says who, and whether the other has seen it.
   */
  template?: Template;
  agreement?: Agreement;
}

/** Every agreed term, section by section, with its matching settings and checklists. */
export function TermsView({ sections, custom, names, template, agreement }: Readonly<Props>) {
  const version = agreement ? latestVersion(agreement) : undefined;
  const setAside = template && version ? setAsideFor(template, version.terms) : { sectionIds: new Set<string>(), notes: [] };
  const alone = agreement && version ? termsTightenedAlone(agreement, version.version) : new Map();
  return (
    <>
      {setAside.notes.map((note) => (
        <p className="notice" key={note}>
          {note}
        </p>
      ))}
      {shownSections(sections, setAside).map((section) => (
        <section key={section.id} className="card" aria-labelledby={`section-${section.id}`}>
          <h2 id={`section-${section.id}`}>
            {section.title}
          </h2>
          <SectionNotes notes={template?.sections.find((candidate) => candidate.id === section.id)?.notes} />
          {section.clauses.map((clause) => {
            const change = alone.get(clause.questionId);
            const note = change ? tightenedNote(change, names, formatDate) : clause.settledNote;
            return (
              <div className="term" key={clause.questionId}>
                <span className="term-short">{clause.short}</span>
                <p>{clause.text}</p>
                {note && <p className="small muted">{note}</p>}
                <MatchingSettings lines={clause.settings} title="Settings we use" />
                {template && (
                  <DeviceSettingsForTerm template={template} questionId={clause.questionId} optionId={version?.terms.find((term) => term.questionId === clause.questionId)?.optionId} />
                )}
              </div>
            );
          })}
          <Checklist checklist={section.checklist} />
          {template && <SectionHelp section={template.sections.find((candidate) => candidate.id === section.id) ?? { id: section.id }} />}
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
