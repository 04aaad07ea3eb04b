import type { StudyMessageKey } from '@/lib/study-messages';
import type { DueOutlook } from '@/lib/study/due';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The due counts as /review and /stats both show them, from lib/study/due.ts: due now,
 * today (now included), tomorrow and within the week. The nav's badge is the compact form
 * of the first two, and reads the same words.
 */

const ITEMS: { key: keyof DueOutlook; label: StudyMessageKey }[] = [
  { key: 'now', label: 'dueCountNow' },
  { key: 'today', label: 'dueCountToday' },
  { key: 'tomorrow', label: 'dueCountTomorrow' },
  { key: 'week', label: 'dueCountWeek' },
];

export function DueSummary({ outlook, testId }: { outlook: DueOutlook; testId: string }) {
  return (
    <dl
      className="due-summary"
      data-testid={testId}
      data-count={outlook.now}
      data-now={outlook.now}
      data-today={outlook.today}
      data-tomorrow={outlook.tomorrow}
      data-week={outlook.week}
    >
      {ITEMS.map(({ key, label }) => (
        <div key={key} className="due-summary-item" data-kind={key}>
          <dt className="due-summary-label">
            <StudyMessage k={label} />
          </dt>
          <dd className="due-summary-count">{outlook[key]}</dd>
        </div>
      ))}
    </dl>
  );
}
