'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import { DEFAULT_COUNT, DEFAULT_FILTERS, matchQuestions, pickSession, type PracticeFilters } from '@/lib/study/practice';
import { newId } from '@/lib/study/record-id';
import { practiceHref, readPracticeScope } from '@/lib/links';
import { finishedSession, goTo, startSession, withGraded, type StudySession } from '@/lib/study/session';
import type { TagNamespace } from '@/lib/tags';
import { PracticeRun } from '@/components/practice/practice-run';
import { PracticeSetup } from '@/components/practice/practice-setup';
import { PracticeSummary } from '@/components/practice/practice-summary';
import { useStudyState } from '@/components/study/progress-client';
import { studyStore } from '@/components/study/progress-store';
import { useOpenSession } from '@/components/study/use-open-session';
import { useQuestionBank } from '@/components/study/use-question-bank';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The practice page's island: choose questions with filters, answer them one at a time
 * with the quiz, then a summary. The running session is saved on every step, so a reload
 * resumes it at the same question. The filters stay while the student goes round again.
 * A link (`?tag=…&match=any`, `?note=…`) sets the filters; while choosing, the address
 * follows them, so it can be shared.
 */

/** `now` is when the setup was (re)entered: "due today" is judged from it. */
type Stage =
  /** `unfinished`: the open session, offered beside the linked filters rather than resumed over them. */
  | { kind: 'setup'; now: Date | null; returning: boolean; unfinished?: StudySession }
  | { kind: 'running'; session: StudySession }
  | { kind: 'done'; session: StudySession };

export function PracticeSession({ namespaces }: { namespaces: TagNamespace[] }) {
  const study = useStudyState();
  const { bank, reload } = useQuestionBank();
  const params = useSearchParams();
  // Read once: from here on the page writes the address, not the other way round.
  const [scope] = useState(() => readPracticeScope(params.toString()));
  const linked = scope.tags.length > 0 || scope.note !== null;
  const [filters, setFilters] = useState<PracticeFilters>(() => (scope.tags.length > 0 ? { ...DEFAULT_FILTERS, tags: scope.tags, match: scope.match } : DEFAULT_FILTERS));
  const [count, setCount] = useState(String(DEFAULT_COUNT));
  const [shuffle, setShuffle] = useState(true);
  const [stage, setStage] = useState<Stage>({ kind: 'setup', now: null, returning: false });
  const [note, setNote] = useState<string | null>(scope.note);

  const choosing = stage.kind === 'setup';
  useEffect(() => {
    if (!choosing) return;
    const href = practiceHref({ tags: filters.tags, match: filters.match, note: note ?? undefined });
    if (href !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', href);
  }, [choosing, filters.tags, filters.match, note]);

  const questions = bank.kind === 'ready' ? bank.questions : null;
  const byId = useMemo(() => new Map((questions ?? []).map((question) => [question.id, question])), [questions]);
  const noteTitle = note ? (questions?.find((question) => question.slug === note)?.title ?? note) : null;

  // "이 노트의 문제 N개 연습" means all N: a linked note sets the count to its questions, once.
  const noteSize = note && questions ? questions.filter((question) => question.slug === note).length : 0;
  const [sizedFor, setSizedFor] = useState<string | null>(null);
  if (scope.note && noteSize > 0 && sizedFor !== scope.note) {
    setSizedFor(scope.note);
    setCount(String(noteSize));
  }

  // An unfinished session from before a reload picks up where it stopped; arriving by a link, it is offered instead.
  useOpenSession('practice', questions, (session) =>
    setStage((current) => {
      if (current.kind !== 'setup') return current;
      if (!session) return { ...current, now: new Date() };
      return linked ? { ...current, now: new Date(), unfinished: session } : { kind: 'running', session };
    }),
  );

  const setupNow = stage.kind === 'setup' ? stage.now : null;
  const summaries = study?.status === 'ready' ? study.summaries : null;
  const marks = study?.marks;
  const matches = useMemo(() => {
    if (!questions || !setupNow || !summaries) return null;
    const scoped = note ? questions.filter((question) => question.slug === note) : questions;
    return matchQuestions(scoped, summaries, filters, setupNow, marks);
  }, [questions, summaries, filters, setupNow, note, marks]);

  const run = (session: StudySession) => {
    void studyStore().saveOpenSession(session);
    // A reload of a running session resumes it; the filter link would offer it instead.
    if (window.location.search) window.history.replaceState(null, '', practiceHref());
    setStage({ kind: 'running', session });
  };

  const start = (picked: BankEntry[], revealed: readonly string[] = []) => {
    const now = new Date();
    if (picked.length > 0) run(startSession('practice', picked.map((question) => question.id), now, newId(now), revealed));
  };

  const graded = (questionId: string, correct: boolean, attemptId: string) => {
    if (stage.kind === 'running') run(withGraded(stage.session, questionId, correct, attemptId));
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
        tags={filters.tags}
        // Their answers were just shown: a retry of them is made after seeing the answer.
        onRetryMissed={(missed) => start(pickSession(missed, missed.length, shuffle), missed.map((question) => question.id))}
        onNewSession={() => setStage({ kind: 'setup', now: new Date(), returning: true })}
      />
    );
  }

  const { unfinished } = stage;
  return (
    <>
      {unfinished ? <ResumeOffer session={unfinished} onResume={() => run(unfinished)} /> : null}
      <PracticeSetup
        namespaces={namespaces}
        note={noteTitle}
        onAllNotes={() => setNote(null)}
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
    </>
  );
}

function ResumeOffer({ session, onResume }: { session: StudySession; onResume: () => void }) {
  return (
    <section className="practice-resume" aria-labelledby="practice-resume-heading" data-testid="practice-resume">
      <h2 id="practice-resume-heading" className="practice-heading">
        <StudyMessage k="practiceResumeHeading" />
      </h2>
      <p>
        <StudyMessage k="practiceResumeBody" values={{ answered: Object.keys(session.results).length, n: session.questionIds.length }} />
      </p>
      <button type="button" className="button button-primary" onClick={onResume} data-testid="practice-resume-button">
        <StudyMessage k="practiceResume" />
      </button>
    </section>
  );
}
