'use client';

import { useEffect, useRef, useState } from 'react';
import type { AnswerKey } from '@/lib/browser-schema';
import type { BankQuestion } from '@/lib/study-schema';
import {
  clearExam,
  createExam,
  examRecords,
  goTo,
  gradeExam,
  loadExam,
  passed,
  remainingMs,
  saveExam,
  scaledScore,
  withKnownQuestions,
  type Exam,
  type ExamSettings,
  type ExamStorage,
} from '@/lib/exam';
import { newId } from '@/lib/progress';
import { ExamClock } from './exam-clock';
import { ExamQuestionScreen } from './exam-question-screen';
import { ExamResults, type ExamOutcome } from './exam-results';
import { ExamReviewScreen } from './exam-review-screen';
import { ExamSetup } from './exam-setup';
import { recordAttempt, recordSession } from './progress-store';
import { fetchQuestionBank } from './question-bank';
import { fetchAnswerKeys } from './study-data';
import { T } from './study-t';

/*
 * The mock exam island: setup, the exam (question and review screens under one clock),
 * scoring, results. The exam in progress is saved on every change, so a reload resumes it;
 * its clock is the saved deadline, so time spent away counts. The answer keys are fetched
 * only when the exam is submitted.
 */

type Phase =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: 'failed' | 'empty' }
  | { kind: 'setup' }
  | { kind: 'exam'; exam: Exam; view: 'question' | 'review' }
  | { kind: 'scoring'; exam: Exam; timedOut: boolean; failed: boolean }
  | { kind: 'results'; outcome: ExamOutcome };

type Notice = 'corrupt' | 'not-saved' | null;

function browserStorage(): ExamStorage | null {
  try {
    const probe = '__aws-notes-exam-probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return null;
  }
}

async function answerKeysFor(questions: readonly BankQuestion[]): Promise<Map<string, AnswerKey>> {
  const slugs = [...new Set(questions.map((question) => question.slug))];
  const files = await Promise.all(slugs.map((slug) => fetchAnswerKeys(slug)));
  return new Map(files.flatMap((file) => file.questions.map((key) => [key.id, key] as const)));
}

/** Grades, saves the attempts and the session, and forgets the exam in progress. */
function finish(exam: Exam, questions: readonly BankQuestion[], keys: ReadonlyMap<string, AnswerKey>, timedOut: boolean): ExamOutcome {
  const results = gradeExam(exam, new Map([...keys].map(([id, key]) => [id, key.answers])));
  const records = examRecords(exam, results, new Map(questions.map((question) => [question.id, question.fingerprint])), new Date(), newId);
  for (const attempt of records.attempts) recordAttempt(attempt);
  recordSession(records.session);
  const store = browserStorage();
  if (store) clearExam(store);
  const correct = results.filter((result) => result.correct).length;
  const score = scaledScore(correct, results.length);
  return { questions: [...questions], results, keys: Object.fromEntries(keys), correct, score, passMark: exam.passMark, passed: passed(score, exam.passMark), timedOut };
}

export function ExamApp() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [bank, setBank] = useState<BankQuestion[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const scoring = useRef(false);

  const byId = new Map(bank.map((question) => [question.id, question]));
  const examQuestions = (exam: Exam): BankQuestion[] => exam.questionIds.flatMap((id) => byId.get(id) ?? []);

  const score = async (exam: Exam, questions: BankQuestion[], timedOut: boolean) => {
    if (scoring.current) return;
    scoring.current = true;
    setPhase({ kind: 'scoring', exam, timedOut, failed: false });
    try {
      const keys = await answerKeysFor(questions);
      setPhase({ kind: 'results', outcome: finish(exam, questions, keys, timedOut) });
    } catch {
      setPhase({ kind: 'scoring', exam, timedOut, failed: true });
    } finally {
      scoring.current = false;
    }
  };

  useEffect(() => {
    let live = true;
    fetchQuestionBank().then(
      (questions) => {
        if (!live) return;
        setBank(questions);
        const store = browserStorage();
        const read = store ? loadExam(store, new Date()) : { exam: null, problem: null };
        setNotice(!store ? 'not-saved' : read.problem);
        const exam = read.exam ? withKnownQuestions(read.exam, new Set(questions.map((question) => question.id))) : null;
        if (exam && remainingMs(exam, new Date()) === 0) {
          // The time ran out while the page was closed: submitted as the real exam would be.
          const ids = new Set(exam.questionIds);
          void score(
            exam,
            questions.filter((question) => ids.has(question.id)),
            true,
          );
        } else if (exam) setPhase({ kind: 'exam', exam, view: 'question' });
        else setPhase(questions.length > 0 ? { kind: 'setup' } : { kind: 'unavailable', reason: 'empty' });
      },
      () => {
        if (live) setPhase({ kind: 'unavailable', reason: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  /** Every change to the exam in progress is saved at once, so a reload loses nothing. */
  const keep = (exam: Exam, view: 'question' | 'review') => {
    const store = browserStorage();
    if (!store || !saveExam(store, exam)) setNotice('not-saved');
    setPhase({ kind: 'exam', exam, view });
  };

  const start = (settings: ExamSettings) => {
    setNotice((current) => (current === 'corrupt' ? null : current));
    keep(createExam(bank, settings, new Date(), Math.random), 'question');
  };

  const change = (update: (exam: Exam) => Exam, view?: 'question' | 'review') => {
    if (phase.kind === 'exam') keep(update(phase.exam), view ?? phase.view);
  };
  const show = (view: 'question' | 'review') => {
    if (phase.kind === 'exam') setPhase({ ...phase, view });
  };

  return (
    <div className="exam-app" data-testid="exam" data-phase={phase.kind}>
      {notice ? (
        <p role="status" className="notice" data-testid="exam-notice" data-notice={notice}>
          <T k={notice === 'corrupt' ? 'examCorrupt' : 'examNotSaved'} />
        </p>
      ) : null}
      {phase.kind === 'loading' ? (
        <p className="exam-loading" role="status">
          <T k="loadingQuestions" />
        </p>
      ) : null}
      {phase.kind === 'unavailable' ? (
        <p className="notice" role="alert">
          <T k={phase.reason === 'failed' ? 'examBankFailed' : 'examNoQuestions'} />
        </p>
      ) : null}
      {phase.kind === 'setup' ? <ExamSetup bankSize={bank.length} onStart={start} /> : null}
      {phase.kind === 'exam' ? (
        <ExamInProgress
          exam={phase.exam}
          view={phase.view}
          questions={examQuestions(phase.exam)}
          onChange={change}
          onShow={show}
          onSubmit={(timedOut) => void score(phase.exam, examQuestions(phase.exam), timedOut)}
        />
      ) : null}
      {phase.kind === 'scoring' ? (
        <div className="exam-scoring">
          <p role="status" className="exam-scoring-status" data-testid="exam-scoring">
            {phase.failed ? <T k="examScoreFailed" /> : <T k="examScoring" />}
          </p>
          {phase.failed ? (
            <button type="button" className="button button-primary" onClick={() => void score(phase.exam, examQuestions(phase.exam), phase.timedOut)}>
              <T k="examRetryScore" />
            </button>
          ) : null}
        </div>
      ) : null}
      {phase.kind === 'results' ? <ExamResults outcome={phase.outcome} onNewExam={() => setPhase({ kind: 'setup' })} /> : null}
    </div>
  );
}

type InProgressProps = {
  exam: Exam;
  view: 'question' | 'review';
  questions: BankQuestion[];
  onChange: (update: (exam: Exam) => Exam, view?: 'question' | 'review') => void;
  onShow: (view: 'question' | 'review') => void;
  onSubmit: (timedOut: boolean) => void;
};

/** One clock over both screens: it keeps running, and submits, whichever one is showing. */
function ExamInProgress({ exam, view, questions, onChange, onShow, onSubmit }: InProgressProps) {
  return (
    <div className="exam-in-progress">
      <ExamClock deadline={exam.deadline} onTimeUp={() => onSubmit(true)} />
      {view === 'question' ? (
        <ExamQuestionScreen exam={exam} questions={questions} onChange={onChange} onReview={() => onShow('review')} />
      ) : (
        <ExamReviewScreen
          exam={exam}
          questions={questions}
          onGoTo={(index) => onChange((current) => goTo(current, index), 'question')}
          onBack={() => onShow('question')}
          onSubmit={() => onSubmit(false)}
        />
      )}
    </div>
  );
}
