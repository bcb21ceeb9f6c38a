import { FILE_TOO_LARGE, FILE_UNREADABLE, readAgreementBytes, type FileRead } from '../agreement/read-file';
import { MAX_IMPORT_BYTES } from '../agreement/file-format';

/** Far longer than any file this app makes takes to read (well under a second); a file that takes longer is stopped. */
export const READ_BUDGET_MS = 10_000;
export const FILE_TOO_SLOW = 'This file took far too long to read, so we stopped reading it. Nothing was changed.';

/**
 * Reads a chosen file in a worker the page can stop: a hostile file can keep
 * the worker busy, never the page (Quick exit keeps working). The worker is
 * stopped after `budgetMs`, and whenever `signal` aborts (the panel unmounts).
 */
export async function readFileOffThread(file: File, { budgetMs = READ_BUDGET_MS, signal }: { budgetMs?: number; signal?: AbortSignal } = {}): Promise<FileRead> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: FILE_TOO_LARGE };
  const buffer = await file.arrayBuffer();
  if (typeof Worker === 'undefined') return readAgreementBytes(new Uint8Array(buffer));
  return new Promise<FileRead>((resolve) => {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'read-file' });
    const finish = (result: FileRead) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      worker.terminate();
      resolve(result);
    };
    const abort = () => finish({ ok: false, message: FILE_UNREADABLE });
    const timer = setTimeout(() => finish({ ok: false, message: FILE_TOO_SLOW }), budgetMs);
    signal?.addEventListener('abort', abort);
    worker.addEventListener('message', (event: MessageEvent<FileRead>) => finish(event.data));
    worker.addEventListener('error', () => finish({ ok: false, message: FILE_UNREADABLE }));
    worker.postMessage(buffer, [buffer]);
  });
}
