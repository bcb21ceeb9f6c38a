import { joinRequestSchema } from '@/lib/apart/api-types';
import { bearer, json, readBody } from '@/lib/server/apart/http';
import { joinAgreement } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** B joins, from a button: Bearer is B's own token, the body carries the invite token. */
export const POST = apiRoute('/api/apart/[id]/join', { agreement: true }, async ({ request, apart, id }) => {
  const { invite } = await readBody(request, joinRequestSchema, apart.config.maxBodyBytes);
  return json(request, 200, await joinAgreement(apart, id, bearer(request), invite));
});
