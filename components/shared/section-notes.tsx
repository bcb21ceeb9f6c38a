import type { SectionNote } from '@/lib/template/types';

/** A section's short notes (a law, a region, a limit); their sources are for maintainers and not shown. */
export function SectionNotes({ notes }: Readonly<{ notes?: readonly SectionNote[] }>) {
  if (!notes || notes.length === 0) return null;
  return (
    <div className="section-notes">
      {notes.map((note) => (
        <p className="small" key={note.id}>
          {note.text}
        </p>
      ))}
    </div>
  );
}
