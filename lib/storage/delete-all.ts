import { COLLECTIONS, toStorageError, type KeyValueStore, type StorageErrorKind } from './store';

export interface DeletionScope {
  /** What this control removes from this device. */
  readonly removed: readonly string[];
  /** What no button in this app can remove; said plainly so nobody is misled. */
  readonly notRemoved: readonly string[];
}

/** Text for the confirmation, so it says exactly what will and will not go. */
export function describeWhatIsDeleted(): DeletionScope {
  return {
    removed: [
      'Drafts you have started on this device',
      'Signed agreements saved on this device, with all their versions',
      'Records the app set aside because it could not read them',
      'The keys this device keeps for an agreement made on two phones (without them, this device cannot open the shared copy again)',
      'The country you chose for help',
    ],
    notRemoved: [
      'Agreement files you have already exported or saved elsewhere',
      'PDFs you have already downloaded, printed or shared',
      'Reminders you added to a calendar',
      'Anything in WhatsApp or other chat apps, including messages, photos and their backups',
      'Anything on your partner’s phone or any other device',
      'A shared copy of an agreement made on two phones, held encrypted on our server: delete it there first, or it is removed when it expires',
    ],
  };
}

export type DeleteResult = { readonly ok: true } | { readonly ok: false; readonly problem: StorageErrorKind };

/** Removes everything the app stores on this device, then checks that nothing is left. */
export async function deleteAllData(store: KeyValueStore): Promise<DeleteResult> {
  try {
    await store.clearAll();
    for (const collection of COLLECTIONS) {
      if ((await store.entries(collection)).length > 0) return { ok: false, problem: 'failed' };
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: toStorageError(error).kind };
  }
}
