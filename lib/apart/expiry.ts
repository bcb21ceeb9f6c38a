/** An expiry time in plain words on this device's clock, e.g. "Friday 4 December at 10:15". */
export function formatExpiry(expiresAt: number): string {
  return new Date(expiresAt).toLocaleString(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}
