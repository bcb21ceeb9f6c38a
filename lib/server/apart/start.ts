import 'server-only';
import { closeApart, getApart } from './runtime';
import { closeOnSignals } from './shutdown';

/**
 * At server start: a bad setting or an unusable database stops the server, with a message naming
 * the cause. Then a graceful shutdown on SIGTERM: the requests in flight finish, the store closes.
 */
export async function startOrExit(): Promise<void> {
  try {
    await getApart();
  } catch (error) {
    console.error(error instanceof Error ? error.message : 'The apart-mode store could not start.');
    process.exit(1);
  }
  closeOnSignals(closeApart);
}
