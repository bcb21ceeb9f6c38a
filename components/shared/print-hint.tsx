import { unprintableCharacters } from '@/lib/pdf/printable';
import { heldBackScripts } from '@/lib/pdf/scripts';

function list(labels: readonly string[]): string {
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** What the hint says for this text, or '' when the PDF prints all of it. */
export function printHintMessage(text: string): string {
  const missing = unprintableCharacters(text);
  if (missing.length === 0) return '';
  const held = heldBackScripts(missing.join(''));
  const others = missing.filter((grapheme) => heldBackScripts(grapheme).length === 0);
  const parts: string[] = [];
  if (held.length > 0) parts.push(`The PDF can’t print ${list(held.map((font) => font.label))} letters correctly yet, so it will show “?” in their place.`);
  if (others.length > 0) parts.push(`${held.length > 0 ? 'It also can’t' : 'The PDF can’t'} print ${others.slice(0, 5).join(' ')}, so it will show “?” there.`);
  return `${parts.join(' ')} This app, and the copy you keep, will show it exactly as typed.`;
}

/**
 * A gentle note, not an error, when typed text has characters the PDF cannot
 * print (no font of ours draws them, or their script is not switched on yet):
 * the app keeps them, the PDF shows "?" in their place. Announced politely,
 * once the typing settles.
 */
export function PrintHint({ id, text }: Readonly<{ id: string; text: string }>) {
  return (
    <p className="hint print-hint" id={id} aria-live="polite">
      {printHintMessage(text)}
    </p>
  );
}
