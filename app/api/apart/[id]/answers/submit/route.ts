import { parseIfMatch, writeRequestSchema } from '@/lib/apart/api-types';
import { bearer, json, readBody } from '@/lib/server/apart/http';
import { writeSlot } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** My final answers: written and frozen in one step. */
export const POST = apiRoute('/api/apart/[id]/answers/submit', { agreement: true }, async ({ request, apart, id }) => {
  const { data } = await readBody(request, writeRequestSchema, apart.config.maxBodyBytes);
  const baseRev = parseIfMatch(request.headers.get('if-match'));
  return json(request, 200, await writeSlot(apart, id, bearer(request), { kind: 'answers', baseRev, data, submit: true }));
});
