import { seenRequestSchema } from '@/lib/apart/api-types';
import { bearer, json, readBody } from '@/lib/server/apart/http';
import { markSeen } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** "I have seen the record up to this revision", from my own device. */
export const POST = apiRoute('/api/apart/[id]/seen', { agreement: true }, async ({ request, apart, id }) => {
  const { rev } = await readBody(request, seenRequestSchema, apart.config.maxBodyBytes);
  return json(request, 200, await markSeen(apart, id, bearer(request), rev));
});
