import { parseIfMatch, writeRequestSchema } from '@/lib/apart/api-types';
import { bearer, json, readBody } from '@/lib/server/apart/http';
import { readRecord, writeSlot } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** The shared record (the agreement with all its versions), sealed. */
export const GET = apiRoute('/api/apart/[id]/record', { agreement: true }, async ({ request, apart, id }) =>
  json(request, 200, await readRecord(apart, id, bearer(request))),
);

/** A new state of the record, based on the revision in If-Match; 409 with the current one when stale. */
export const PUT = apiRoute('/api/apart/[id]/record', { agreement: true }, async ({ request, apart, id }) => {
  const { data } = await readBody(request, writeRequestSchema, apart.config.maxBodyBytes);
  const baseRev = parseIfMatch(request.headers.get('if-match'));
  return json(request, 200, await writeSlot(apart, id, bearer(request), { kind: 'record', baseRev, data }));
});
