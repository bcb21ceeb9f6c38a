import 'server-only';

/**
 * The server's only log line: which route (its pattern, never the path with an id in it), the
 * status and how long it took. No token, fragment, name, id, address or ciphertext can reach it,
 * because it is given none.
 */
export type RouteName = `/api/${string}`;

export function logRequest(route: RouteName, status: number, startedAt: number): void {
  console.info(`api ${route} ${status} ${Math.round(performance.now() - startedAt)}ms`);
}

/** For failures: the kind of error only (its class name), never its message, which could quote data. */
export function logFailure(route: RouteName, error: unknown): void {
  const kind = error instanceof Error ? error.name : typeof error;
  console.error(`api ${route} failed: ${kind}`);
}
