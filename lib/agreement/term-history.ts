import type { Agreement, PartnerKey, Signature } from './schema';
import { otherPartner } from './schema';

/**
 * Who last set each term of a version. A version both signed sets every term
 * together; a tightening sets only the terms it changed, by one partner alone,
 * and the other may have seen and signed it since. The record says which.
 */

export interface TightenedTerm {
  readonly version: number;
  readonly by: PartnerKey;
  readonly at: string;
  /** The other partner's signature once they have seen it. */
  readonly seenBy?: Signature;
}

/** The terms of `versionNumber` last set by one partner alone, by question id. */
export function termsTightenedAlone(agreement: Pick<Agreement, 'versions'>, versionNumber: number): ReadonlyMap<string, TightenedTerm> {
  const chain = [...agreement.versions].filter((version) => version.version <= versionNumber).sort((x, y) => x.version - y.version);
  const alone = new Map<string, TightenedTerm>();
  for (const version of chain) {
    const { change } = version;
    if (!change) {
      alone.clear();
      continue;
    }
    const parent = chain.find((candidate) => candidate.version === version.parent);
    const before = new Map(parent?.terms.map((term) => [term.questionId, term.optionId]));
    for (const term of version.terms) {
      if (before.get(term.questionId) === term.optionId) continue;
      alone.set(term.questionId, { version: version.version, by: change.by, at: change.signature.at, ...(change.seenBy ? { seenBy: change.seenBy } : {}) });
    }
  }
  return alone;
}

/** The plain sentence for a term one partner made stricter alone. */
export function tightenedNote(change: TightenedTerm, names: Readonly<Record<PartnerKey, string>>, formatDate: (iso: string) => string): string {
  const other = names[otherPartner(change.by)];
  const made = `${names[change.by]} made this stricter alone in version ${change.version}, on ${formatDate(change.at)}`;
  return change.seenBy
    ? `${made}. ${other} has seen it, and signed on ${formatDate(change.seenBy.at)}.`
    : `${made}. ${other} has not seen it yet.`;
}
