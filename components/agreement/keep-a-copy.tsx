'use client';

import type { Agreement } from '@/lib/agreement/schema';
import { exportAgreementFile } from '@/lib/agreement/file-format';
import { downloadFile } from '@/lib/browser/download';

/** The neutral name of the exported file: no names, nothing explicit. */
export const AGREEMENT_FILE_NAME = 'our-agreement.json';

/** Saves the whole agreement, every version, as a file the couple keeps. */
export function KeepACopy({ agreement }: Readonly<{ agreement: Agreement }>) {
  return (
    <div>
      <p>
        A file with every version of this agreement, to keep or to open on another device (from the “Your data” page). Anyone
        with the file can read it, so keep it somewhere private.
      </p>
      <button
        className="button secondary"
        type="button"
        onClick={() => downloadFile(AGREEMENT_FILE_NAME, exportAgreementFile(agreement), 'application/json')}
      >
        Save a copy of all versions
      </button>
    </div>
  );
}
