import type { ChoiceQuestion, Template } from '../template/types';
import { allQuestions } from '../template/schema';
import { agreementSchema, PARTNERS, type Agreement, type AgreementVersion, type SignedTerm } from './schema';
import { describeIssues } from './file-problems';
import { AFFIRMED, findOption } from './merge';
import { canonicalJson, canonicalVersion } from './fingerprint';
import { isSameName } from './names';
import { isLooserThan } from './versions';

/**
 * The one check for an agreement arriving from anywhere but this device's own
 * signing: an imported file, a PDF, or apart mode's server. Everything that
 * arrives is hostile until proven otherwise. An agreement passes only if the
 * app's own signing could have made every one of its versions
 * (docs/file-format.md, "What an import accepts").
 */

/** The template an agreement names, or undefined when this app does not know it. */
export type TemplateLookup = (id: string, version: number) => Template | undefined;

export type IncomingProblem =
  | 'shape'
  | 'history'
  | 'unknownTemplate'
  | 'terms'
  | 'commitment'
  | 'acknowledgements'
  | 'names'
  | 'signatures'
  | 'notUnderRules'
  | 'custom';

export type IncomingCheck =
  | { readonly ok: true; readonly agreement: Agreement }
  /** `message` is one plain sentence, ending "Nothing was changed."; `version` names the version at fault. */
  | { readonly ok: false; readonly problem: IncomingProblem; readonly message: string; readonly version?: number; readonly details?: readonly string[] };

const NOTHING = 'Nothing was changed.';

/** One plain sentence per problem, so every path that receives an agreement says the same thing. */
export const INCOMING_MESSAGES: Readonly<Record<IncomingProblem, string>> = {
  shape: `This is not a complete agreement from this app: some of it is missing or damaged. ${NOTHING}`,
  history: `The versions in this copy do not follow one another the way the app records them. ${NOTHING}`,
  unknownTemplate: `This agreement was made with questions this version of the app does not know; updating the app may help. ${NOTHING}`,
  terms: `This copy’s terms do not match the questions the agreement was made with, so it cannot be shown truthfully. ${NOTHING}`,
  commitment: `This copy marks a commitment as something other than agreed, which the app never records. ${NOTHING}`,
  acknowledgements: `This copy is missing what each partner confirmed before signing. ${NOTHING}`,
  names: `This copy does not name two different partners. ${NOTHING}`,
  signatures: `This copy is signed by someone other than the two partners it names. ${NOTHING}`,
  notUnderRules: `This copy has a version that neither both partners signed nor one partner made stricter alone, so it cannot join the record. ${NOTHING}`,
  custom: `This copy’s own terms repeat or are damaged. ${NOTHING}`,
};

type Refusal = Extract<IncomingCheck, { ok: false }>;
const refuse = (problem: IncomingProblem, version?: number, details?: readonly string[]): Refusal => ({
  ok: false,
  problem,
  message: INCOMING_MESSAGES[problem],
  ...(version === undefined ? {} : { version }),
  ...(details && details.length > 0 ? { details } : {}),
});

const hasDuplicates = (values: readonly string[]) => new Set(values).size !== values.length;

/**
 * One choice term as the merge or a tightening could have written it. With the first private
 * answers left out (`answersLeftOut`) no term carries them, so how it was settled cannot be checked
 * against them; otherwise only a term answered alike, or a tightening, comes without them.
 */
function choiceTermProblem(question: ChoiceQuestion, term: SignedTerm, answersLeftOut: boolean): boolean {
  const chosen = findOption(question, term.optionId);
  if (!chosen) return true;
  if (answersLeftOut) return term.answers !== undefined;
  if (!term.answers) return term.settledBy !== 'same' && term.settledBy !== 'protective';
  const a = findOption(question, term.answers.a);
  const b = findOption(question, term.answers.b);
  if (!a || !b || a.id === b.id) return true;
  const proposed = Math.max(a.rank, b.rank);
  switch (term.settledBy) {
    case 'protective':
      return chosen.rank !== proposed;
    case 'together':
      return chosen.rank <= proposed;
    case 'bothConfirmedLooser':
      return chosen.rank >= proposed;
    default:
      return true;
  }
}

/** Every question once, no other; options from the question; commitments affirmed. */
function termsProblem(template: Template, version: AgreementVersion): IncomingProblem | null {
  const questions = allQuestions(template);
  const ids = version.terms.map((term) => term.questionId);
  if (hasDuplicates(ids) || ids.length !== questions.length) return 'terms';
  const byId = new Map(version.terms.map((term) => [term.questionId, term]));
  for (const question of questions) {
    const term = byId.get(question.id);
    if (!term) return 'terms';
    if (question.kind === 'commitment') {
      if (term.optionId !== AFFIRMED || term.settledBy !== 'commitment' || term.answers) return 'commitment';
    } else if (choiceTermProblem(question, term, version.privateAnswers === 'leftOut')) {
      return 'terms';
    }
  }
  return null;
}

/** Everything one version needs on its own, as the app's signing makes it. */
function versionProblem(template: Template, version: AgreementVersion): IncomingProblem | null {
  const terms = termsProblem(template, version);
  if (terms) return terms;
  const required = template.acknowledgements.map((ack) => ack.id).sort();
  for (const partner of PARTNERS) {
    const given = [...version.acknowledgements[partner]].sort();
    if (given.length !== required.length || given.some((id, index) => id !== required[index])) return 'acknowledgements';
  }
  const { partners, signatures, change } = version;
  if (isSameName(partners.a.name, partners.b.name)) return 'names';
  if (!PARTNERS.every((partner) => isSameName(signatures[partner].name, partners[partner].name))) return 'signatures';
  if (change) {
    if (!isSameName(change.signature.name, partners[change.by].name)) return 'signatures';
    const other = change.by === 'a' ? 'b' : 'a';
    if (change.seenBy && !isSameName(change.seenBy.name, partners[other].name)) return 'signatures';
  }
  if (hasDuplicates(version.custom.map((term) => term.id)) || hasDuplicates(version.apps)) return 'custom';
  return null;
}

const sameJson = (first: unknown, second: unknown) => JSON.stringify(first) === JSON.stringify(second);

/**
 * A version after the first is either signed by both (new signatures, not the
 * parent's carried over) or one partner's tightening: the same template,
 * partners, signatures and apps as its parent, and nothing less protective.
 */
function transitionProblem(template: Template, parent: AgreementVersion, version: AgreementVersion): boolean {
  if (!version.change) return sameJson(version.signatures, parent.signatures);
  const unchanged =
    version.templateId === parent.templateId &&
    version.templateVersion === parent.templateVersion &&
    sameJson(version.partners, parent.partners) &&
    sameJson(version.signatures, parent.signatures) &&
    sameJson(version.acknowledgements, parent.acknowledgements);
  // tightenAlone changes terms only, and at least one of them.
  const sameOtherwise = sameJson(version.custom, parent.custom) && sameJson([...version.apps].sort(), [...parent.apps].sort());
  return !unchanged || !sameOtherwise || sameJson(version.terms, parent.terms) || isLooserThan(template, parent, version);
}

/**
 * Checks an agreement that arrived from a file or the server. Never throws;
 * the agreement it returns is the parsed one (extra fields dropped).
 *
 * @example
 * const checked = checkIncoming(findTemplate, parsedJson);
 * if (!checked.ok) show(checked.message);
 */
export function checkIncoming(findTemplate: TemplateLookup, input: unknown): IncomingCheck {
  try {
    const parsed = agreementSchema.safeParse(input);
    if (!parsed.success) return refuse('shape', undefined, describeIssues(parsed.error.issues));
    const agreement = parsed.data;
    let parent: AgreementVersion | null = null;
    for (const [index, version] of agreement.versions.entries()) {
      // The app numbers versions 1, 2, 3… each made from the one before.
      if (version.version !== index + 1 || version.parent !== (parent ? parent.version : null)) return refuse('history', version.version);
      const template = findTemplate(version.templateId, version.templateVersion);
      if (!template) return refuse('unknownTemplate', version.version);
      const problem = versionProblem(template, version);
      if (problem) return refuse(problem, version.version);
      if (parent && transitionProblem(template, parent, version)) return refuse('notUnderRules', version.version);
      parent = version;
    }
    return { ok: true, agreement };
  } catch {
    return refuse('shape');
  }
}

/** How a copy that arrived relates to the one this device already holds (both already checked). */
export type Relation =
  /** The same versions, the same "seen" signatures, the same withdrawal. */
  | { readonly kind: 'identical' }
  /** Its history is a prefix of the saved one: nothing to add. */
  | { readonly kind: 'older' }
  /** It extends the saved history; `merged` is the saved copy with what it adds (never anything removed). */
  | { readonly kind: 'newer'; readonly merged: Agreement; readonly addedVersions: readonly number[]; readonly addsSeen: boolean; readonly addsWithdrawal: boolean }
  /** Both went on separately from version `since - 1`: kept only as a separate, marked copy, never in force. */
  | { readonly kind: 'diverged'; readonly since: number }
  /** The same version, signed at the same moment, with different content: one of the two copies was altered. */
  | { readonly kind: 'altered'; readonly version: number; readonly saved: AgreementVersion; readonly incoming: AgreementVersion };

const signedContent = (version: AgreementVersion) => canonicalJson(canonicalVersion(version));

/**
 * Compares an arriving copy with the saved one of the same id. Signed content
 * is compared as the fingerprint sees it (so a later "seen" signature is an
 * addition, not a change). The saved copy is never changed here.
 */
export function relateToSaved(saved: Agreement, incoming: Agreement): Relation {
  const common = Math.min(saved.versions.length, incoming.versions.length);
  for (let index = 0; index < common; index += 1) {
    const mine = saved.versions[index] as AgreementVersion;
    const theirs = incoming.versions[index] as AgreementVersion;
    if (signedContent(mine) === signedContent(theirs)) continue;
    // Version 1 is where the id was born, and one signing has one moment: a difference there is an alteration.
    if (index === 0 || mine.createdAt === theirs.createdAt) return { kind: 'altered', version: mine.version, saved: mine, incoming: theirs };
    return { kind: 'diverged', since: mine.version };
  }
  const extra = incoming.versions.slice(common);
  // A withdrawal ends the record: versions made after it on another device are a separate copy.
  if (extra.length > 0 && saved.withdrawn) return { kind: 'diverged', since: (extra[0] as AgreementVersion).version };
  const versions = saved.versions.map((mine, index) => {
    const theirs = incoming.versions[index];
    return mine.change && !mine.change.seenBy && theirs?.change?.seenBy ? { ...mine, change: { ...mine.change, seenBy: theirs.change.seenBy } } : mine;
  });
  const addsSeen = versions.some((version, index) => version !== saved.versions[index]);
  const addsWithdrawal = !saved.withdrawn && Boolean(incoming.withdrawn);
  if (extra.length === 0 && !addsSeen && !addsWithdrawal) {
    return sameJson(saved, incoming) ? { kind: 'identical' } : { kind: 'older' };
  }
  const withdrawn = saved.withdrawn ?? incoming.withdrawn;
  const merged: Agreement = { ...saved, versions: [...versions, ...extra], ...(withdrawn ? { withdrawn } : {}) };
  return { kind: 'newer', merged, addedVersions: extra.map((version) => version.version), addsSeen, addsWithdrawal };
}
