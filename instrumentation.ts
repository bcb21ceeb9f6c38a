/**
 * Runs once when the server starts: checks the apart-mode settings, opens the store (creating
 * ./data on first run) and runs its migrations, so a bad setting stops `npm start` at once with a
 * message naming it, instead of surfacing on the first request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    await (await import('./lib/server/apart/start')).startOrExit();
  }
}
