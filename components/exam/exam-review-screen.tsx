'use client';

import { useEffect, useRef, useState } from 'react';
import type { BankQuestion } from '@/lib/question-bank/bank-schema';
import { questionStatus, reviewCounts, type Exam } from '@/lib/study/exam';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The review screen, as in the real exam: every question with its status, filters for
 * unanswered and flagged ones, a jump to any of them, and the submit button (confirmed
 * in a dialog, since it cannot be undone).
 */

type Filter = 'all' | 'answered' | 'unanswered' | 'flagged';

const FILTERS: { filter: Filter; label: MessageKey }[] = [
  { filter: 'all', label: 'examFilterAll' },
  { filter: 'answered', label: 'examAnswered' },
  { filter: 'unanswered', label: 'examUnanswered' },
  { filter: 'flagged', label: 'examFlagged' },
];

type Props = {
  exam: Exam;
  questions: BankQuestion[];
  onGoTo: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
};

export function ExamReviewScreen({ exam, questions, onGoTo, onBack, onSubmit }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const selectCounts = new Map(questions.map((question) => [question.id, question.selectCount]));
  const counts = reviewCounts(exam, (id) => selectCounts.get(id) ?? 1);
  const countOf: Record<Filter, number> = { all: questions.length, ...counts };

  const rows = questions
    .map((question, index) => ({ question, index, status: questionStatus(exam, question.id, question.selectCount) }))
    .filter(({ status }) => filter === 'all' || (filter === 'flagged' ? status.flagged : status.answered === (filter === 'answered')));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="exam-review" aria-labelledby="exam-review-heading" data-testid="exam-review-screen">
      <h2 id="exam-review-heading" ref={headingRef} tabIndex={-1} className="exam-review-heading">
        <StudyMessage k="examReviewHeading" />
      </h2>

      <dl className="exam-counts">
        {(['answered', 'unanswered', 'flagged'] as const).map((kind) => (
          <div key={kind} className="exam-count" data-kind={kind}>
            <dt>
              <StudyMessage k={FILTERS.find((each) => each.filter === kind)?.label ?? 'examFilterAll'} />
            </dt>
            <dd data-testid={`exam-count-${kind}`}>{counts[kind]}</dd>
          </div>
        ))}
      </dl>

      <fieldset className="exam-filters">
        <legend className="exam-filters-legend">
          <StudyMessage k="examFilterLabel" />
        </legend>
        {FILTERS.map(({ filter: each, label }) => (
          <label key={each} className="exam-filter">
            <input type="radio" name="exam-review-filter" value={each} checked={filter === each} onChange={() => setFilter(each)} />
            <StudyMessage k={label} /> <span className="count">({countOf[each]})</span>
          </label>
        ))}
      </fieldset>

      {rows.length === 0 ? (
        <p className="exam-empty">
          <StudyMessage k="examFilterEmpty" />
        </p>
      ) : (
        <ol className="exam-review-list" data-testid="exam-review-list">
          {rows.map(({ question, index, status }) => (
            <li key={question.id} className="exam-review-item" data-answered={status.answered} data-flagged={status.flagged}>
              <div className="exam-review-row">
                <button type="button" className="exam-review-jump" onClick={() => onGoTo(index)}>
                  <StudyMessage k="examQuestionOf" values={{ k: index + 1, n: questions.length }} />
                </button>
                <span className={status.answered ? 'badge badge-info' : 'badge badge-muted'}>
                  <StudyMessage k={status.answered ? 'examAnswered' : 'examUnanswered'} />
                </span>
                {status.flagged ? (
                  <span className="badge badge-flag exam-badge">
                    <span aria-hidden="true">⚑</span>
                    <StudyMessage k="examFlagged" />
                  </span>
                ) : null}
              </div>
              <div className="exam-review-stem" lang="en" dangerouslySetInnerHTML={{ __html: question.stemHtml }} />
            </li>
          ))}
        </ol>
      )}

      <div className="exam-actions">
        <button type="button" className="button" onClick={onBack} data-testid="exam-back">
          <span aria-hidden="true">←</span>
          <StudyMessage k="examBackToQuestion" />
        </button>
        <button type="button" className="button button-primary" onClick={() => dialogRef.current?.showModal()} data-testid="exam-submit">
          <StudyMessage k="examSubmit" />
        </button>
      </div>

      <dialog ref={dialogRef} className="exam-dialog" aria-labelledby="exam-confirm-heading" aria-describedby="exam-confirm-text" data-testid="exam-confirm">
        <h2 id="exam-confirm-heading" className="exam-dialog-heading">
          <StudyMessage k="examConfirmHeading" />
        </h2>
        <div id="exam-confirm-text" className="exam-dialog-text">
          <p>
            <StudyMessage k="examConfirmText" />
          </p>
          {counts.unanswered > 0 ? (
            <p className="text-bad">
              <StudyMessage k="examConfirmUnanswered" values={{ n: counts.unanswered }} />
            </p>
          ) : null}
          {counts.flagged > 0 ? (
            <p>
              <StudyMessage k="examConfirmFlagged" values={{ n: counts.flagged }} />
            </p>
          ) : null}
        </div>
        <form method="dialog" className="exam-actions">
          <button type="submit" className="button" autoFocus data-testid="exam-confirm-cancel">
            <StudyMessage k="examCancel" />
          </button>
          <button
            type="button"
            className="button button-primary"
            data-testid="exam-confirm-submit"
            onClick={() => {
              dialogRef.current?.close();
              onSubmit();
            }}
          >
            <StudyMessage k="examConfirmYes" />
          </button>
        </form>
      </dialog>
    </section>
  );
}
