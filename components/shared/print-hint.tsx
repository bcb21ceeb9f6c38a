import { unprintableCharacters } from '@/lib/pdf/printable';

/**
 * A gentle note, not an error, when typed text has characters the PDF cannot
 * print (its font covers Latin, Greek and Cyrillic): the app keeps them, the
 * PDF shows "?" in their place. Announced politely, once the typing settles.
 */
export function PrintHint({ id, text }: Readonly<{ id: string; text: string }>) {
  const missing = unprintableCharacters(text);
  return (
    <p className="hint print-hint" id={id} aria-live="polite">
      {missing.length > 0 &&
        `The PDF can print Latin, Greek and Cyrillic letters, but not ${missing.slice(0, 5).join(' ')}: it will show “?” there. This app, and the copy you keep, will show it exactly as typed.`}
    </p>
  );
}
