import { parseIfMatch, writeRequestSchema } from '@/lib/apart/api-types';
import { bearer, json, readBody } from '@/lib/server/apart/http';
import { readAnswers, writeSlot } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** My sealed answers, and the other's once both have submitted. */
export const GET = apiRoute('/api/apart/[id]/answers', { agreement: true }, async ({ request, apart, id }) =>
  json(request, 200, await readAnswers(apart, id, bearer(request))),
);

/** Autosave of my sealed answers, until I submit. */
export const PUT = apiRoute('/api/apart/[id]/answers', { agreement: true }, async ({ request, apart, id }) => {
  const { data } = await readBody(request, writeRequestSchema, apart.config.maxBodyBytes);
  const baseRev = parseIfMatch(request.headers.get('if-match'));
  return json(request, 200, await writeSlot(apart, id, bearer(request), { kind: 'answers', baseRev, data }));
});
