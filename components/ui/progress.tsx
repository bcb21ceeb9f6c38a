export function Progress({ current, total, label }: Readonly<{ current: number; total: number; label: string }>) {
  return (
    <div className="progress">
      <p className="progress-label" id="progress-label">
        {label}: step {current} of {total}
      </p>
      {/* A native progress bar: no inline style, which the CSP would block on a server-rendered page. */}
      <progress className="progress-bar" aria-labelledby="progress-label" max={total} value={current} />
    </div>
  );
}
