import { json } from '@/lib/server/apart/http';

export const dynamic = 'force-dynamic';

/**
 * The bench's baseline: the same app and headers, a constant answer, no store. Off (404) unless
 * APART_BENCH_ROUTES=1, and harmless either way.
 */
export async function GET(request: Request): Promise<Response> {
  if (process.env.APART_BENCH_ROUTES !== '1') return json(request, 404, { error: 'not-found' });
  return json(request, 200, { status: 'ok' });
}
