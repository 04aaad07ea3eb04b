import { noteHref } from '@/lib/links';
import type { StudyMessageKey } from '@/lib/study-messages';
import { PageLink } from '@/components/ui/page-link';
import { StudyMessage } from '@/components/study/study-message';

/*
 * A first visit, nothing answered yet: a way in instead of a page of 0% bars. The note is
 * the first in the question bank, so the link always leads to a question.
 */

type Start = { href: string; label: StudyMessageKey; hint: StudyMessageKey; testId: string };

export function StatsEmpty({ firstNote }: { firstNote: string | null }) {
  const note: Start[] = firstNote ? [{ href: noteHref(firstNote), label: 'statsEmptyNote', hint: 'statsEmptyNoteHint', testId: 'stats-start-note' }] : [];
  const starts: Start[] = [
    ...note,
    { href: '/practice/', label: 'statsEmptyPractice', hint: 'statsEmptyPracticeHint', testId: 'stats-start-practice' },
    { href: '/exam/', label: 'statsEmptyExam', hint: 'statsEmptyExamHint', testId: 'stats-start-exam' },
  ];
  return (
    <section className="stats-section stats-empty" aria-labelledby="stats-empty-heading" data-testid="stats-empty">
      <h2 id="stats-empty-heading" className="stats-empty-title">
        <StudyMessage k="statsEmptyHeading" />
      </h2>
      <p className="stats-hint">
        <StudyMessage k="statsEmptyHint" />
      </p>
      <ul className="stats-empty-starts">
        {starts.map((start, index) => (
          <li key={start.testId}>
            <PageLink href={start.href} className={index === 0 ? 'stats-start stats-start-first' : 'stats-start'} data-testid={start.testId}>
              <span className="stats-start-label">
                <StudyMessage k={start.label} /> <span aria-hidden="true">→</span>
              </span>
              <span className="stats-start-hint">
                <StudyMessage k={start.hint} />
              </span>
            </PageLink>
          </li>
        ))}
      </ul>
      <p className="stats-empty-import">
        <StudyMessage k="statsEmptyImport" />
      </p>
    </section>
  );
}
