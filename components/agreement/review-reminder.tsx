'use client';

import type { Template } from '@/lib/template/types';
import type { Agreement } from '@/lib/agreement/schema';
import { isReviewDue, localCalendarDate, nextReviewForAgreement, reviewMonths } from '@/lib/agreement/review';
import { latestVersion } from '@/lib/agreement/versions';
import { REVIEW_CALENDAR_FILE_NAME, reviewCalendarFile } from '@/lib/agreement/ics';
import { newId } from '@/lib/agreement/ids';
import { downloadFile } from '@/lib/browser/download';
import { formatCalendarDate } from '@/lib/agreement/format-date';

/** The next review date, and an opt-in calendar file that holds nothing about the agreement. */
export function ReviewReminder({ template, agreement }: Readonly<{ template: Template; agreement: Agreement }>) {
  const date = nextReviewForAgreement(template.review, agreement);
  if (!date) return null;
  const due = isReviewDue(date, localCalendarDate(new Date()));
  const everyMonths = reviewMonths(template.review, latestVersion(agreement));
  const every = everyMonths === 1 ? 'every month' : `every ${everyMonths} months`;
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">
        Next check-in: {formatCalendarDate(date)}
      </h2>
      <p>{due ? 'It is time to look at your agreement together again.' : 'You agreed to look at this together again by then, or sooner if anything big changes.'}</p>
      <p className="small muted">
        The calendar file says only “Check-in”, on that day and then {every}, with a reminder that morning: no names and nothing
        about this agreement. If you stop, delete it from your calendar.
      </p>
      <button
        className="button secondary"
        type="button"
        onClick={() => downloadFile(REVIEW_CALENDAR_FILE_NAME, reviewCalendarFile({ date, everyMonths, uid: newId() }), 'text/calendar')}
      >
        Add a reminder to my calendar
      </button>
    </section>
  );
}
