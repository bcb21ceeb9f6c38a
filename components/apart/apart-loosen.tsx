'use client';

import { useState } from 'react';
import { findTemplate } from '@/templates';
import type { AppId, ChoiceQuestion, Option } from '@/lib/template/types';
import { otherPartner, type CustomTerm, type PartnerKey } from '@/lib/agreement/schema';
import { latestVersion } from '@/lib/agreement/versions';
import { PROBLEM_MESSAGES } from '@/lib/apart/client';
import { appsDropped } from '@/lib/agreement/diff';
import { proposalChanges, proposeRevision, signProposal, type ApartProposal, type ProposalChange } from '@/lib/apart/loosen';
import { newApartRecord } from '@/lib/apart/shared';
import { apartClient } from '../session/use-apart';
import type { ApartTogether } from '../session/use-apart-sync';
import { NameConfirm } from '../agreement/name-confirm';
import { ProblemMessage } from '../shared/storage-banner';
import { NO_CHANGE, TermChangeFields } from '../shared/term-change-fields';
import { OwnWordsEditor } from '../wizard/own-words-editor';
import { AppsField } from '../shared/apps-field';

const DIRECTION = { looser: 'less careful than now', tighter: 'more careful than now' } as const;

/** One proposed change, as it is now beside what is proposed. */
function ChangeLine({ change, names, by }: Readonly<{ change: ProposalChange; names: Readonly<Record<PartnerKey, string>>; by: PartnerKey }>) {
  if (change.kind === 'customRemoved') {
    return (
      <li className="term" data-change="own-words-out">
        <span className="term-short">Own words taken out</span>
        {change.text}
      </li>
    );
  }
  if (change.kind === 'customAdded') {
    return (
      <li className="term" data-change="own-words-in">
        <span className="term-short">Added, in {names[by]}’s own words</span>
        {change.text}
      </li>
    );
  }
  if (change.kind === 'appsChanged') {
    const dropped = appsDropped(change.from, change.to);
    return (
      <li className="term" data-change="apps">
        <span className="term-short">The apps whose settings you follow</span>
        In force now: {change.from.join(', ')}
        <br />
        Proposed: {change.to.join(', ')} <span className="small muted">({dropped ? 'fewer settings to follow' : 'more settings to follow'})</span>
      </li>
    );
  }
  return (
    <li className="term" data-change={change.questionId}>
      <span className="term-short">{change.short}</span>
      In force now: {change.from}
      <br />
      Proposed: {change.to} <span className="small muted">({DIRECTION[change.direction]})</span>
    </li>
  );
}

const loosens = (change: ProposalChange) =>
  change.kind === 'customRemoved' ||
  (change.kind === 'changed' && change.direction === 'looser') ||
  (change.kind === 'appsChanged' && appsDropped(change.from, change.to));

/**
 * A change that may make terms less careful, on two phones: one proposes and signs on their own
 * phone, the other signs on theirs; it comes into force only with both signatures. The page shows
 * it in two places: a proposal waiting to be signed near the top ('pending'), and the form to
 * propose one among the other things the couple can do ('propose'), while none is waiting.
 */
export function ApartLoosen({ together, place }: Readonly<{ together: ApartTogether; place: 'pending' | 'propose' }>) {
  const { session, agreement, mine } = together;
  const [problem, setProblem] = useState<string | null>(null);
  const latest = latestVersion(agreement);
  const template = findTemplate(latest.templateId, latest.templateVersion);
  if (!template || agreement.withdrawn || !mine) return null;
  const me = session.role;
  const names = { a: latest.partners.a.name, b: latest.partners.b.name };
  const proposal = together.proposal && together.proposal.base === latest.version ? together.proposal : null;

  // Signed in this partner's own slot only: the other phone signs in theirs.
  const sign = async (current: ApartProposal, typedName: string) => {
    const signed = signProposal(agreement, current, me, typedName);
    if (!signed) return setProblem('Please type your own name exactly as it is on the agreement.');
    const sent = await apartClient.saveProgress(session, { ...mine.value, revision: signed }, mine.rev);
    setProblem(sent.ok ? null : PROBLEM_MESSAGES[sent.problem]);
  };

  const changes = proposal ? proposalChanges(template, latest, proposal) : [];
  // A proposal that breaks the rules (it can only have come from an altered record) shows nothing to sign.
  if (proposal && changes.length > 0) {
    if (place !== 'pending') return null;
    return (
      <section className="card" aria-labelledby="together-heading" data-proposal={proposal.base}>
        <h2 id="together-heading">A change you make together</h2>
        <p>
          {names[proposal.by]} proposed this change.{' '}
          {changes.some(loosens) ? 'It makes the agreement less careful in a way, so it' : 'Made together, it'} comes into
          force only when you have both signed it, each on your own phone. Until then the agreement stays as it is.
        </p>
        <ul className="list-plain">
          {changes.map((change, index) => (
            <ChangeLine key={index} change={change} names={names} by={proposal.by} />
          ))}
        </ul>
        {together.signed.mine ? (
          <p className="muted">
            You have signed it. {together.signed.other ? 'Putting it together…' : `Waiting for ${names[otherPartner(me)]} to sign on their own phone.`}
          </p>
        ) : (
          <NameConfirm name={names[me]} action="I agree, sign this change" onConfirm={(typed) => void sign(proposal, typed)} />
        )}
        <ProblemMessage message={problem} />
      </section>
    );
  }
  if (place !== 'propose') return null;
  return <ProposeLooser together={together} onSigned={sign} onProblem={setProblem} problem={problem} />;
}

const otherThan = (question: ChoiceQuestion, current: Option | undefined) => question.options.filter((option) => option.id !== current?.id);

interface ProposeProps {
  together: ApartTogether;
  problem: string | null;
  onProblem(message: string | null): void;
  onSigned(proposal: ApartProposal, typedName: string): Promise<void>;
}

function ProposeLooser({ together, problem, onProblem, onSigned }: Readonly<ProposeProps>) {
  const { session, agreement } = together;
  const [change, setChange] = useState(NO_CHANGE);
  const latest = latestVersion(agreement);
  const [custom, setCustom] = useState<readonly CustomTerm[]>(latest.custom);
  const [apps, setApps] = useState<readonly AppId[]>(latest.apps);
  const { questionId, optionId } = change;
  const template = findTemplate(latest.templateId, latest.templateVersion);
  if (!template) return null;
  const choices = template.sections.flatMap((section) => section.questions.filter((question): question is ChoiceQuestion => question.kind === 'choice'));
  const question = choices.find((item) => item.id === questionId);
  const me = session.role;
  const names = { a: latest.partners.a.name, b: latest.partners.b.name };
  // The one rule decides whether this is a change at all; the form only offers to sign one that is.
  const made = proposeRevision(template, agreement, me, question && optionId ? { [questionId]: optionId } : {}, custom, apps);
  const toggleApp = (app: AppId, on: boolean) => setApps((now) => (on ? [...now.filter((item) => item !== app), app] : now.filter((item) => item !== app)));

  const propose = async (proposal: ApartProposal, typedName: string) => {
    const written = await apartClient.updateRecord(session, (record) => ({ ...(record?.value ?? newApartRecord(agreement.id)), proposal }));
    if (!written.ok) return onProblem(PROBLEM_MESSAGES[written.problem]);
    await onSigned(proposal, typedName);
  };

  return (
    <details>
      <summary>Change a term together, each on your own phone</summary>
      <p>
        Making a term less careful, or taking out words you both signed, needs you both. You propose and sign here; it comes
        into force once your partner signs on their own phone.
      </p>
      <TermChangeFields idPrefix="together" questions={choices} terms={latest.terms} offered={otherThan} legend="Change it to:" value={change} onChange={setChange} />
      <OwnWordsEditor
        terms={custom}
        names={names}
        only={me}
        onChange={setCustom}
        title="Your own words"
        intro="Take out a term you added, or add a new one. Your partner signs the change too."
      />
      <AppsField
        className="after-section"
        idPrefix="together-apps"
        legend="The apps you use to message each other"
        error={apps.length === 0 ? 'Please keep at least one app.' : undefined}
        checkbox={(app) => ({ checked: apps.includes(app), onChange: (event) => toggleApp(app, event.target.checked) })}
      />
      <ProblemMessage message={problem} />
      {made.ok && <NameConfirm name={latest.partners[me].name} action="Propose and sign this change" onConfirm={(typed) => void propose(made.proposal, typed)} />}
    </details>
  );
}
