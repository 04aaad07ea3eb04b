'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { AnswerKey } from '@/lib/browser-schema';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import type { FinishedSession } from '@/lib/study/log';
import { examResultHref } from '@/lib/links';
import { createExam, examRecords, examReport, gradeExam, isExam, remainingMs, type Exam, type ExamReport, type ExamSettings } from '@/lib/study/exam';
import type { TagNamespace } from '@/lib/tags';
import { newId } from '@/lib/study/record-id';
import { goTo, withKnownQuestions, withTime, type ReadSession } from '@/lib/study/session';
import { BankStatus } from '@/components/study/bank-status';
import { ExamClock } from '@/components/exam/exam-clock';
import { ExamQuestionScreen } from '@/components/exam/exam-question-screen';
import { ExamResults, type ExamOutcome } from '@/components/exam/exam-results';
import { ExamReviewScreen } from '@/components/exam/exam-review-screen';
import { ExamSetup } from '@/components/exam/exam-setup';
import { studyStore } from '@/components/study/progress-store';
import { fetchAnswerKeys } from '@/components/study/study-data';
import { StudyMessage } from '@/components/study/study-message';
import { useQuestionBank } from '@/components/study/use-question-bank';
import { useQuestions } from '@/components/study/use-questions';

/*
 * The mock exam island: setup, the exam (question and review screens under one clock),
 * scoring, results. The exam in progress is the study store's open exam session, saved on
 * every change, so a reload resumes it; its clock is the saved deadline, so time spent away
 * counts. The drawn questions' stems and options (their notes' files) are fetched in
 * parallel as the exam starts or resumes, the results' as they show. The answer keys are fetched only when the exam is submitted. A finished exam's
 * results live at /exam/?result=<id>, read back from the log, so they outlast a reload and
 * every past exam can be reopened from /stats/.
 */

type View = 'question' | 'review';

type Phase =
  | { kind: 'loading' }
  | { kind: 'setup' }
  | { kind: 'exam'; exam: Exam; view: View }
  | { kind: 'scoring'; exam: Exam; timedOut: boolean; failed: boolean }
  | { kind: 'results'; outcome: ExamOutcome };

type Notice = 'corrupt' | 'not-saved' | 'result-missing' | null;

const NOTICE_TEXT = { corrupt: 'examCorrupt', 'not-saved': 'examNotSaved', 'result-missing': 'examResultMissing' } as const;

async function answerKeysFor(questions: readonly BankEntry[]): Promise<Map<string, AnswerKey>> {
  const slugs = [...new Set(questions.map((question) => question.slug))];
  const files = await Promise.all(slugs.map((slug) => fetchAnswerKeys(slug)));
  return new Map(files.flatMap((file) => file.questions.map((key) => [key.id, key] as const)));
}

const outcomeOf = (report: ExamReport, questions: readonly BankEntry[], keys: ReadonlyMap<string, AnswerKey>): ExamOutcome => ({
  ...report,
  questions: [...questions],
  keys: Object.fromEntries(keys),
});

/** Grades, and saves the attempts with the full result in one transaction, which also closes the exam in progress. */
async function finish(exam: Exam, questions: readonly BankEntry[], keys: ReadonlyMap<string, AnswerKey>, timedOut: boolean): Promise<ExamOutcome | null> {
  const results = gradeExam(exam, new Map([...keys].map(([id, key]) => [id, key.answers])));
  const fingerprints = new Map(questions.map((question) => [question.id, question.fingerprint]));
  const records = examRecords(exam, results, fingerprints, timedOut, new Date(), (now) => newId(now));
  await studyStore().finishSession(records.session, records.attempts);
  const report = examReport(records.session);
  return report ? outcomeOf(report, questions, keys) : null;
}

export function ExamApp({ namespaces }: { namespaces: readonly TagNamespace[] }) {
  const { bank, reload } = useQuestionBank();
  const resultId = useSearchParams().get('result');
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [notice, setNotice] = useState<Notice>(null);
  const scoring = useRef(false);
  /** When the question on screen came on screen: its time is added when it leaves. */
  const shownAt = useRef(0);
  /** Saves in the order made, so finishing the exam never races an older save of it. */
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const questions = bank.kind === 'ready' ? bank.questions : [];
  const byId = new Map(questions.map((question) => [question.id, question]));
  const examQuestions = (exam: Exam): BankEntry[] => exam.questionIds.flatMap((id) => byId.get(id) ?? []);

  /** The exam with the time since the question on screen came on screen added to it; the next stretch starts now. */
  const withStretch = (exam: Exam, onScreen: Exam = exam): Exam => {
    const now = Date.now();
    const ms = now - shownAt.current;
    shownAt.current = now;
    const questionId = onScreen.questionIds[onScreen.current];
    return questionId === undefined ? exam : withTime(exam, questionId, ms);
  };

  const save = (exam: Exam) => {
    saving.current = saving.current.then(async () => {
      const saved = await studyStore()
        .saveOpenSession(exam)
        .catch(() => false);
      if (!saved) setNotice('not-saved');
    });
  };

  const score = async (exam: Exam, timedOut: boolean) => {
    if (scoring.current) return;
    scoring.current = true;
    setPhase({ kind: 'scoring', exam, timedOut, failed: false });
    try {
      const keys = await answerKeysFor(examQuestions(exam));
      await saving.current;
      const outcome = await finish(exam, examQuestions(exam), keys, timedOut);
      if (!outcome) throw new Error('an exam without its result');
      setPhase({ kind: 'results', outcome });
      // The results' own address: a reload shows them again, read back from the log.
      window.history.replaceState(null, '', examResultHref(outcome.id));
    } catch {
      setPhase({ kind: 'scoring', exam, timedOut, failed: true });
    } finally {
      scoring.current = false;
    }
  };

  /** The saved exam, if any: resumed, or submitted if its time ran out while the page was closed. */
  const resume = useEffectEvent((read: ReadSession | null, known: readonly BankEntry[]) => {
    if (!read) setNotice('not-saved');
    else if (read.problem === 'corrupt') setNotice('corrupt');
    const saved = read?.session && isExam(read.session) ? read.session : null;
    const exam = saved ? withKnownQuestions(saved, new Set(known.map((question) => question.id))) : null;
    if (!exam) setPhase({ kind: 'setup' });
    else if (remainingMs(exam, new Date()) === 0) void score(exam, true);
    else {
      shownAt.current = Date.now();
      setPhase({ kind: 'exam', exam, view: 'question' });
    }
  });

  /** A past exam from the log, with today's explanations; one the log does not have is said so, and the page goes on as /exam/. */
  const reopen = useEffectEvent((id: string, session: FinishedSession | null, known: readonly BankEntry[], live: () => boolean) => {
    if (phase.kind === 'results' && phase.outcome.id === id) return;
    const report = session ? examReport(session) : null;
    if (!report) {
      setNotice('result-missing');
      window.history.replaceState(null, '', '/exam/');
      return;
    }
    const byId = new Map(known.map((question) => [question.id, question]));
    const questions = report.results.flatMap((result) => byId.get(result.questionId) ?? []);
    // Offline, the results still show, with the saved right answers but no explanations.
    void answerKeysFor(questions)
      .catch(() => new Map<string, AnswerKey>())
      .then((keys) => {
        if (live()) setPhase({ kind: 'results', outcome: outcomeOf(report, questions, keys) });
      });
  });

  useEffect(() => {
    if (bank.kind !== 'ready' || bank.questions.length === 0) return;
    let live = true;
    const opened = (read: ReadSession | null) => {
      if (live) resume(read, bank.questions);
    };
    if (resultId !== null) {
      const found = (session: FinishedSession | null) => {
        if (live) reopen(resultId, session, bank.questions, () => live);
      };
      studyStore().session(resultId).then(found, () => found(null));
    } else studyStore().openSession('exam').then(opened, () => opened(null));
    return () => {
      live = false;
    };
  }, [bank, resultId]);

  /** Leaving the results for a new exam: the address goes back to /exam/, which resumes an exam in progress or sets up a new one. */
  const newExam = () => {
    if (resultId === null) {
      setPhase({ kind: 'setup' });
      return;
    }
    setPhase({ kind: 'loading' });
    window.history.pushState(null, '', '/exam/');
  };

  /**
   * Every change to the exam in progress is saved at once, so a reload loses nothing. A
   * question leaving the screen (another question, the review screen) takes its time with it.
   */
  const change = (update: (exam: Exam) => Exam, view?: View) => {
    if (phase.kind !== 'exam') return;
    const to = view ?? phase.view;
    const next = update(phase.exam);
    const leaving = phase.view === 'question' && (to === 'review' || next.current !== phase.exam.current);
    const exam = leaving ? withStretch(next, phase.exam) : next;
    if (to === 'question' && phase.view === 'review') shownAt.current = Date.now();
    save(exam);
    setPhase({ kind: 'exam', exam, view: to });
  };

  const start = (settings: ExamSettings) => {
    setNotice((current) => (current === 'corrupt' ? null : current));
    const exam = createExam(questions, settings, new Date(), Math.random);
    shownAt.current = Date.now();
    save(exam);
    setPhase({ kind: 'exam', exam, view: 'question' });
  };

  const submit = (timedOut: boolean) => {
    if (phase.kind !== 'exam') return;
    const exam = phase.view === 'question' ? withStretch(phase.exam) : phase.exam;
    save(exam);
    void score(exam, timedOut);
  };

  /* Leaving the page (another tab, a closed phone screen): the stretch so far is saved, and time away is not counted. */
  const onVisibility = useEffectEvent(() => {
    if (phase.kind !== 'exam' || phase.view !== 'question') return;
    if (document.visibilityState === 'visible') {
      shownAt.current = Date.now();
      return;
    }
    const exam = withStretch(phase.exam);
    save(exam);
    setPhase({ ...phase, exam });
  });
  useEffect(() => {
    const listener = () => onVisibility();
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  }, []);

  return (
    <div className="exam-app" data-testid="exam" data-phase={phase.kind}>
      {notice ? (
        <p role="status" className="notice" data-testid="exam-notice" data-notice={notice}>
          <StudyMessage k={NOTICE_TEXT[notice]} />
        </p>
      ) : null}
      {bank.kind !== 'ready' ? <BankStatus bank={bank} onRetry={reload} testId="exam-loading" /> : null}
      {questions.length > 0 && phase.kind === 'loading' ? (
        <p className="exam-loading" role="status" data-testid="exam-loading">
          <StudyMessage k="loadingQuestions" />
        </p>
      ) : null}
      {bank.kind === 'ready' && questions.length === 0 ? (
        <p className="notice" role="alert">
          <StudyMessage k="examNoQuestions" />
        </p>
      ) : null}
      {phase.kind === 'setup' ? <ExamSetup bank={questions} namespaces={namespaces} onStart={start} /> : null}
      {phase.kind === 'exam' ? (
        <ExamInProgress exam={phase.exam} view={phase.view} questions={examQuestions(phase.exam)} onChange={change} onSubmit={submit} />
      ) : null}
      {phase.kind === 'scoring' ? (
        <div className="exam-scoring">
          <p role="status" className="exam-scoring-status" data-testid="exam-scoring">
            {phase.failed ? <StudyMessage k="examScoreFailed" /> : <StudyMessage k="examScoring" />}
          </p>
          {phase.failed ? (
            <button type="button" className="button button-primary" onClick={() => void score(phase.exam, phase.timedOut)}>
              <StudyMessage k="examRetryScore" />
            </button>
          ) : null}
        </div>
      ) : null}
      {phase.kind === 'results' ? <ExamResults outcome={phase.outcome} onNewExam={newExam} /> : null}
    </div>
  );
}

type InProgressProps = {
  exam: Exam;
  view: View;
  questions: BankEntry[];
  onChange: (update: (exam: Exam) => Exam, view?: View) => void;
  onSubmit: (timedOut: boolean) => void;
};

/** One clock over both screens: it keeps running, and submits, whichever one is showing, and while the questions load. */
function ExamInProgress({ exam, view, questions: drawn, onChange, onSubmit }: InProgressProps) {
  const stay = (current: Exam) => current;
  const { questions: loaded, reload } = useQuestions(drawn);
  const questions = loaded.kind === 'ready' ? loaded.questions : null;
  return (
    <div className="exam-in-progress">
      <div className="exam-clock-bar">
        <ExamClock startedAt={exam.startedAt} deadline={exam.deadline} onTimeUp={() => onSubmit(true)} />
      </div>
      {questions === null ? (
        <BankStatus bank={loaded} onRetry={reload} testId="exam-questions-loading" />
      ) : view === 'question' ? (
        <ExamQuestionScreen exam={exam} questions={questions} onChange={onChange} onReview={() => onChange(stay, 'review')} />
      ) : (
        <ExamReviewScreen
          exam={exam}
          questions={questions}
          onGoTo={(index) => onChange((current) => goTo(current, index), 'question')}
          onBack={() => onChange(stay, 'question')}
          onSubmit={() => onSubmit(false)}
        />
      )}
    </div>
  );
}
