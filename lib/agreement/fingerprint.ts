import type { AgreementVersion } from './schema';

/**
 * A fingerprint lets both partners check that they hold the same signed
 * version: SHA-256 over a canonical serialisation of what was signed.
 *
 * Canonical means: only the signed fields (listed below, so a future
 * bookkeeping field never changes old fingerprints), object keys sorted, no
 * whitespace, strings in Unicode NFC (a name typed as "Zoë" on one phone and
 * stored decomposed on another is the same name), and arrays whose order
 * carries no meaning (apps, acknowledgements, terms) sorted. Custom terms keep
 * the order the couple wrote them in, because that order is shown.
 */

/** Bumped only if the canonical form itself ever changes. */
const CANONICAL_TAG = 'our-terms-fingerprint/1';

type Canonical = string | number | boolean | null | readonly Canonical[] | { readonly [key: string]: Canonical | undefined };

function sortedStrings(values: readonly string[]): string[] {
  return [...values].sort((first, second) => (first < second ? -1 : first > second ? 1 : 0));
}

/** The signed content of a version, with every order-free array sorted. */
export function canonicalVersion(version: AgreementVersion): Canonical {
  const terms = [...version.terms]
    .sort((first, second) => (first.questionId < second.questionId ? -1 : first.questionId > second.questionId ? 1 : 0))
    .map((term) => ({
      questionId: term.questionId,
      optionId: term.optionId,
      settledBy: term.settledBy,
      answers: term.answers ? { a: term.answers.a, b: term.answers.b } : undefined,
    }));
  return {
    tag: CANONICAL_TAG,
    version: version.version,
    parent: version.parent,
    templateId: version.templateId,
    templateVersion: version.templateVersion,
    partners: { a: { name: version.partners.a.name }, b: { name: version.partners.b.name } },
    apps: sortedStrings(version.apps),
    terms,
    custom: version.custom.map((term) => ({ id: term.id, author: term.author, text: term.text })),
    acknowledgements: { a: sortedStrings(version.acknowledgements.a), b: sortedStrings(version.acknowledgements.b) },
    signatures: {
      a: { name: version.signatures.a.name, at: version.signatures.a.at },
      b: { name: version.signatures.b.name, at: version.signatures.b.at },
    },
    createdAt: version.createdAt,
    // A tightening is part of what was signed; the other partner's later "seen" is not,
    // so the fingerprint stays the same once they have seen it.
    change: version.change
      ? { kind: version.change.kind, by: version.change.by, signature: { name: version.change.signature.name, at: version.change.signature.at } }
      : undefined,
    // Whether first private answers are kept is part of what was signed; absent on older versions, so their fingerprints stay.
    privateAnswers: version.privateAnswers,
  };
}

/** JSON with sorted keys, no whitespace, NFC strings; `undefined` members are left out. */
export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('Cannot fingerprint a non-finite number');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((item: Canonical) => canonicalJson(item)).join(',')}]`;
  const record = value as { readonly [key: string]: Canonical | undefined };
  const members = Object.keys(record)
    .sort()
    .flatMap((key) => {
      const member = record[key];
      return member === undefined ? [] : [`${JSON.stringify(key)}:${canonicalJson(member)}`];
    });
  return `{${members.join(',')}}`;
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * SHA-256 (lower-case hex, 64 characters) of a signed version.
 * Uses `globalThis.crypto.subtle`, so the same code runs in browsers and Node 20.
 *
 * @example
 * const hex = await fingerprintVersion(agreement.versions.at(-1)!);
 * shortFingerprint(hex); // "a1b2 c3d4 e5f6 a7b8"
 */
export async function fingerprintVersion(version: AgreementVersion): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(canonicalVersion(version)));
  return toHex(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}

/** The first 16 hex characters, in groups of four for reading aloud: "a1b2 c3d4 e5f6 a7b8". */
export function shortFingerprint(hex: string): string {
  const head = hex.toLowerCase().slice(0, 16);
  return (head.match(/.{1,4}/g) ?? []).join(' ');
}

/** True for a full fingerprint as `fingerprintVersion` returns it. */
export function isFingerprint(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}
