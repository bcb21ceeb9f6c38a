import type { Template } from '../template/types';
import { findQuestion } from '../template/schema';
import type { Agreement, AgreementVersion, PartnerKey, Signature, SignedTerm } from './schema';
import { findOption } from './merge';
import { versionFromSigned, type SignedDraft } from './draft';
import { isSameName, normaliseName } from './names';
import { carryUnchanged } from './revision';

/**
 * Rules on versions. A signed version is never changed: every function here
 * returns new objects. Either partner may tighten alone; anything looser
 * needs a new version both sign. Refusals are results, not exceptions.
 */

export type Direction = 'tighter' | 'looser' | 'same';

export interface TermComparison {
  readonly questionId: string;
  readonly direction: Direction;
}

/** The version in force: the highest number. Versions are never empty (the schema says so). */
export function latestVersion(agreement: Pick<Agreement, 'versions'>): AgreementVersion {
  let latest = agreement.versions[0];
  for (const version of agreement.versions) {
    if (latest && version.version > latest.version) latest = version;
  }
  if (!latest) throw new Error('An agreement always has at least one version');
  return latest;
}

export function findVersion(agreement: Pick<Agreement, 'versions'>, number: number): AgreementVersion | undefined {
  return agreement.versions.find((version) => version.version === number);
}

/** How one term moved. Whatever cannot be ranked counts as looser, so it needs both partners. */
export function compareTerm(template: Template, from: SignedTerm | undefined, to: SignedTerm | undefined): Direction {
  if (!from && !to) return 'same';
  if (!from || !to) return 'looser';
  if (from.optionId === to.optionId) return 'same';
  const question = findQuestion(template, from.questionId);
  // Commitments have one value; any other value is a change we cannot rank.
  if (!question || question.kind === 'commitment') return 'looser';
  const before = findOption(question, from.optionId);
  const after = findOption(question, to.optionId);
  if (!before || !after || after.rank === before.rank) return 'looser';
  return after.rank > before.rank ? 'tighter' : 'looser';
}

/** Question ids in template order, then any the template does not know, so nothing is skipped. */
export function termQuestionIds(template: Template, ...lists: ReadonlyArray<readonly SignedTerm[]>): string[] {
  const present = new Set(lists.flatMap((terms) => terms.map((term) => term.questionId)));
  const ordered = template.sections.flatMap((section) => section.questions.map((question) => question.id)).filter((id) => present.has(id));
  const known = new Set(ordered);
  return [...ordered, ...[...present].filter((id) => !known.has(id))];
}

/** For each question in either version: did it become tighter, looser or stay the same? */
export function compareTerms(
  template: Template,
  fromVersion: Pick<AgreementVersion, 'terms'>,
  toTerms: readonly SignedTerm[],
): TermComparison[] {
  const before = new Map(fromVersion.terms.map((term) => [term.questionId, term]));
  const after = new Map(toTerms.map((term) => [term.questionId, term]));
  return termQuestionIds(template, fromVersion.terms, toTerms).map((questionId) => ({
    questionId,
    direction: compareTerm(template, before.get(questionId), after.get(questionId)),
  }));
}

type VersionContent = Pick<AgreementVersion, 'terms' | 'custom' | 'apps'>;

/**
 * True when `to` is less protective than `from` anywhere: a looser term, a
 * custom term removed or reworded, or an app added. Such a change needs both signatures.
 */
export function isLooserThan(template: Template, from: VersionContent, to: VersionContent): boolean {
  if (compareTerms(template, from, to.terms).some((term) => term.direction === 'looser')) return true;
  const customAfter = new Map(to.custom.map((term) => [term.id, term.text]));
  if (from.custom.some((term) => customAfter.get(term.id) !== term.text)) return true;
  return to.apps.some((app) => !from.apps.includes(app));
}

export type SignatureOnVersion = { readonly signed: true; readonly signature: Signature } | { readonly signed: false };

/**
 * Who signed this very version. On a tightened version only the partner who
 * tightened has signed, until the other signs it after seeing it.
 */
export function signaturesOn(version: AgreementVersion): Record<PartnerKey, SignatureOnVersion> {
  const change = version.change;
  if (!change) {
    return { a: { signed: true, signature: version.signatures.a }, b: { signed: true, signature: version.signatures.b } };
  }
  const own: SignatureOnVersion = { signed: true, signature: change.signature };
  const other: SignatureOnVersion = change.seenBy ? { signed: true, signature: change.seenBy } : { signed: false };
  return change.by === 'a' ? { a: own, b: other } : { a: other, b: own };
}

/** Versions the other partner tightened that this partner has not yet seen, oldest first. */
export function unseenChanges(agreement: Pick<Agreement, 'versions'>, partner: PartnerKey): AgreementVersion[] {
  return agreement.versions
    .filter((version) => version.change && version.change.by !== partner && !version.change.seenBy)
    .sort((x, y) => x.version - y.version);
}

/** The last version both partners signed together: reviews count from here, not from a tightening. */
export function lastSignedTogether(agreement: Pick<Agreement, 'versions'>): AgreementVersion {
  const together = agreement.versions.filter((version) => !version.change);
  return together.length > 0 ? latestVersion({ versions: together }) : latestVersion(agreement);
}

/** A refusal carries a reason the UI turns into plain words. */
export type VersionResult<Problem extends string> =
  | { readonly ok: true; readonly agreement: Agreement }
  | { readonly ok: false; readonly problem: Problem };

const refuse = <Problem extends string>(problem: Problem) => ({ ok: false, problem }) as const;
const accept = (agreement: Agreement) => ({ ok: true, agreement }) as const;

const withVersion = (agreement: Agreement, version: AgreementVersion): Agreement => ({
  ...agreement,
  versions: [...agreement.versions, version],
});

export interface TightenRequest {
  readonly by: PartnerKey;
  readonly questionId: string;
  readonly optionId: string;
  /** The tightening partner types their name, as when signing. */
  readonly typedName: string;
}

export type TightenProblem =
  | 'withdrawn'
  | 'otherTemplate'
  | 'unknownQuestion'
  | 'commitment'
  | 'unknownOption'
  | 'notTighter'
  | 'name';

/**
 * One partner makes one term more protective, alone. The result is a new
 * version in force at once, signed by that partner only.
 */
export function tightenAlone(
  template: Template,
  agreement: Agreement,
  request: TightenRequest,
  now: Date = new Date(),
): VersionResult<TightenProblem> {
  if (agreement.withdrawn) return refuse('withdrawn');
  const latest = latestVersion(agreement);
  // The version signed on decides which options exist and which way is tighter.
  if (latest.templateId !== template.id || latest.templateVersion !== template.version) return refuse('otherTemplate');
  const question = findQuestion(template, request.questionId);
  const current = latest.terms.find((term) => term.questionId === request.questionId);
  if (!question || !current) return refuse('unknownQuestion');
  // A commitment is already the most protective it can be.
  if (question.kind === 'commitment') return refuse('commitment');
  const before = findOption(question, current.optionId);
  const after = findOption(question, request.optionId);
  if (!before || !after) return refuse('unknownOption');
  if (after.rank <= before.rank) return refuse('notTighter');
  if (!isSameName(request.typedName, latest.partners[request.by].name)) return refuse('name');

  const at = now.toISOString();
  // The old answers no longer explain this term, so they are not carried over.
  const tightened: SignedTerm = { questionId: question.id, optionId: after.id, settledBy: 'protective' };
  return accept(
    withVersion(
      agreement,
      followingVersion(latest, {
        terms: latest.terms.map((term) => (term.questionId === question.id ? tightened : term)),
        signatures: latest.signatures,
        createdAt: at,
        change: { kind: 'tightened', by: request.by, signature: { name: normaliseName(request.typedName), at } },
      }),
    ),
  );
}

/**
 * The version after `latest` that changes only its terms (alone or together): the template,
 * partners, apps, own words, acknowledgements and the choice about first private answers carry over.
 */
export function followingVersion(
  latest: AgreementVersion,
  changed: Pick<AgreementVersion, 'terms' | 'signatures' | 'createdAt'> & Partial<Pick<AgreementVersion, 'change' | 'custom' | 'apps'>>,
): AgreementVersion {
  return {
    version: latest.version + 1,
    parent: latest.version,
    templateId: latest.templateId,
    templateVersion: latest.templateVersion,
    partners: latest.partners,
    apps: changed.apps ?? latest.apps,
    terms: changed.terms,
    custom: changed.custom ?? latest.custom,
    acknowledgements: latest.acknowledgements,
    signatures: changed.signatures,
    createdAt: changed.createdAt,
    ...(changed.change ? { change: changed.change } : {}),
    // The couple's choice about their first private answers holds for the terms carried over.
    ...(latest.privateAnswers ? { privateAnswers: latest.privateAnswers } : {}),
  };
}

export type SeenProblem = 'withdrawn' | 'unknownVersion' | 'notTightened' | 'ownChange' | 'alreadySeen' | 'name';

/**
 * The other partner signs a tightened version after seeing it. This is the
 * one thing added to a version after it is made; its terms stay as they are.
 */
export function signSeenChange(
  agreement: Agreement,
  partner: PartnerKey,
  versionNumber: number,
  typedName: string,
  now: Date = new Date(),
): VersionResult<SeenProblem> {
  if (agreement.withdrawn) return refuse('withdrawn');
  const version = findVersion(agreement, versionNumber);
  if (!version) return refuse('unknownVersion');
  const change = version.change;
  if (!change) return refuse('notTightened');
  if (change.by === partner) return refuse('ownChange');
  if (change.seenBy) return refuse('alreadySeen');
  if (!isSameName(typedName, version.partners[partner].name)) return refuse('name');
  const seen: AgreementVersion = {
    ...version,
    change: { ...change, seenBy: { name: normaliseName(typedName), at: now.toISOString() } },
  };
  return accept({ ...agreement, versions: agreement.versions.map((each) => (each === version ? seen : each)) });
}

export type ReviseProblem = 'withdrawn' | 'notARevision' | 'outdated' | 'otherTemplate';

/**
 * A new version from a revision draft both partners filled in and signed.
 * Both signatures are always needed here (a `SignedDraft` has them), whether or not anything is looser.
 */
export function reviseTogether(
  template: Template,
  agreement: Agreement,
  signed: SignedDraft,
  now: Date = new Date(),
): VersionResult<ReviseProblem> {
  const { draft } = signed;
  if (agreement.withdrawn) return refuse('withdrawn');
  if (draft.revisionOf?.agreementId !== agreement.id) return refuse('notARevision');
  const latest = latestVersion(agreement);
  // A tightening made since the draft began must not be undone unseen.
  if (draft.revisionOf.version !== latest.version) return refuse('outdated');
  if (draft.templateId !== template.id || draft.templateVersion !== template.version) return refuse('otherTemplate');
  // Terms nobody changed keep their signed form, so revisiting one term never rewrites the others.
  const carried = { ...signed, signedTerms: carryUnchanged(latest.terms, signed.signedTerms) };
  return accept(withVersion(agreement, versionFromSigned(carried, latest.version + 1, latest.version, now)));
}

/** Either partner withdraws, alone, at any time. Nothing can be added afterwards. */
export function withdraw(agreement: Agreement, partner: PartnerKey, now: Date = new Date()): VersionResult<'alreadyWithdrawn'> {
  if (agreement.withdrawn) return refuse('alreadyWithdrawn');
  return accept({ ...agreement, withdrawn: { by: partner, at: now.toISOString() } });
}
