'use client';

import { accuracy, answeredOfBank, dueByDay, inBank, masteryByNamespace, masteryByTag, recentSessions, studyStreak } from '@/lib/stats';
import { useStudyData } from './use-study-data';
import { StatsDue } from './stats-due';
import { StatsMastery } from './stats-mastery';
import { StatsSessions } from './stats-sessions';
import { StatsSummary } from './stats-summary';
import { StatsTransfer } from './stats-transfer';
import { BankStatus } from './bank-status';

/** The stats page's island: every number is computed in the browser from saved progress. */
export function StatsDashboard() {
  const { progress, bank, reload } = useStudyData();

  let body;
  if (bank.kind !== 'ready') {
    body = <BankStatus bank={bank} onRetry={reload} testId="stats-loading" />;
  } else {
    const { now, questions } = bank;
    body = (
      <>
        <StatsSummary accuracy={accuracy(progress)} answered={answeredOfBank(progress, questions)} streak={studyStreak(progress, now)} />
        <div className="stats-charts">
          <StatsMastery groups={masteryByNamespace(masteryByTag(progress, questions))} />
          <StatsDue days={dueByDay(inBank(progress, questions), now, 7)} />
        </div>
        <StatsSessions sessions={recentSessions(progress, 10)} />
      </>
    );
  }

  return (
    <>
      {body}
      <StatsTransfer />
    </>
  );
}
