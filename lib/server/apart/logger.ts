import 'server-only';

/**
 * The server's only logger. It prints a route's pattern (never a path with an id in it), a status,
 * a duration, an error's class name, a few fixed event lines, and (once, at start, before any
 * request) why the server cannot start. No token, fragment, name, id, address or ciphertext can
 * reach it: it takes no free text, and whatever it is given that does not have the expected shape
 * prints as a placeholder instead.
 */
export type RouteName = `/api/${string}`;

/** Route patterns are lowercase segments and `[param]` names: `/api/apart/[id]/status`. */
const ROUTE_PATTERN = /^\/api(?:\/(?:[a-z-]+|\[[a-z]+\]))*$/;
/** A class name such as `TypeError` or `SqliteError`; anything else could be data. */
const ERROR_NAME = /^[A-Z][A-Za-z]{0,39}$/;

const EVENTS = {
  expiryFailed: 'api expiry failed',
  storeClosed: 'api store closed',
  storeCloseFailed: 'api store: closing failed',
  idleConnectionFailed: 'api store: an idle database connection failed',
} as const;
export type ServerEvent = keyof typeof EVENTS;

/** A password in a URL (`postgres://user:secret@host`), and any run long enough to be a token, key or ciphertext. */
const URL_PASSWORD = /(\/\/[^\s/:@]+):[^\s/@]+@/g;
const TOKEN_LIKE = /[A-Za-z0-9_+/=-]{32,}/g;

const routeOf = (route: string) => (ROUTE_PATTERN.test(route) ? route : '/api/(unnamed)');
const kindOf = (error: unknown) => (error instanceof Error && ERROR_NAME.test(error.name) ? error.name : 'Error');

export function logRequest(route: RouteName, status: number, startedAt: number): void {
  const code = Number.isInteger(status) && status >= 100 && status <= 599 ? status : 0;
  console.info(`api ${routeOf(route)} ${code} ${Math.round(performance.now() - startedAt)}ms`);
}

/** For failures: the kind of error only (its class name), never its message, which could quote data. */
export function logFailure(route: RouteName, error: unknown): void {
  console.error(`api ${routeOf(route)} failed: ${kindOf(error)}`);
}

/**
 * At start, before any request: why the server cannot start (a setting named, the database's
 * refusal), for whoever runs it. A password in a URL and anything shaped like a token print hidden.
 */
export function logStartFailed(error: unknown): void {
  const message = error instanceof Error && error.message ? error.message : 'The apart-mode store could not start.';
  console.error(message.replace(URL_PASSWORD, '$1:(hidden)@').replace(TOKEN_LIKE, '(hidden)'));
}

/** One of the fixed lines above, nothing else. */
export function logEvent(event: ServerEvent): void {
  const line = EVENTS[event];
  if (event === 'storeClosed') console.info(line);
  else console.error(line);
}
