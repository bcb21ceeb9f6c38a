/** A titled checklist from the template (what to do if something goes wrong, where copies hide). */
export function Checklist({ checklist }: Readonly<{ checklist?: { readonly title: string; readonly items: readonly string[] } }>) {
  if (!checklist) return null;
  return (
    <>
      <h3>{checklist.title}</h3>
      <ul>
        {checklist.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
