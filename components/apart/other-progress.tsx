import type { ApartProgress } from '@/lib/apart/shared';

/** "José has answered 7 of 11 sections", from the other's own progress slot; announced politely as it changes. */
export function OtherProgress({ name, progress, submitted }: Readonly<{ name: string; progress: ApartProgress | undefined; submitted: boolean }>) {
  const text = submitted
    ? `${name} has sent their answers.`
    : progress
      ? `${name} has answered ${progress.answered} of ${progress.total} sections.`
      : `${name} has not started yet.`;
  return (
    <p className="notice small" role="status" data-other-progress>
      {text}
    </p>
  );
}
