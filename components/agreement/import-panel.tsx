'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Agreement } from '@/lib/agreement/schema';
import { useDataActions, type Imported } from '../session/use-data-actions';
import { STORAGE_MESSAGES } from '../shared/storage-banner';
import { readFileOffThread } from '@/lib/browser/read-file-off-thread';
import type { ImportResult } from '@/lib/storage/import';

/**
 * What the import panel says, in one place. Every refusal is one plain
 * sentence and, where it is true, ends "Nothing was changed."
 * (Refusals from reading a file come from lib: lib/agreement/read-file.ts, lib/pdf/read.ts, lib/agreement/file-format.ts, incoming.ts.)
 */
export const IMPORT_MESSAGES = {
  reading: 'Reading the file…',
  added: 'The agreement is now on this device.',
  extended: (versions: readonly number[], seen: boolean, withdrawn: boolean): string => {
    const parts = [
      versions.length === 1 ? `version ${versions[0]}` : versions.length > 1 ? `versions ${versions[0]} to ${versions.at(-1)}` : '',
      seen ? 'a partner’s “seen” signature' : '',
      withdrawn ? 'the withdrawal' : '',
    ].filter(Boolean);
    return `This copy added ${parts.join(' and ')} to the agreement on this device; nothing it already held was changed.`;
  },
  unreadableSetAside:
    'The copy saved here could not be read, so we set it aside (nothing was deleted; it is listed below) and saved the agreement from this file.',
  keptApart:
    'The file’s copy is kept aside on this device, marked as a separate copy: it is not the agreement in force, and you can save it as a file below.',
  identical: 'This exact agreement is already on this device. Nothing was changed.',
  older: 'The agreement on this device already holds everything in this copy, and more: nothing to add. Nothing was changed.',
  olderWithdrawn: 'This agreement was withdrawn on this device, and this copy is from before that, so it cannot bring it back. Nothing was changed.',
  diverged: (since: number): string =>
    `This copy and the one on this device went different ways from version ${since}: the copy here stays the one in force. You can keep the file’s copy aside, clearly marked as a separate copy, to talk about together.`,
  altered: (version: number): string =>
    `Version ${version} in this file is not the version ${version} signed on this device: one of the two copies was changed after signing. The copy on this device stays as it is. Nothing was changed.`,
  alteredDiffers: 'What differs (this device → the file):',
  failed: 'This file could not be read. Nothing was changed.',
  details: 'Show where the problem is',
} as const;

/** The sentence for a result that needs no further choice. */
function importResultMessage(result: ImportResult): string {
  if (result.ok) {
    switch (result.outcome) {
      case 'added':
        return IMPORT_MESSAGES.added;
      case 'extended':
        return IMPORT_MESSAGES.extended(result.addedVersions, result.addsSeen, result.addsWithdrawal);
      case 'unreadableSetAside':
        return IMPORT_MESSAGES.unreadableSetAside;
      case 'keptApart':
        return IMPORT_MESSAGES.keptApart;
    }
  }
  switch (result.kind) {
    case 'identical':
      return IMPORT_MESSAGES.identical;
    case 'older':
      return result.savedWithdrawn ? IMPORT_MESSAGES.olderWithdrawn : IMPORT_MESSAGES.older;
    case 'diverged':
      return IMPORT_MESSAGES.diverged(result.since);
    case 'altered':
      return IMPORT_MESSAGES.altered(result.version);
    case 'refused':
      return result.message;
  }
}

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'busy' }
  | { readonly status: 'refused'; readonly message: string; readonly details?: readonly string[]; readonly changes?: readonly string[] }
  | { readonly status: 'info'; readonly message: string; readonly id?: string }
  | { readonly status: 'diverged'; readonly message: string; readonly agreement: Agreement }
  | { readonly status: 'done'; readonly message: string; readonly id: string | null };

function stateFor(result: Imported, agreement: Agreement): State {
  if (!result.ok && result.kind === 'storage') return { status: 'refused', message: STORAGE_MESSAGES[result.storage] };
  const message = importResultMessage(result);
  if (result.ok) return { status: 'done', message, id: result.outcome === 'keptApart' ? null : result.id };
  switch (result.kind) {
    case 'identical':
    case 'older':
      return { status: 'info', message, id: result.id };
    case 'diverged':
      return { status: 'diverged', message, agreement };
    case 'altered':
      return { status: 'refused', message, changes: result.changes };
    case 'refused':
      return { status: 'refused', message, ...(result.details ? { details: result.details } : {}) };
  }
}

/**
 * Opens an agreement from a saved file or one of its PDFs. Nothing here can
 * replace, remove or hide a signed version: a newer copy adds its versions,
 * anything else is said plainly and changes nothing (lib/storage/import.ts).
 */
export function ImportPanel() {
  const [state, setState] = useState<State>({ status: 'idle' });
  const { importAgreement } = useDataActions();
  const reading = useRef<AbortController | null>(null);

  // Leaving the page stops any file still being read.
  useEffect(() => () => reading.current?.abort(), []);

  const save = async (agreement: Agreement, keepApart: boolean) => {
    const result = await importAgreement(agreement, keepApart ? 'keepApart' : undefined);
    setState(stateFor(result, agreement));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared at once, so choosing the same file again (after a fix, or after Cancel) reads it again.
    event.target.value = '';
    if (!file) return;
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setState({ status: 'busy' });
    try {
      const read = await readFileOffThread(file, { signal: controller.signal });
      if (controller.signal.aborted) return;
      if (!read.ok) return setState({ status: 'refused', message: read.message, ...(read.details ? { details: read.details } : {}) });
      await save(read.agreement, false);
    } catch {
      setState({ status: 'refused', message: IMPORT_MESSAGES.failed });
    }
  };

  return (
    <div>
      <div className="field">
        <label htmlFor="import-file">Choose an agreement file (.json) or an agreement PDF</label>
        <input id="import-file" type="file" accept=".json,application/json,.pdf,application/pdf" onChange={(event) => void onFile(event)} />
      </div>
      <div aria-live="polite">
        {state.status === 'busy' && <p className="muted">{IMPORT_MESSAGES.reading}</p>}
        {state.status === 'refused' && (
          <div className="status" role="alert">
            <p>{state.message}</p>
            {state.changes && (
              <>
                <p>{IMPORT_MESSAGES.alteredDiffers}</p>
                <ul>
                  {state.changes.map((change) => (
                    <li key={change}>{change}</li>
                  ))}
                </ul>
              </>
            )}
            {state.details && (
              <details>
                <summary>{IMPORT_MESSAGES.details}</summary>
                <ul className="small">
                  {state.details.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
        {state.status === 'info' && (
          <p className="notice" role="status">
            {state.message} {state.id && <Link href={`/agreement?id=${state.id}`}>Open the agreement on this device</Link>}
          </p>
        )}
        {state.status === 'done' && (
          <p className="notice" role="status">
            {state.message} {state.id && <Link href={`/agreement?id=${state.id}`}>Open it</Link>}
          </p>
        )}
        {state.status === 'diverged' && (
          <div className="notice" role="status">
            <p>{state.message}</p>
            <div className="button-row">
              <button className="button secondary" type="button" onClick={() => void save(state.agreement, true)}>
                Keep the file’s copy aside
              </button>
              <button className="button quiet" type="button" onClick={() => setState({ status: 'idle' })}>
                Leave it
              </button>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
