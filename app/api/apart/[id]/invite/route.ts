import { bearer, json } from '@/lib/server/apart/http';
import { readInvite } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** Is this invite still open? Bearer is the invite token. Reading it changes nothing. */
export const GET = apiRoute('/api/apart/[id]/invite', { agreement: true }, async ({ request, apart, id }) =>
  json(request, 200, await readInvite(apart, id, bearer(request))),
);
