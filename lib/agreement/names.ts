/**
 * A typed name as it is kept and compared: Unicode NFC (so "Zoë" typed as
 * e + U+0308 is the same name as the precomposed one), trimmed, single spaces.
 */
export function normaliseName(typed: string): string {
  return typed.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Names match when they are the same once normalised, apart from case. */
export function isSameName(typed: string, expected: string): boolean {
  return normaliseName(typed).toLocaleLowerCase() === normaliseName(expected).toLocaleLowerCase();
}
