'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { BankQuestion } from '@/lib/study-schema';
import { DEFAULT_COUNT, DEFAULT_FILTERS, matchQuestions, pickSession, practiceSession, summarise, type PracticeFilters, type SessionResults } from '@/lib/practice';
import { newId } from '@/lib/progress';
import type { TagNamespace } from '@/lib/tags';
import { PracticeRun } from './practice-run';
import { PracticeSetup } from './practice-setup';
import { PracticeSummary } from './practice-summary';
import { getServerSnapshot, getSnapshot, recordSession, subscribe } from './progress-store';
import { fetchQuestionBank } from './question-bank';

/*
 * The practice page's island: choose questions with filters, answer them one at a time
 * with the quiz, then a summary. The filters stay while the student goes round again.
 */

/** `now` is when the setup was (re)entered: "due today" is judged from it. */
type Bank = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; questions: BankQuestion[] };
type Stage =
  | { kind: 'setup'; now: Date | null; returning: boolean }
  | { kind: 'running'; questions: BankQuestion[]; index: number; results: SessionResults; startedAt: Date }
  | { kind: 'done'; questions: BankQuestion[]; results: SessionResults };

export function PracticeSession({ namespaces }: { namespaces: TagNamespace[] }) {
  const { progress } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [bank, setBank] = useState<Bank>({ kind: 'loading' });
  const [loads, setLoads] = useState(0);
  const [filters, setFilters] = useState<PracticeFilters>(DEFAULT_FILTERS);
  const [count, setCount] = useState(String(DEFAULT_COUNT));
  const [shuffle, setShuffle] = useState(true);
  const [stage, setStage] = useState<Stage>({ kind: 'setup', now: null, returning: false });

  useEffect(() => {
    let live = true;
    fetchQuestionBank().then(
      (questions) => {
        if (!live) return;
        setBank({ kind: 'ready', questions });
        setStage((current) => (current.kind === 'setup' ? { ...current, now: new Date() } : current));
      },
      () => {
        if (live) setBank({ kind: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, [loads]);

  const setupNow = stage.kind === 'setup' ? stage.now : null;
  const matches = useMemo(
    () => (bank.kind === 'ready' && setupNow ? matchQuestions(bank.questions, progress, filters, setupNow) : null),
    [bank, progress, filters, setupNow],
  );

  const start = (questions: BankQuestion[]) => {
    if (questions.length > 0) setStage({ kind: 'running', questions, index: 0, results: {}, startedAt: new Date() });
  };

  const graded = (questionId: string, correct: boolean) =>
    setStage((current) =>
      current.kind === 'running' && !(questionId in current.results) ? { ...current, results: { ...current.results, [questionId]: correct } } : current,
    );

  const next = () => {
    if (stage.kind !== 'running') return;
    if (stage.index + 1 < stage.questions.length) {
      setStage({ ...stage, index: stage.index + 1 });
      return;
    }
    // Recorded here, in the click, so it happens exactly once per finished session.
    const endedAt = new Date();
    recordSession(practiceSession(newId(endedAt), stage.startedAt, endedAt, stage.questions, summarise(stage.questions, stage.results)));
    setStage({ kind: 'done', questions: stage.questions, results: stage.results });
  };

  if (stage.kind === 'running') {
    return <PracticeRun questions={stage.questions} index={stage.index} results={stage.results} onGraded={graded} onNext={next} />;
  }

  if (stage.kind === 'done') {
    return (
      <PracticeSummary
        questions={stage.questions}
        results={stage.results}
        onRetryMissed={(missed) => start(pickSession(missed, missed.length, shuffle))}
        onNewSession={() => setStage({ kind: 'setup', now: new Date(), returning: true })}
      />
    );
  }

  return (
    <PracticeSetup
      namespaces={namespaces}
      filters={filters}
      onFilters={setFilters}
      count={count}
      onCount={setCount}
      shuffle={shuffle}
      onShuffle={setShuffle}
      matches={matches?.length ?? null}
      failed={bank.kind === 'failed'}
      onReload={() => {
        setBank({ kind: 'loading' });
        setLoads((current) => current + 1);
      }}
      onStart={() => {
        if (matches) start(pickSession(matches, Number.parseInt(count, 10), shuffle));
      }}
      focusOnMount={stage.returning}
    />
  );
}
