import { bearer, json } from '@/lib/server/apart/http';
import { readStatus } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** The poll: 304 while the ETag ("r<rev>") still matches. */
export const GET = apiRoute('/api/apart/[id]/status', { agreement: true }, async ({ request, apart, id }) => {
  const { etag, status } = await readStatus(apart, id, bearer(request), request.headers.get('if-none-match'));
  return json(request, status ? 200 : 304, status, { ETag: etag });
});
