import type { Agreement, AgreementVersion } from '../agreement/schema';
import { agreementSchema } from '../agreement/schema';
import { checkIncoming, relateToSaved, type IncomingProblem, type TemplateLookup } from '../agreement/incoming';
import { describeChange, diffVersions } from '../agreement/diff';
import { saveAgreement } from './repository';
import { setAside } from './set-aside';
import type { KeyValueStore } from './store';

/**
 * Saves an agreement read from a file under the rules of lib/agreement/incoming.ts:
 * a signed version never changes and never disappears. Nothing here replaces
 * or hides a saved version: a newer copy only adds, an older one adds nothing,
 * an altered one is refused, and a diverged one is kept aside, never in force.
 */

/** The one choice a person makes: keep a copy with a different history aside, marked, not in force. */
export type ImportChoice = 'keepApart';

export type ImportResult =
  | { readonly ok: true; readonly id: string; readonly outcome: 'added' }
  /** The saved copy gained versions, a "seen" signature or a withdrawal; nothing of it was removed. */
  | { readonly ok: true; readonly id: string; readonly outcome: 'extended'; readonly addedVersions: readonly number[]; readonly addsSeen: boolean; readonly addsWithdrawal: boolean }
  /** The record saved here could not be read: it was set aside (kept), and the file's agreement saved. */
  | { readonly ok: true; readonly id: string; readonly outcome: 'unreadableSetAside' }
  /** The copy with a different history was kept aside, not in force. */
  | { readonly ok: true; readonly id: string; readonly outcome: 'keptApart' }
  | { readonly ok: false; readonly kind: 'identical' | 'older'; readonly id: string; readonly savedWithdrawn: boolean }
  /** Ask first: keep it aside as a separate copy (`keepApart`), or leave it. */
  | { readonly ok: false; readonly kind: 'diverged'; readonly id: string; readonly since: number }
  /** Version `version` differs from the saved one: `changes` says how (saved → file); nothing can replace it. */
  | { readonly ok: false; readonly kind: 'altered'; readonly id: string; readonly version: number; readonly changes: readonly string[] }
  | { readonly ok: false; readonly kind: 'refused'; readonly problem: IncomingProblem; readonly message: string; readonly details?: readonly string[] };

function alteredChanges(findTemplate: TemplateLookup, saved: AgreementVersion, incoming: AgreementVersion): string[] {
  const template = findTemplate(saved.templateId, saved.templateVersion);
  const content = template ? diffVersions(template, saved, incoming).map(describeChange) : [];
  if (content.length > 0) return content;
  // Same terms, different signing details (dates, signatures, what was acknowledged).
  const lines: string[] = [];
  if (saved.createdAt !== incoming.createdAt) lines.push(`Signed on: ${saved.createdAt} → ${incoming.createdAt}`);
  if (JSON.stringify(saved.signatures) !== JSON.stringify(incoming.signatures)) lines.push('The signatures differ.');
  return lines.length > 0 ? lines : ['The signed details differ.'];
}

/**
 * Saves an agreement that arrived from a file. Without a choice, anything
 * short of a plain addition is reported and nothing is written.
 */
export async function importAgreement(store: KeyValueStore, findTemplate: TemplateLookup, input: unknown, choice?: ImportChoice): Promise<ImportResult> {
  const checked = checkIncoming(findTemplate, input);
  if (!checked.ok) return { ok: false, kind: 'refused', problem: checked.problem, message: checked.message, ...(checked.details ? { details: checked.details } : {}) };
  const incoming = checked.agreement;
  const { id } = incoming;

  const stored = await store.get('agreements', id);
  if (stored === undefined) {
    await saveAgreement(store, incoming);
    return { ok: true, id, outcome: 'added' };
  }
  const existing = agreementSchema.safeParse(stored);
  if (!existing.success) {
    // An unreadable record is moved aside first (listed, and can be saved as a file), never thrown away.
    await setAside(store, 'agreements', id, stored);
    await saveAgreement(store, incoming);
    return { ok: true, id, outcome: 'unreadableSetAside' };
  }
  const saved: Agreement = existing.data;
  const relation = relateToSaved(saved, incoming);
  switch (relation.kind) {
    case 'identical':
    case 'older':
      return { ok: false, kind: relation.kind, id, savedWithdrawn: Boolean(saved.withdrawn) };
    case 'altered':
      return { ok: false, kind: 'altered', id, version: relation.version, changes: alteredChanges(findTemplate, relation.saved, relation.incoming) };
    case 'diverged':
      if (choice !== 'keepApart') return { ok: false, kind: 'diverged', id, since: relation.since };
      await setAside(store, 'agreements', id, incoming, new Date(), 'diverged');
      return { ok: true, id, outcome: 'keptApart' };
    case 'newer':
      await saveAgreement(store, relation.merged);
      return { ok: true, id, outcome: 'extended', addedVersions: relation.addedVersions, addsSeen: relation.addsSeen, addsWithdrawal: relation.addsWithdrawal };
  }
}
