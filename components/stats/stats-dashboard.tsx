'use client';

import { accuracy, answeredOfBank, inBank, masteryByNamespace, masteryByTag, studyStreak } from '@/lib/study/stats';
import { studyCalendar } from '@/lib/study/calendar';
import { useStoreRead } from '@/components/study/use-store-read';
import { useStudyData } from '@/components/study/use-study-data';
import { StatsCalendar } from '@/components/stats/stats-calendar';
import { StatsDue } from '@/components/stats/stats-due';
import { StatsEmpty } from '@/components/stats/stats-empty';
import { StatsMastery } from '@/components/stats/stats-mastery';
import { StatsSessions } from '@/components/stats/stats-sessions';
import { StatsStorage } from '@/components/stats/stats-storage';
import { StatsSummary } from '@/components/stats/stats-summary';
import { StatsTransfer } from '@/components/stats/stats-transfer';
import { SyncPanel } from '@/components/sync/sync-panel';
import { SaveAllOffline } from '@/components/offline/save-all';
import { BankStatus } from '@/components/study/bank-status';
import { useNow } from '@/components/study/use-now';

const RECENT = 10;

/** The stats page's island: every number is computed in the browser from the per-question summaries. */
export function StatsDashboard() {
  const { study, bank, reload } = useStudyData();
  const sessions = useStoreRead(study?.summaries, (store) => store.recentSessions(RECENT), []);
  const ready = bank.kind === 'ready' && study !== null && sessions !== null;
  // The shared clock: left open past midnight, the streak and the calendar's today move on with the due counts.
  const clock = useNow();

  let body;
  if (bank.kind !== 'ready' || study === null || sessions === null) {
    body = <BankStatus bank={bank.kind === 'ready' ? { kind: 'loading' } : bank} onRetry={reload} testId="stats-loading" />;
  } else {
    const { now: loadedAt, questions } = bank;
    const now = clock ?? loadedAt;
    const { summaries } = study;
    body = summaries.size === 0 && sessions.length === 0 ? (
      <StatsEmpty firstNote={questions[0]?.slug ?? null} />
    ) : (
      <>
        <StatsSummary accuracy={accuracy(summaries)} answered={answeredOfBank(summaries, questions)} streak={studyStreak(new Set(study.days.keys()), now)} />
        <StatsCalendar calendar={studyCalendar(study.days, now)} />
        <div className="stats-charts">
          <StatsMastery groups={masteryByNamespace(masteryByTag(summaries, questions))} />
          <StatsDue entries={[...inBank(summaries, questions).values()]} suspended={study.suspended} loadedAt={loadedAt} />
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
        <SyncPanel />
        <StatsTransfer />
        <SaveAllOffline />
      </div>
    </div>
  );
}
