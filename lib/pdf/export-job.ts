import type { Agreement } from '../agreement/schema';
import type { Template } from '../template/types';

/** Everything a PDF export depends on: the same job always makes the same bytes. */
export interface PdfExportJob {
  readonly template: Template;
  readonly agreement: Agreement;
  readonly versionNumber: number;
}

const agreementKeys = new WeakMap<Agreement, string>();

/**
 * A key that differs whenever anything the PDF shows could differ. The
 * agreement is keyed by its content, not its identity: a reloaded but equal
 * agreement keeps a result made ahead, and any change at all drops it. The
 * device's time zone is not in it: the PDF prints the same in every zone.
 */
export function exportJobKey(job: PdfExportJob): string {
  let agreement = agreementKeys.get(job.agreement);
  if (agreement === undefined) {
    agreement = JSON.stringify(job.agreement);
    agreementKeys.set(job.agreement, agreement);
  }
  return JSON.stringify([job.template.id, job.template.version, job.versionNumber, agreement]);
}

/**
 * Keeps the result of the latest job only: asking again for the same job
 * returns the same promise (made ahead of the click, or still running), a
 * different job discards it, and a failure is forgotten so the next ask retries.
 */
export function latestResult<T>(make: (job: PdfExportJob) => Promise<T>): (job: PdfExportJob) => Promise<T> {
  let kept: { key: string; result: Promise<T> } | null = null;
  return (job) => {
    const key = exportJobKey(job);
    if (kept?.key === key) return kept.result;
    const entry = { key, result: make(job) };
    kept = entry;
    entry.result.catch(() => {
      if (kept === entry) kept = null;
    });
    return entry.result;
  };
}

/**
 * The last moment the agreement's history records (a version made or signed,
 * a change seen, a withdrawal): the embedded data's `exportedAt`, so every
 * device builds the same bytes from the same data, whenever it exports.
 */
export function lastRecordedMoment(agreement: Agreement): Date {
  const moments: string[] = agreement.withdrawn ? [agreement.withdrawn.at] : [];
  for (const version of agreement.versions) {
    moments.push(version.createdAt, version.signatures.a.at, version.signatures.b.at);
    if (version.change) moments.push(version.change.signature.at, ...(version.change.seenBy ? [version.change.seenBy.at] : []));
  }
  return new Date(Math.max(...moments.map((moment) => Date.parse(moment))));
}
