import { createRequestSchema } from '@/lib/apart/api-types';
import { bearer, json, readBody } from '@/lib/server/apart/http';
import { createAgreement } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** A starts a shared copy: its id and the hash of the invite token, with A's own token as Bearer. */
export const POST = apiRoute('/api/apart', { creating: true }, async ({ request, apart }) => {
  const body = await readBody(request, createRequestSchema, apart.config.maxBodyBytes);
  return json(request, 201, await createAgreement(apart, bearer(request), body));
});
