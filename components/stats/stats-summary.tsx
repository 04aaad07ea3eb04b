import type { ReactNode } from 'react';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { Accuracy } from '@/lib/study/stats';
import { StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';

type Props = { accuracy: Accuracy; answered: { answered: number; total: number }; streak: number };

const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

/** The headline numbers. */
export function StatsSummary({ accuracy, answered, streak }: Props) {
  return (
    <StatsSection id="stats-summary" heading="statsSummaryHeading" headingClassName="sr-only">
      <dl className="stats-summary">
        <Figure label="statsAccuracy" detail="statsAccuracyDetail" testId="stats-accuracy" data={{ 'data-correct': accuracy.correct, 'data-attempts': accuracy.attempts }}>
          {percent(accuracy.rate)}
          <span className="stats-figure-sub">
            {accuracy.correct} / {accuracy.attempts}
          </span>
          {accuracy.revealedCorrect > 0 ? <Revealed count={accuracy.revealedCorrect} /> : null}
        </Figure>
        <Figure label="statsLatest" detail="statsLatestDetail" testId="stats-latest" data={{ 'data-correct': accuracy.latestCorrect, 'data-questions': accuracy.questions }}>
          {percent(accuracy.latestRate)}
          <span className="stats-figure-sub">
            {accuracy.latestCorrect} / {accuracy.questions}
          </span>
        </Figure>
        <Figure label="statsAnswered" detail="statsAnsweredDetail" testId="stats-answered" data={{ 'data-answered': answered.answered, 'data-total': answered.total }}>
          {answered.answered}
          <span className="stats-figure-sub">/ {answered.total}</span>
        </Figure>
        <Figure label="statsStreak" detail="statsStreakDetail" testId="stats-streak" data={{ 'data-days': streak }}>
          {streak}
          <span className="stats-figure-sub">
            <StudyMessage k={streak === 1 ? 'statsStreakUnitOne' : 'statsStreakUnit'} />
          </span>
        </Figure>
      </dl>
    </StatsSection>
  );
}

/** Right picks made after the answer was shown: named beside the figure they are kept out of. */
function Revealed({ count }: { count: number }) {
  return (
    <span className="stats-figure-revealed" data-testid="stats-revealed" data-count={count}>
      <StudyMessage k="statsRevealed" values={{ n: count }} />
      <span className="sr-only">
        {' '}
        <StudyMessage k="statsRevealedTitle" />
      </span>
    </span>
  );
}

type FigureProps = { label: MessageKey; detail: MessageKey; testId: string; data: Record<`data-${string}`, number>; children: ReactNode };

function Figure({ label, detail, testId, data, children }: FigureProps) {
  return (
    <div className="stats-figure" data-testid={testId} {...data}>
      <dt className="stats-figure-label">
        <StudyMessage k={label} />
      </dt>
      <dd className="stats-figure-value">{children}</dd>
      <dd className="stats-figure-detail">
        <StudyMessage k={detail} />
      </dd>
    </div>
  );
}
