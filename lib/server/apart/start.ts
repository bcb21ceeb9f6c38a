import 'server-only';
import { getApart } from './runtime';

/** At server start: a bad setting or an unusable database stops the server, with a message naming the cause. */
export async function startOrExit(): Promise<void> {
  try {
    await getApart();
  } catch (error) {
    console.error(error instanceof Error ? error.message : 'The apart-mode store could not start.');
    process.exit(1);
  }
}
