'use client';

import { useState } from 'react';
import { describeWhatIsDeleted } from '@/lib/storage/delete-all';
import { useDataActions } from '../session/use-data-actions';
import { STORAGE_MESSAGES } from '../shared/storage-banner';

/** One control that removes everything this app keeps on this device, after saying exactly what that means. */
export function DeleteAllPanel() {
  const scope = describeWhatIsDeleted();
  const { deleteAll } = useDataActions();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  return (
    <div>
      <h3>This removes, from this device:</h3>
      <ul>
        {scope.removed.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>It cannot remove:</h3>
      <ul>
        {scope.notRemoved.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {result && (
        <p className={result.ok ? 'notice' : 'status'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      )}
      {!confirming ? (
        <button className="button danger" type="button" onClick={() => setConfirming(true)}>
          Delete my data on this device
        </button>
      ) : (
        <div className="notice">
          <p>
            <strong>Are you sure?</strong> This cannot be undone. If you want to keep your agreement, save a copy first.
          </p>
          <div className="button-row">
            <button
              className="button danger"
              type="button"
              onClick={async () => {
                const outcome = await deleteAll();
                setConfirming(false);
                setResult(outcome.ok ? { ok: true, message: 'Everything this app kept on this device has been deleted.' } : { ok: false, message: STORAGE_MESSAGES[outcome.problem] });
              }}
            >
              Yes, delete everything here
            </button>
            <button className="button quiet" type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
