import { bearer, json } from '@/lib/server/apart/http';
import { deleteAgreement } from '@/lib/server/apart/operations';
import { apiRoute } from '@/lib/server/apart/route';

export const dynamic = 'force-dynamic';

/** Either partner deletes the shared copy: gone at once, for both. */
export const DELETE = apiRoute('/api/apart/[id]', { agreement: true }, async ({ request, apart, id }) => {
  await deleteAgreement(apart, id, bearer(request));
  return json(request, 200, { deleted: true });
});
