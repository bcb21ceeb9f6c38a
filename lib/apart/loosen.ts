import * as z from 'zod/mini';
import type { Template } from '../template/types';
import { diffVersions, sameApps, type Change } from '../agreement/diff';
import { findOption } from '../agreement/merge';
import { findQuestion } from '../template/schema';
import { checkIncoming } from '../agreement/incoming';
import { isSameName, normaliseName } from '../agreement/names';
import { appsSchema, customTermSchema, PARTNERS, signatureSchema, type Agreement, type AgreementVersion, type CustomTerm, type PartnerKey, type Signature } from '../agreement/schema';
import { followingVersion, latestVersion } from '../agreement/versions';

/**
 * A revision made on two phones, which may make terms less careful, so it needs both: the proposal
 * sits in the shared record (either may write it), and each partner's signature for it sits in their
 * own progress slot, which only their own phone can write. The new version is built from those shared
 * parts only, so both phones build the same bytes and the same fingerprint.
 */

const questionId = z.string().check(z.maxLength(64));
const optionId = z.string().check(z.maxLength(64));

/**
 * In the shared record: the terms to change on version `base`, question id → option id, and, when
 * the proposal changes them, the own words and the apps the new version would hold (left out: as they are).
 */
export const apartProposalSchema = z.object({
  base: z.number().check(z.int(), z.gte(1)),
  by: z.enum(PARTNERS),
  terms: z.record(questionId, optionId),
  custom: z.optional(z.array(customTermSchema).check(z.maxLength(100))),
  apps: z.optional(appsSchema),
});
export type ApartProposal = z.infer<typeof apartProposalSchema>;

/** In a partner's own slot: their signature for one proposal, bound to its exact terms. */
export const apartRevisionSignedSchema = z.object({
  base: z.number().check(z.int(), z.gte(1)),
  terms: z.string().check(z.maxLength(40_000)),
  signature: signatureSchema,
});
export type ApartRevisionSigned = z.infer<typeof apartRevisionSignedSchema>;

/** The stored form a signature is bound to: the proposal's base, terms, own words and apps, in a fixed order. */
export function proposalKey(proposal: ApartProposal): string {
  const entries = Object.entries(proposal.terms).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const custom = proposal.custom?.map((term) => [term.id, term.author, term.text]);
  const apps = proposal.apps ? [...proposal.apps].sort() : undefined;
  if (!custom && !apps) return JSON.stringify([proposal.base, entries]);
  return JSON.stringify([proposal.base, entries, custom ?? null, apps ?? null]);
}

export type ProposalProblem = 'withdrawn' | 'outdated' | 'unknownQuestion' | 'unknownOption' | 'ownWords' | 'apps' | 'nothingChanged';

/**
 * Own words a proposal may hold: every term the version has, as it is (a term is taken out, never
 * reworded in someone else's name), and new ones in the proposer's own words only.
 */
function ownWordsProblem(current: readonly CustomTerm[], proposed: readonly CustomTerm[], by: PartnerKey): boolean {
  const before = new Map(current.map((term) => [term.id, term]));
  const ids = new Set<string>();
  for (const term of proposed) {
    if (ids.has(term.id)) return true;
    ids.add(term.id);
    const old = before.get(term.id);
    if (old ? old.author !== term.author || old.text !== term.text : term.author !== by) return true;
  }
  return false;
}

/** The same terms, by id, whatever their order. */
const sameOwnWords = (current: readonly CustomTerm[], proposed: readonly CustomTerm[]) =>
  current.length === proposed.length && proposed.every((term) => current.some((old) => old.id === term.id));

/** Why `proposal` cannot be a change to `latest`, or null: the one rule for making and for building one. */
function proposalProblem(template: Template, latest: AgreementVersion, proposal: ApartProposal): ProposalProblem | null {
  if (latest.templateId !== template.id || latest.templateVersion !== template.version) return 'outdated';
  let changed = false;
  for (const [id, option] of Object.entries(proposal.terms)) {
    const question = findQuestion(template, id);
    const current = latest.terms.find((term) => term.questionId === id);
    if (!question || question.kind !== 'choice' || !current) return 'unknownQuestion';
    if (!findOption(question, option)) return 'unknownOption';
    if (option !== current.optionId) changed = true;
  }
  if (proposal.custom) {
    if (ownWordsProblem(latest.custom, proposal.custom, proposal.by)) return 'ownWords';
    if (!sameOwnWords(latest.custom, proposal.custom)) changed = true;
  }
  if (proposal.apps) {
    if (proposal.apps.length === 0 || new Set(proposal.apps).size !== proposal.apps.length) return 'apps';
    if (!sameApps(latest.apps, proposal.apps)) changed = true;
  }
  return changed ? null : 'nothingChanged';
}

/**
 * A proposal on the latest version, or why it cannot be one. `custom` and `apps` are the own words
 * and apps the new version would hold; left out, they stay as they are.
 */
export function proposeRevision(
  template: Template,
  agreement: Agreement,
  by: PartnerKey,
  terms: Readonly<Record<string, string>>,
  custom?: readonly CustomTerm[],
  apps?: Readonly<AgreementVersion['apps']>,
): { readonly ok: true; readonly proposal: ApartProposal } | { readonly ok: false; readonly problem: ProposalProblem } {
  if (agreement.withdrawn) return { ok: false, problem: 'withdrawn' };
  const latest = latestVersion(agreement);
  const proposal: ApartProposal = {
    base: latest.version,
    by,
    terms: { ...terms },
    ...(custom ? { custom: [...custom] } : {}),
    ...(apps ? { apps: [...apps] } : {}),
  };
  const problem = proposalProblem(template, latest, proposal);
  return problem ? { ok: false, problem } : { ok: true, proposal };
}

/** What the new version would hold: `version`'s terms with the proposed options, and the proposed own words and apps. */
function proposedContent(version: Pick<AgreementVersion, 'terms' | 'custom' | 'apps'>, proposal: ApartProposal): Pick<AgreementVersion, 'terms' | 'custom' | 'apps'> {
  // Both chose the new option (as a revision answered alike on one phone records it); the first
  // answers that explained the old one no longer do.
  const terms = version.terms.map((term) => {
    const option = proposal.terms[term.questionId];
    return option === undefined || option === term.optionId ? term : { questionId: term.questionId, optionId: option, settledBy: 'same' as const };
  });
  return { terms, custom: proposal.custom ?? version.custom, apps: proposal.apps ?? version.apps };
}

export type ProposalChange = Extract<Change, { kind: 'changed' | 'customAdded' | 'customRemoved' | 'appsChanged' }>;
const PROPOSAL_KINDS: ReadonlySet<Change['kind']> = new Set(['changed', 'customAdded', 'customRemoved', 'appsChanged']);

/**
 * What a proposal changes on `version`, term by term in template order: what is in force now
 * (`from`) beside what is proposed (`to`), in the template's words, then own words taken out or
 * added, and the apps, compared as the new version would be built. Empty for a proposal that breaks the rules.
 */
export function proposalChanges(template: Template, version: AgreementVersion, proposal: ApartProposal): ProposalChange[] {
  if (proposalProblem(template, version, proposal)) return [];
  const changes = diffVersions(template, version, { ...version, ...proposedContent(version, proposal) });
  return changes.filter((change): change is ProposalChange => PROPOSAL_KINDS.has(change.kind));
}

/** This partner's signature for the proposal, for their own slot; null when the name is not theirs. */
export function signProposal(agreement: Agreement, proposal: ApartProposal, partner: PartnerKey, typedName: string, now: Date = new Date()): ApartRevisionSigned | null {
  const latest = latestVersion(agreement);
  if (!isSameName(typedName, latest.partners[partner].name)) return null;
  return { base: proposal.base, terms: proposalKey(proposal), signature: { name: normaliseName(typedName), at: now.toISOString() } };
}

/**
 * The new version, once both partners signed this very proposal from their own slots, on the
 * version it was made for. Its time is the later signature's. Null until then, or when anything
 * does not fit (a proposal on an older version, a signature for other terms).
 */
export function apartRevision(
  template: Template,
  agreement: Agreement,
  proposal: ApartProposal | undefined,
  signed: Readonly<Record<PartnerKey, ApartRevisionSigned | undefined>>,
): Agreement | null {
  if (!proposal || agreement.withdrawn) return null;
  const latest = latestVersion(agreement);
  if (proposal.base !== latest.version || proposalProblem(template, latest, proposal)) return null;
  const key = proposalKey(proposal);
  const signatures: Partial<Record<PartnerKey, Signature>> = {};
  for (const partner of PARTNERS) {
    const entry = signed[partner];
    if (!entry || entry.base !== proposal.base || entry.terms !== key || !isSameName(entry.signature.name, latest.partners[partner].name)) return null;
    signatures[partner] = entry.signature;
  }
  const { a, b } = signatures as Record<PartnerKey, Signature>;
  const version = followingVersion(latest, { ...proposedContent(latest, proposal), signatures: { a, b }, createdAt: a.at > b.at ? a.at : b.at });
  const next: Agreement = { ...agreement, versions: [...agreement.versions, version] };
  const checked = checkIncoming((id, number) => (id === template.id && number === template.version ? template : undefined), next);
  return checked.ok ? checked.agreement : null;
}
