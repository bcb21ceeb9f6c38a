/** An inline error tied to its field by id; announced when it appears. */
export function FieldError({ id, message }: Readonly<{ id: string; message?: string }>) {
  return (
    <p className="error" id={id} role={message ? 'alert' : undefined} hidden={!message}>
      {message}
    </p>
  );
}
