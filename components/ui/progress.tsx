export function Progress({ current, total, label }: Readonly<{ current: number; total: number; label: string }>) {
  const percent = Math.round((current / total) * 100);
  return (
    <div className="progress">
      <p className="progress-label" id="progress-label">
        {label}: step {current} of {total}
      </p>
      <div className="progress-bar" role="progressbar" aria-labelledby="progress-label" aria-valuemin={1} aria-valuemax={total} aria-valuenow={current}>
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
