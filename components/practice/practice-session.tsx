'use client';

import { useMemo, useState } from 'react';
import type { BankQuestion } from '@/lib/study-schema';
import { DEFAULT_COUNT, DEFAULT_FILTERS, matchQuestions, pickSession, type PracticeFilters } from '@/lib/study/practice';
import { newId } from '@/lib/study/record-id';
import { finishedSession, goTo, startSession, withResult, type StudySession } from '@/lib/study/session';
import type { TagNamespace } from '@/lib/tags';
import { PracticeRun } from '@/components/practice/practice-run';
import { PracticeSetup } from '@/components/practice/practice-setup';
import { PracticeSummary } from '@/components/practice/practice-summary';
import { useStudyState } from '@/components/study/progress-client';
import { studyStore } from '@/components/study/progress-store';
import { useOpenSession } from '@/components/study/use-open-session';
import { useQuestionBank } from '@/components/study/use-question-bank';

/*
 * The practice page's island: choose questions with filters, answer them one at a time
 * with the quiz, then a summary. The running session is saved on every step, so a reload
 * resumes it at the same question. The filters stay while the student goes round again.
 */

/** `now` is when the setup was (re)entered: "due today" is judged from it. */
type Stage =
  | { kind: 'setup'; now: Date | null; returning: boolean }
  | { kind: 'running'; session: StudySession }
  | { kind: 'done'; session: StudySession };

export function PracticeSession({ namespaces }: { namespaces: TagNamespace[] }) {
  const study = useStudyState();
  const { bank, reload } = useQuestionBank();
  const [filters, setFilters] = useState<PracticeFilters>(DEFAULT_FILTERS);
  const [count, setCount] = useState(String(DEFAULT_COUNT));
  const [shuffle, setShuffle] = useState(true);
  const [stage, setStage] = useState<Stage>({ kind: 'setup', now: null, returning: false });

  const questions = bank.kind === 'ready' ? bank.questions : null;
  const byId = useMemo(() => new Map((questions ?? []).map((question) => [question.id, question])), [questions]);

  // An unfinished session from before a reload picks up where it stopped.
  useOpenSession('practice', questions, (session) =>
    setStage((current) => (current.kind !== 'setup' ? current : session ? { kind: 'running', session } : { ...current, now: new Date() })),
  );

  const setupNow = stage.kind === 'setup' ? stage.now : null;
  const summaries = study?.status === 'ready' ? study.summaries : null;
  const matches = useMemo(
    () => (questions && setupNow && summaries ? matchQuestions(questions, summaries, filters, setupNow) : null),
    [questions, summaries, filters, setupNow],
  );

  const run = (session: StudySession) => {
    void studyStore().saveOpenSession(session);
    setStage({ kind: 'running', session });
  };

  const start = (picked: BankQuestion[], revealed: readonly string[] = []) => {
    const now = new Date();
    if (picked.length > 0) run(startSession('practice', picked.map((question) => question.id), now, newId(now), revealed));
  };

  const graded = (questionId: string, correct: boolean) => {
    if (stage.kind !== 'running') return;
    const session = withResult(stage.session, questionId, correct);
    if (session !== stage.session) run(session);
  };

  const next = () => {
    if (stage.kind !== 'running') return;
    const { session } = stage;
    if (session.current + 1 < session.questionIds.length) {
      run(goTo(session, session.current + 1));
      return;
    }
    // Saved here, in the click, so it happens exactly once per finished session.
    const finished = finishedSession(session, new Date());
    if (finished) void studyStore().finishSession(finished);
    setStage({ kind: 'done', session });
  };

  const sessionQuestions = (session: StudySession) => session.questionIds.flatMap((id) => byId.get(id) ?? []);

  if (stage.kind === 'running') {
    return <PracticeRun questions={sessionQuestions(stage.session)} session={stage.session} onGraded={graded} onNext={next} />;
  }

  if (stage.kind === 'done') {
    return (
      <PracticeSummary
        questions={sessionQuestions(stage.session)}
        results={stage.session.results}
        // Their answers were just shown: a retry of them is made after seeing the answer.
        onRetryMissed={(missed) => start(pickSession(missed, missed.length, shuffle), missed.map((question) => question.id))}
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
      onReload={reload}
      onStart={() => {
        if (matches) start(pickSession(matches, Number.parseInt(count, 10), shuffle));
      }}
      focusOnMount={stage.returning}
    />
  );
}
