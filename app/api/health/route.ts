import { ApiError, json } from '@/lib/server/apart/http';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** 200 when the store answers, 503 when it does not; nothing else, so it tells an outsider nothing. */
export const GET = apiRoute('/api/health', { limited: false }, async ({ request, apart }) => {
  await apart.store.ping().catch(() => {
    throw new ApiError(503, 'unavailable');
  });
  return json(request, 200, { status: 'ok' });
});
