import { ApiError, json } from '@/lib/server/apart/http';
import { apiRoute } from '@/lib/server/apart/route';
import { isDraining } from '@/lib/server/apart/shutdown';

export const dynamic = 'force-dynamic';

/**
 * 200 when the store answers (SQLite or PostgreSQL), 503 when it does not or while this instance
 * shuts down; nothing else, so it tells an outsider nothing.
 */
export const GET = apiRoute('/api/health', { limited: false }, async ({ request, apart }) => {
  if (isDraining()) throw new ApiError(503, 'unavailable');
  await apart.store.ping().catch(() => {
    throw new ApiError(503, 'unavailable');
  });
  return json(request, 200, { status: 'ok' });
});
