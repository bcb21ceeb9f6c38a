import { z } from 'zod';
import { formatFragment, parseFragment } from '../crypto/secret';
import { isToken } from '../crypto/partner-token';
import { roleSchema, type Role } from './api-types';

/**
 * What a device keeps to take part: the agreement secret (from the link), its role and its own
 * partner token. Keep it only on the device (IndexedDB): it opens everything.
 */
export interface ApartSession {
  readonly secret: Uint8Array;
  readonly role: Role;
  readonly partnerToken: string;
}

const storedSessionSchema = z.object({
  v: z.literal(1),
  fragment: z.string(),
  role: roleSchema,
  partnerToken: z.string().refine(isToken),
});
export type StoredSession = z.infer<typeof storedSessionSchema>;

export function sessionToStored(session: ApartSession): StoredSession {
  return { v: 1, fragment: formatFragment(session.secret), role: session.role, partnerToken: session.partnerToken };
}

export function sessionFromStored(value: unknown): ApartSession | null {
  const parsed = storedSessionSchema.safeParse(value);
  if (!parsed.success) return null;
  const fragment = parseFragment(parsed.data.fragment);
  return fragment.ok ? { secret: fragment.secret, role: parsed.data.role, partnerToken: parsed.data.partnerToken } : null;
}
