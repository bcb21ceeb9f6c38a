import 'server-only';
import { agreementIdSchema } from '../../apart/api-types';
import { ApiError, errorResponse, json } from './http';
import { logFailure, logRequest, type RouteName } from './logger';
import { enforceLimits } from './rate-limit';
import { getApart, type Apart } from './runtime';
import { beginRequest, isClosed } from './shutdown';

export interface RouteContext {
  readonly request: Request;
  readonly apart: Apart;
  /** The agreement id from the path, already checked to be one (else the uniform 404). */
  readonly id: string;
}

export interface RouteOptions {
  /** The route has an `[id]` segment, counted against that agreement's limit. */
  readonly agreement?: boolean;
  readonly creating?: boolean;
  /** False only for the health check, which monitors call often and which touches nothing. */
  readonly limited?: boolean;
}

type NextContext = { params?: Promise<Record<string, string | string[] | undefined>> } | undefined;

/**
 * Wraps a route handler: store ready (else 503), id checked, limits counted, refusals turned into
 * their answer, unexpected failures into a bare 500, and one log line with route, status and time.
 */
export function apiRoute(route: RouteName, options: RouteOptions, handler: (context: RouteContext) => Promise<Response>) {
  return async (request: Request, context: NextContext): Promise<Response> => {
    const startedAt = performance.now();
    const finished = beginRequest();
    let response: Response;
    try {
      // Shutting down and the store already closed: the proxy's retry goes to another instance.
      if (isClosed()) throw new ApiError(503, 'unavailable');
      const apart = await getApart().catch((error: unknown) => {
        logFailure(route, error);
        throw new ApiError(503, 'unavailable');
      });
      // Next passes no params for a route without dynamic segments.
      const params = (await context?.params) ?? {};
      const parsed = agreementIdSchema.safeParse(params.id);
      if (options.agreement && !parsed.success) throw new ApiError(404, 'not-found');
      const id = parsed.success ? parsed.data : '';
      if (options.limited !== false) await enforceLimits(apart, request, { agreementId: options.agreement ? id : undefined, creating: options.creating });
      response = await handler({ request, apart, id });
    } catch (error) {
      if (error instanceof ApiError) {
        response = errorResponse(request, error);
      } else {
        logFailure(route, error);
        response = json(request, 500, { error: 'unavailable' });
      }
    }
    finished();
    logRequest(route, response.status, startedAt);
    return response;
  };
}
