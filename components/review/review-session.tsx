'use client';

import { useState } from 'react';
import { newId } from '@/lib/study/record-id';
import { finishedSession, goTo, startSession, withGraded, type StudySession } from '@/lib/study/session';
import { AHEAD_COUNT, aheadIds, dueByTag, dueNowIds, dueOutlook, nextDue } from '@/lib/study/due';
import { editedQuestions, inBank } from '@/lib/study/stats';
import { studyStore } from '@/components/study/progress-store';
import { useOpenSession } from '@/components/study/use-open-session';
import { useStudyData } from '@/components/study/use-study-data';
import { useNow } from '@/components/study/use-now';
import { ReviewDone } from '@/components/review/review-done';
import { ReviewOverview } from '@/components/review/review-overview';
import { ReviewRun } from '@/components/review/review-run';
import { ReviewSettings } from '@/components/review/review-settings';
import { BankStatus } from '@/components/study/bank-status';

/*
 * The review page's island: how many questions are due (lib/study/due.ts), from the
 * per-question summaries; then the questions due now one by one with the quiz (or, only
 * when asked, some not due yet), saved on every step so a reload resumes, and a short
 * summary at the end.
 */

type Stage =
  | { kind: 'overview'; returning: boolean }
  | { kind: 'running'; session: StudySession }
  | { kind: 'done'; correct: number; total: number };

export function ReviewSession() {
  const { study, bank, reload } = useStudyData();
  const [stage, setStage] = useState<Stage>({ kind: 'overview', returning: false });
  const clock = useNow();
  const questions = bank.kind === 'ready' ? bank.questions : null;

  // An unfinished review from before a reload picks up where it stopped.
  useOpenSession('review', questions, (session) => {
    if (session) setStage((current) => (current.kind === 'overview' ? { kind: 'running', session } : current));
  });

  if (bank.kind !== 'ready' || !study) {
    return (
      <div data-testid="review" data-ready="false">
        <BankStatus bank={bank} onRetry={reload} testId="review-loading" />
      </div>
    );
  }

  const run = (session: StudySession) => {
    void studyStore().saveOpenSession(session);
    setStage({ kind: 'running', session });
  };

  const finish = (session: StudySession) => {
    const finished = finishedSession(session, new Date());
    // Saved here, in the click, so it happens exactly once per finished review; an empty one is only closed.
    if (finished && finished.total > 0) void studyStore().finishSession(finished);
    else void studyStore().clearOpenSession('review');
    setStage({ kind: 'done', correct: finished?.correct ?? 0, total: finished?.total ?? 0 });
  };

  const byId = new Map(bank.questions.map((question) => [question.id, question]));
  let body;
  if (stage.kind === 'running') {
    const { session } = stage;
    body = (
      <ReviewRun
        queue={session.questionIds.flatMap((id) => byId.get(id) ?? [])}
        session={session}
        edited={editedQuestions(study.summaries, bank.questions)}
        onGraded={(questionId, correct, attemptId) => run(withGraded(session, questionId, correct, attemptId))}
        onNext={() => (session.current + 1 < session.questionIds.length ? run(goTo(session, session.current + 1)) : finish(session))}
        onStop={() => finish(session)}
      />
    );
  } else if (stage.kind === 'done') {
    body = <ReviewDone correct={stage.correct} total={stage.total} onBack={() => setStage({ kind: 'overview', returning: true })} />;
  } else {
    // The counts shown and the questions a start asks are read at the same moment.
    const now = clock ?? bank.now;
    const answered = [...inBank(study.summaries, bank.questions).values()];
    const begin = (ids: string[]) => {
      const started = new Date();
      if (ids.length > 0) run(startSession('review', ids, started, newId(started)));
    };
    body = (
      <>
        <ReviewOverview
          outlook={dueOutlook(answered, now, study.suspended)}
          tags={dueByTag(answered, bank.questions, now, study.suspended)}
          next={nextDue(answered, study.suspended)}
          ahead={aheadIds(answered, now, AHEAD_COUNT, study.suspended).length}
          answered={answered.length > 0}
          now={now}
          focusOnMount={stage.returning}
          onStart={() => begin(dueNowIds(answered, now, study.suspended))}
          onAhead={() => begin(aheadIds(answered, now, AHEAD_COUNT, study.suspended))}
        />
        <ReviewSettings settings={study.settings} />
      </>
    );
  }
  return (
    <div data-testid="review" data-ready="true">
      {body}
    </div>
  );
}
