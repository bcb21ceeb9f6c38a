'use client';

import type { Template } from '@/lib/template/types';
import type { AgreementVersion } from '@/lib/agreement/schema';
import { earlierAnswers, upgradeSummary } from '@/lib/agreement/upgrade';

interface Props {
  /** The version in force, and the template it was signed on. */
  version: AgreementVersion;
  signedOn: Template;
  /** The newest version of the same questions. */
  newer: Template;
  /** Starts the move on this phone; null on an agreement made on two phones, where it cannot be made yet. */
  onStart: (() => void) | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The invitation to move to the newer questions. It is only ever an
 * invitation: the version in force stays in force, and in the history, until
 * both have answered and signed the new one.
 */
export function UpgradePanel({ version, signedOn, newer, onStart }: Readonly<Props>) {
  const planned = earlierAnswers(signedOn, newer, version);
  if (!planned.ok) return null;
  const summary = upgradeSummary(signedOn, newer, planned.answers);
  const sections = summary.newSections.map((title) => `“${title}”`).join(' and ');
  return (
    <section className="card upgrade-panel" aria-labelledby="upgrade-heading">
      <h2 id="upgrade-heading">There is a newer set of questions</h2>
      <p>
        Apps change their settings over time, and people have told us about risks the earlier questions did not cover. So we
        updated them: {count(summary.newQuestions, 'new question', 'new questions')}
        {sections ? `, with new parts on ${sections}` : ''}, and {count(summary.changedQuestions, 'question', 'questions')} whose
        words or options changed.{newer.help && !signedOn.help ? ' Help is now listed by country, too.' : ''}
      </p>
      {onStart ? (
        <p>
          If you both want to, go through them together, as when you revisit: each of you answers the new questions on your
          own, and where a question changed you will see what you had agreed beside today’s options. Nothing becomes looser
          unless you both choose it, and you both sign the new version.
        </p>
      ) : (
        <p>
          You made this agreement each on your own phone, and moving it to the newer questions cannot be done on two phones
          yet: it would mean one phone signing for you both. You can still change a term together, each on your own phone.
        </p>
      )}
      <p className="small muted">
        Until you have both signed, version {version.version} stays in force exactly as it is, and it always stays in your
        history.
      </p>
      {onStart && (
        <div className="button-row">
          <button className="button secondary" type="button" onClick={onStart}>
            Go through the newer questions together
          </button>
        </div>
      )}
    </section>
  );
}
