// Opens the SQLite store on the file named in argv[2] and closes it: one process of the
// "several processes start at once" test. Exits 0 when the store opened, 1 with the reason when not.
import { openSqliteStore } from '../../lib/server/store/sqlite';

const file = process.argv[2];
if (!file) throw new Error('usage: open-sqlite-store.ts FILE');
openSqliteStore(file).then(
  async (store) => {
    await store.close();
    process.exit(0);
  },
  (error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    console.error(error instanceof Error ? `${error.message}${cause}` : String(error));
    process.exit(1);
  },
);
