'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { Agreement } from '@/lib/agreement/schema';
import { looksLikePdf, MAX_IMPORT_BYTES, parseAgreementFile } from '@/lib/agreement/file-format';
import type { CopySummary, ImportChoice } from '@/lib/storage/import';
import { formatDate } from '@/lib/agreement/format-date';
import { useDataActions } from '../session/use-data-actions';
import { STORAGE_MESSAGES } from '../shared/storage-banner';

type State =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'problems'; problems: string[] }
  | { status: 'conflict'; agreement: Agreement; identical: boolean; existing: CopySummary | null; incoming: CopySummary }
  | { status: 'done'; id: string; message: string };

async function readAgreement(file: File): Promise<{ ok: true; agreement: Agreement } | { ok: false; problems: string[] }> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, problems: ['This file is too large to be an agreement from this app. Nothing was changed.'] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksLikePdf(bytes)) {
    // The PDF reader is large; load it only when a PDF is actually chosen.
    const { readAgreementFromPdf } = await import('@/lib/pdf/read');
    const result = await readAgreementFromPdf(bytes);
    return result.ok ? { ok: true, agreement: result.agreement } : { ok: false, problems: [result.reason] };
  }
  const parsed = parseAgreementFile(bytes);
  return parsed.ok ? { ok: true, agreement: parsed.agreement } : { ok: false, problems: parsed.problems };
}

const describe = (copy: CopySummary | null) =>
  copy ? `version ${copy.latestVersion} from ${formatDate(copy.latestAt)}${copy.withdrawnAt ? ', withdrawn' : ''}` : 'unreadable';

/** Opens an agreement from a saved file or one of its PDFs; never merges silently. */
export function ImportPanel() {
  const [state, setState] = useState<State>({ status: 'idle' });
  const { importAgreement } = useDataActions();

  const store = async (agreement: Agreement, choice?: ImportChoice) => {
    const result = await importAgreement(agreement, choice);
    if (result.ok) {
      const message = result.outcome === 'replaced' ? 'The copy on this device was replaced.' : result.outcome === 'keptBoth' ? 'Both copies are now on this device.' : 'The agreement is now on this device.';
      return setState({ status: 'done', id: result.id, message });
    }
    if (result.conflict) return setState({ status: 'conflict', agreement, identical: result.identical, existing: result.existing, incoming: result.incoming });
    setState({ status: 'problems', problems: 'storage' in result ? [STORAGE_MESSAGES[result.storage]] : result.problems });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ status: 'busy' });
    try {
      const read = await readAgreement(file);
      if (!read.ok) return setState({ status: 'problems', problems: read.problems });
      await store(read.agreement);
    } catch {
      setState({ status: 'problems', problems: ['This file could not be read. Nothing was changed.'] });
    }
  };

  return (
    <div>
      <div className="field">
        <label htmlFor="import-file">Choose an agreement file (.json) or an agreement PDF</label>
        <input id="import-file" type="file" accept=".json,application/json,.pdf,application/pdf" onChange={(event) => void onFile(event.target.files?.[0])} />
      </div>
      <div aria-live="polite">
        {state.status === 'busy' && <p className="muted">Reading the file…</p>}
        {state.status === 'problems' && (
          <div className="status" role="alert">
            {state.problems.map((problem) => (
              <p key={problem}>{problem}</p>
            ))}
          </div>
        )}
        {state.status === 'done' && (
          <p className="notice" role="status">
            {state.message} <Link href={`/agreement?id=${state.id}`}>Open it</Link>
          </p>
        )}
        {state.status === 'conflict' && (
          <div className="notice" role="status">
            <p>
              {state.identical
                ? 'This exact agreement is already on this device.'
                : `This agreement is already on this device (${describe(state.existing)}). The file holds ${describe(state.incoming)}.`}{' '}
              What would you like to do? Nothing is merged.
            </p>
            <div className="button-row">
              <button className="button secondary" type="button" onClick={() => void store(state.agreement, 'keepBoth')}>
                Keep both
              </button>
              <button className="button secondary" type="button" onClick={() => void store(state.agreement, 'replace')}>
                Replace the copy here
              </button>
              <button className="button quiet" type="button" onClick={() => setState({ status: 'idle' })}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
