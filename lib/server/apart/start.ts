import 'server-only';
import { closeApart, getApart } from './runtime';
import { logStartFailed } from './logger';
import { closeOnSignals } from './shutdown';

/**
 * At server start: a bad setting or an unusable database stops the server, with a message naming
 * the cause. Then a graceful shutdown on SIGTERM: the requests in flight finish, the store closes.
 */
export async function startOrExit(): Promise<void> {
  try {
    await getApart();
  } catch (error) {
    logStartFailed(error);
    process.exit(1);
  }
  closeOnSignals(closeApart);
}
