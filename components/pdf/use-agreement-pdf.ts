import { useEffect } from 'react';
import type { Agreement } from '@/lib/agreement/schema';
import type { Template } from '@/lib/template/types';
import { latestResult, type PdfExportJob } from '@/lib/pdf/export-job';

/**
 * The agreement PDF on the page, made in a Web Worker (render-worker.ts) so
 * layout never blocks the page, and made ahead once the page is idle so a
 * click only hands over the file. This module is small and loads with the
 * page; the renderer loads only inside the worker (docs/pdf.md).
 */

/** One export: the job, and the country chosen on this device whose help it prints (never sent anywhere). */
export type AgreementPdfJob = PdfExportJob & { readonly country?: string };

/** What the page and the worker say to each other. */
export type PdfWorkerRequest = { readonly id: number; readonly job: AgreementPdfJob };
export type PdfWorkerReply = { readonly id: number } & ({ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly message: string });

class WorkerUnavailable extends Error {}

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const waiting = new Map<number, { resolve(bytes: Uint8Array): void; reject(error: Error): void }>();

function stopWorker(): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  for (const { reject } of waiting.values()) reject(new WorkerUnavailable('The PDF worker stopped'));
  waiting.clear();
}

/** The page's one PDF worker, started on first use; null where workers cannot run. */
function pdfWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.addEventListener('message', ({ data }: MessageEvent<PdfWorkerReply>) => {
    const entry = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.ok) entry?.resolve(data.bytes);
    else entry?.reject(new Error(data.message));
  });
  // The worker itself failed (it could not load, or crashed): finish on the page instead.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stopWorker();
  });
  return worker;
}

async function renderJob(job: AgreementPdfJob): Promise<Uint8Array> {
  const target = pdfWorker();
  if (target) {
    try {
      return await new Promise<Uint8Array>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        target.postMessage({ id, job } satisfies PdfWorkerRequest);
      });
    } catch (error) {
      if (!(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const { renderAgreementPdf } = await import('./render');
  return renderAgreementPdf(job);
}

/**
 * The same job again returns the same bytes (made ahead, or still being made);
 * any change discards them. The country is not part of the job's key, so a
 * change of country starts a fresh keeper: the old country's PDF is never handed over.
 */
export function keptPerCountry<T>(make: (job: AgreementPdfJob) => Promise<T>): (job: AgreementPdfJob) => Promise<T> {
  let kept: { readonly country: string | undefined; readonly result: (job: PdfExportJob) => Promise<T> } | null = null;
  return (job) => {
    const { country } = job;
    if (!kept || kept.country !== country) {
      kept = { country, result: latestResult((plain) => make({ ...plain, ...(country ? { country } : {}) })) };
    }
    return kept.result(job);
  };
}

const pdfBytes = keptPerCountry(renderJob);

/** How long the page settles before the PDF is made ahead of a click. */
const AHEAD_DELAY_MS = 1500;

/** Runs `task` once the page has been open a moment and the browser is idle. Returns a cancel function. */
function whenIdle(task: () => void): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 2000 });
    else task();
  }, AHEAD_DELAY_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

export interface AgreementPdfSource {
  readonly template: Template;
  readonly agreement: Agreement;
  readonly versionNumber: number;
  /** The country chosen on this device, for the help printed at the end. */
  readonly country?: string;
}

/**
 * `bytes()` gives the PDF of this version; `makeAhead()` starts it early (on
 * hover or focus). It is also started once the page is idle, and again after
 * any change, so the click rarely waits.
 *
 * @example
 * const pdf = useAgreementPdf({ template, agreement, versionNumber });
 * const bytes = await pdf.bytes();
 */
export function useAgreementPdf({ template, agreement, versionNumber, country }: AgreementPdfSource): { bytes(): Promise<Uint8Array>; makeAhead(): void } {
  const bytes = () => pdfBytes({ template, agreement, versionNumber, ...(country ? { country } : {}) });
  // Made ahead only to spare the click its wait: a failure here is silent, and the click tries again.
  const makeAhead = () => void bytes().catch(() => undefined);
  // Again whenever the agreement, the version or the country changes (makeAhead reads exactly these).
  useEffect(() => whenIdle(makeAhead), [template, agreement, versionNumber, country]);
  return { bytes, makeAhead };
}
