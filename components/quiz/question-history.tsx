'use client';

import { useEffect, useState } from 'react';
import type { AnswerResult, HistoryEntry } from '@/lib/study/history';
import type { AttemptMode, Rating } from '@/lib/study/log';
import { localDateTime } from '@/lib/study/stats';
import { loadStore, useStudyState } from '@/components/study/progress-client';
import { MarksText, type MarksKey } from '@/components/quiz/marks-text';

/*
 * One question's whole history: every answer (when, where, the letters chosen, how it
 * went) and every rating, newest first, read from the log's per-question indexes when
 * opened and again after each new answer or rating of it.
 */

const MODE_TEXT: Record<AttemptMode, MarksKey> = { note: 'marksModeNote', practice: 'marksModePractice', exam: 'marksModeExam', review: 'marksModeReview' };
const RESULT_TEXT: Record<AnswerResult, MarksKey> = {
  correct: 'marksResultCorrect',
  wrong: 'marksResultWrong',
  'revealed-correct': 'marksResultRevealedCorrect',
  'revealed-wrong': 'marksResultRevealedWrong',
};
const RESULT_CLASS: Record<AnswerResult, string> = { correct: 'text-good', wrong: 'text-bad', 'revealed-correct': 'text-warn', 'revealed-wrong': 'text-bad' };
const RATING_TEXT: Record<Rating, MarksKey> = { again: 'rateAgain', hard: 'rateHard', good: 'rateGood', easy: 'rateEasy' };

type Read = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; entries: HistoryEntry[] };

export function QuestionHistory({ questionId }: { questionId: string }) {
  const study = useStudyState();
  // A new answer or rating of this question changes its summary: the history is read again.
  const summary = study?.summaries.get(questionId);
  const [read, setRead] = useState<Read>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadStore()
      .then((store) => store.history(questionId))
      .then(
        (entries): Read => ({ kind: 'ready', entries }),
        (): Read => ({ kind: 'failed' }),
      )
      .then((result) => {
        if (live) setRead(result);
      });
    return () => {
      live = false;
    };
  }, [questionId, summary]);

  return (
    <div className="marks-history" data-testid="marks-history-panel" data-state={read.kind}>
      <p className="marks-history-heading">
        <MarksText k="marksHistoryHeading" />
      </p>
      {read.kind === 'loading' ? (
        <p className="marks-hint">
          <MarksText k="marksHistoryLoading" />
        </p>
      ) : read.kind === 'failed' ? (
        <p className="marks-hint text-bad">
          <MarksText k="marksHistoryFailed" />
        </p>
      ) : read.entries.length === 0 ? (
        <p className="marks-hint">
          <MarksText k="marksHistoryEmpty" />
        </p>
      ) : (
        <ol className="marks-history-list">
          {read.entries.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`} className="marks-history-entry" data-testid="marks-history-entry" data-kind={entry.kind} data-result={entry.kind === 'attempt' ? entry.result : undefined}>
              <time dateTime={entry.at} className="marks-history-time">
                {localDateTime(new Date(entry.at))}
              </time>
              {entry.kind === 'attempt' ? <AttemptLine entry={entry} /> : <RatingLine rating={entry.rating} />}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function AttemptLine({ entry }: { entry: Extract<HistoryEntry, { kind: 'attempt' }> }) {
  return (
    <span className="marks-history-what">
      <MarksText k={MODE_TEXT[entry.mode]} />
      {' · '}
      {entry.chosen.length > 0 ? <MarksText k="marksChose" values={{ letters: entry.chosen.join(', ') }} /> : <MarksText k="marksChoseNone" />}
      {' · '}
      <strong className={RESULT_CLASS[entry.result]}>
        <MarksText k={RESULT_TEXT[entry.result]} />
      </strong>
    </span>
  );
}

function RatingLine({ rating }: { rating: Rating }) {
  return (
    <span className="marks-history-what">
      <MarksText k="marksRating" />: <MarksText k={RATING_TEXT[rating]} />
    </span>
  );
}
