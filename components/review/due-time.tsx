import { dueText, type DueText } from '@/lib/study/due-text';
import { endOfDay } from '@/lib/study/due';
import { StudyMessage } from '@/components/study/study-message';

/** "Now", "later today, 15:40", "tomorrow, 09:30" or the date: when a question or note is due. */
export function DueTime({ due, now, testId = 'review-due-date' }: { due: Date; now: Date; testId?: string }) {
  const text = dueText(due, now);
  return (
    <time
      dateTime={due.toISOString()}
      className="review-due-date"
      data-testid={testId}
      data-kind={text.kind}
      data-today={due.getTime() <= endOfDay(now).getTime()}
    >
      <DueWords text={text} />
    </time>
  );
}

function DueWords({ text }: { text: DueText }) {
  if (text.kind === 'now') return <StudyMessage k="dueNow" />;
  if (text.kind === 'later') return text.date;
  return <StudyMessage k={text.kind === 'today' ? 'dueLaterToday' : 'dueTomorrow'} values={{ time: text.time }} />;
}
