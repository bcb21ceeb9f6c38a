import { agreementSchema, type Agreement } from '../agreement/schema';
import { historyProblems } from '../agreement/file-format';
import { describeIssues } from '../agreement/file-problems';
import { newId } from '../agreement/ids';
import { latestVersion } from '../agreement/versions';
import { saveAgreement } from './repository';
import { setAside } from './set-aside';
import type { KeyValueStore } from './store';

/** What to do when the device already has an agreement with the same id. Never merged silently. */
export type ImportChoice = 'keepBoth' | 'replace';

export interface CopySummary {
  readonly versions: number;
  readonly latestVersion: number;
  readonly latestAt: string;
  readonly withdrawnAt?: string;
}

export type ImportResult =
  | { readonly ok: true; readonly id: string; readonly outcome: 'added' | 'keptBoth' | 'replaced' }
  /** The same id is saved here already; ask the person, then call again with a choice. `existing` is null when the saved copy is unreadable. */
  | { readonly ok: false; readonly conflict: true; readonly identical: boolean; readonly existing: CopySummary | null; readonly incoming: CopySummary }
  | { readonly ok: false; readonly conflict: false; readonly problems: string[] };

function summarize(agreement: Agreement): CopySummary {
  const latest = latestVersion(agreement);
  return {
    versions: agreement.versions.length,
    latestVersion: latest.version,
    latestAt: latest.createdAt,
    ...(agreement.withdrawn ? { withdrawnAt: agreement.withdrawn.at } : {}),
  };
}

async function freeId(store: KeyValueStore): Promise<string> {
  let id = newId();
  while ((await store.get('agreements', id)) !== undefined) id = newId();
  return id;
}

/**
 * Saves an agreement read from a file. Without a choice, an agreement already
 * here is left exactly as it is and a conflict is reported.
 */
export async function importAgreement(store: KeyValueStore, agreement: Agreement, choice?: ImportChoice): Promise<ImportResult> {
  const parsed = agreementSchema.safeParse(agreement);
  if (!parsed.success) return { ok: false, conflict: false, problems: describeIssues(parsed.error.issues) };
  const incoming = parsed.data;
  const history = historyProblems(incoming);
  if (history.length > 0) return { ok: false, conflict: false, problems: history };

  const stored = await store.get('agreements', incoming.id);
  if (stored === undefined) {
    await saveAgreement(store, incoming);
    return { ok: true, id: incoming.id, outcome: 'added' };
  }
  const existing = agreementSchema.safeParse(stored);
  if (existing.success && existing.data.withdrawn && !incoming.withdrawn) {
    // An older copy must not bring back an agreement someone withdrew.
    return {
      ok: false,
      conflict: false,
      problems: ['This agreement was withdrawn on this device, and this copy is from before that. It cannot bring the agreement back. You can start afresh instead.'],
    };
  }
  if (!choice) {
    const identical = existing.success && JSON.stringify(existing.data) === JSON.stringify(incoming);
    return { ok: false, conflict: true, identical, existing: existing.success ? summarize(existing.data) : null, incoming: summarize(incoming) };
  }
  if (choice === 'keepBoth') {
    const id = await freeId(store);
    await saveAgreement(store, { ...incoming, id });
    return { ok: true, id, outcome: 'keptBoth' };
  }
  // An unreadable record is moved aside first, never thrown away.
  if (!existing.success) await setAside(store, 'agreements', incoming.id, stored);
  await saveAgreement(store, incoming);
  return { ok: true, id: incoming.id, outcome: 'replaced' };
}
