/** What a typed name does and does not show, said wherever someone types their name to act. */
export function TypedNameNote({ id, name }: Readonly<{ id: string; name: string }>) {
  return (
    <p className="small muted" id={id}>
      Typing your name records that someone holding this phone said they are {name} and confirmed this. It does not prove
      who typed it, and it is not proof that anyone consents to anything.
    </p>
  );
}
