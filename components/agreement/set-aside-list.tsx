'use client';

import { formatDate } from '@/lib/agreement/format-date';
import { downloadFile } from '@/lib/browser/download';
import { setAsideFile, type SetAsideItem } from '@/lib/storage/set-aside';
import { useSetAside } from '../session/use-set-aside';
import { STORAGE_MESSAGES } from '../shared/storage-banner';

const KINDS: Readonly<Record<string, string>> = { agreements: 'An agreement', drafts: 'A draft' };

/** Neutral on purpose, like every file name the app writes. */
const FILE_NAME = 'set-aside-record.json';

function describe(item: SetAsideItem): string {
  const what = KINDS[item.collection] ?? 'A saved item';
  const when = item.at ? ` on ${formatDate(item.at)}` : '';
  return item.reason === 'diverged'
    ? `${what} from a file whose history went a different way from the copy here; kept aside${when} as a separate copy. It is not the one in force.`
    : `${what} that could not be read on this device; set aside${when}, nothing was deleted.`;
}

/** Everything kept aside on this device, each with a way to save it as a file. Nothing here deletes anything. */
export function SetAsideList() {
  const load = useSetAside();
  if (load.status === 'loading') return null;
  if (load.status === 'failed') return <p className="status" role="alert">{STORAGE_MESSAGES[load.problem]}</p>;
  if (load.items.length === 0) return <p className="muted">Nothing has been set aside on this device.</p>;
  return (
    <div>
      {load.items.map((item) => (
        <div className="card" key={item.key}>
          <p>{describe(item)}</p>
          <button className="button secondary" type="button" onClick={() => downloadFile(FILE_NAME, setAsideFile(item), 'application/json')}>
            Save it as a file
          </button>
        </div>
      ))}
    </div>
  );
}
