'use client';

import { useEffect, useState } from 'react';
import type { FinishedSession } from '@/lib/study/log';
import { accuracy, answeredOfBank, dueByDay, inBank, masteryByNamespace, masteryByTag, studyStreak } from '@/lib/study/stats';
import { studyStore, type StoreState } from './progress-store';
import { useStudyData } from './use-study-data';
import { StatsDue } from './stats-due';
import { StatsMastery } from './stats-mastery';
import { StatsSessions } from './stats-sessions';
import { StatsStorage } from './stats-storage';
import { StatsSummary } from './stats-summary';
import { StatsTransfer } from './stats-transfer';
import { BankStatus } from './bank-status';

const RECENT = 10;

/**
 * The newest finished sessions, read again whenever the summaries change (an answer, a
 * finished session or an import in this tab or another); null until first read.
 */
function useRecentSessions(summaries: StoreState['summaries'] | undefined): FinishedSession[] | null {
  const [sessions, setSessions] = useState<FinishedSession[] | null>(null);
  useEffect(() => {
    if (!summaries) return;
    let live = true;
    studyStore()
      .recentSessions(RECENT)
      .then(
        (read) => {
          if (live) setSessions(read);
        },
        () => {
          if (live) setSessions([]);
        },
      );
    return () => {
      live = false;
    };
  }, [summaries]);
  return sessions;
}

/** The stats page's island: every number is computed in the browser from the per-question summaries. */
export function StatsDashboard() {
  const { study, bank, reload } = useStudyData();
  const sessions = useRecentSessions(study?.summaries);
  const ready = bank.kind === 'ready' && study !== null && sessions !== null;

  let body;
  if (bank.kind !== 'ready' || study === null || sessions === null) {
    body = <BankStatus bank={bank.kind === 'ready' ? { kind: 'loading' } : bank} onRetry={reload} testId="stats-loading" />;
  } else {
    const { now, questions } = bank;
    const { summaries } = study;
    body = (
      <>
        <StatsSummary accuracy={accuracy(summaries)} answered={answeredOfBank(summaries, questions)} streak={studyStreak(new Set(study.days.keys()), now)} />
        <div className="stats-charts">
          <StatsMastery groups={masteryByNamespace(masteryByTag(summaries, questions))} />
          <StatsDue days={dueByDay(inBank(summaries, questions), now, 7)} />
        </div>
        <StatsSessions sessions={sessions} />
      </>
    );
  }

  return (
    <div data-testid="stats-dashboard" data-ready={ready ? 'true' : 'false'}>
      {body}
      <div className="stats-keep">
        <StatsStorage study={study} />
        <StatsTransfer />
      </div>
    </div>
  );
}
