'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { AnswerKey } from '@/lib/browser-schema';
import type { BankEntry, BankQuestion } from '@/lib/question-bank/bank-schema';
import { noteHref } from '@/lib/links';
import { breakdown, examNamespaces, formatRemaining, type ExamReport, type QuestionResult } from '@/lib/study/exam';
import { localDateTime } from '@/lib/study/stats';
import { PageLink } from '@/components/ui/page-link';
import { AfterNotes, QuestionOptions, QuestionStem } from '@/components/quiz/question-parts';
import { QuestionMarks } from '@/components/quiz/question-marks';
import { BankStatus } from '@/components/study/bank-status';
import { ColumnHeads, StudyMessage } from '@/components/study/study-message';
import { useQuestions } from '@/components/study/use-questions';
import { ExamRetake } from '@/components/exam/exam-retake';

/*
 * After the exam, or reopened from the log (/exam/?result=…): the scaled score against the
 * pass mark, results by tag, and every question again with the student's picks, the right
 * answers, each option's explanation and the time spent on it.
 */

/** The report with today's questions and their explanations; a question since removed from the notes is left out. */
export type ExamOutcome = ExamReport & { questions: BankEntry[]; keys: Record<string, AnswerKey> };

const DEFAULT_NAMESPACE = 'service';

export function ExamResults({ outcome, onNewExam }: { outcome: ExamOutcome; onNewExam: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const total = outcome.results.length;
  const totalMs = Object.values(outcome.timeSpent).reduce((sum, ms) => sum + ms, 0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="exam-results" data-testid="exam-results">
      <section className="exam-score-card" aria-labelledby="exam-results-heading" data-passed={outcome.passed}>
        <h2 id="exam-results-heading" ref={headingRef} tabIndex={-1} className="exam-results-heading">
          <StudyMessage k="examResultsHeading" />
        </h2>
        {outcome.timedOut ? (
          <p className="notice exam-time-up" data-testid="exam-time-up">
            <StudyMessage k="examTimeUp" />
          </p>
        ) : null}
        <div role="status" className="exam-score-line">
          <span className="exam-score-label">
            <StudyMessage k="examScaledScore" />
          </span>
          <span className="exam-score" data-testid="exam-score">
            {outcome.score}
          </span>
          <span className="exam-score-max">/ 1000</span>
          <span className={outcome.passed ? 'badge badge-good exam-badge exam-verdict' : 'badge badge-bad exam-badge exam-verdict'} data-testid="exam-verdict" data-passed={outcome.passed}>
            <span aria-hidden="true">{outcome.passed ? '✓' : '✗'}</span>
            <StudyMessage k={outcome.passed ? 'examPassed' : 'examFailed'} />
          </span>
        </div>
        <dl className="exam-score-facts">
          <div>
            <dt>
              <StudyMessage k="examTakenAt" />
            </dt>
            <dd>
              <time dateTime={outcome.endedAt}>{localDateTime(new Date(outcome.endedAt))}</time>
            </dd>
          </div>
          <div>
            <dt>
              <StudyMessage k="examPassMark" />
            </dt>
            <dd data-testid="exam-pass-mark">{outcome.passMark}</dd>
          </div>
          <div>
            <dt>
              <StudyMessage k="examCorrectCount" />
            </dt>
            <dd data-testid="exam-correct">
              {outcome.correct} / {total}
            </dd>
          </div>
          <div>
            <dt>
              <StudyMessage k="examTimeSpent" />
            </dt>
            <dd className="tabular-nums" data-testid="exam-time-total">
              {formatRemaining(totalMs)}
            </dd>
          </div>
        </dl>
        <p className="exam-score-rule">
          <StudyMessage k="examScoreRule" />
        </p>
        <div className="exam-actions">
          <ExamRetake results={outcome.results} />
          <button type="button" className="button" onClick={onNewExam} data-testid="exam-new">
            <StudyMessage k="examNewExam" />
          </button>
        </div>
      </section>

      <Breakdown outcome={outcome} />
      <QuestionReview outcome={outcome} />
    </div>
  );
}

function Breakdown({ outcome }: { outcome: ExamOutcome }) {
  const id = useId();
  const namespaces = examNamespaces(outcome.questions);
  const [chosen, setChosen] = useState(namespaces.includes(DEFAULT_NAMESPACE) ? DEFAULT_NAMESPACE : (namespaces[0] ?? DEFAULT_NAMESPACE));
  const rows = breakdown(outcome.questions, outcome.results, chosen);

  return (
    <section className="exam-breakdown" aria-labelledby={`${id}-heading`} data-testid="exam-breakdown">
      <div className="exam-breakdown-head">
        <h2 id={`${id}-heading`} className="exam-section-heading">
          <StudyMessage k="examBreakdownHeading" />
        </h2>
        {namespaces.length > 1 ? (
          <label className="sort">
            <StudyMessage k="examGroupBy" />
            <select value={chosen} onChange={(event) => setChosen(event.target.value)} data-testid="exam-namespace">
              {namespaces.map((namespace) => (
                <option key={namespace} value={namespace}>
                  {namespace}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p>
          <StudyMessage k="examNoBreakdown" />
        </p>
      ) : (
        <div className="exam-table-wrap">
          <table className="exam-table">
            <ColumnHeads columns={['examTagColumn', 'examCorrectColumn', 'examRateColumn']} />
            <tbody>
              {rows.map((row) => {
                const percent = Math.round((100 * row.correct) / row.total);
                return (
                  <tr key={row.tag} data-testid="exam-breakdown-row" data-tag={row.tag}>
                    <th scope="row" className="exam-table-tag">
                      {row.tag}
                    </th>
                    <td className="exam-table-number">
                      {row.correct} / {row.total}
                    </td>
                    <td>
                      <span className="exam-rate">
                        <span className="exam-rate-bar" aria-hidden="true">
                          <span style={{ width: `${percent}%` }} />
                        </span>
                        <span className="exam-table-number">{percent}%</span>
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Every question again, its stem and options fetched from its note's file for this list. */
function QuestionReview({ outcome }: { outcome: ExamOutcome }) {
  const [onlyWrong, setOnlyWrong] = useState(false);
  const { questions, reload } = useQuestions(outcome.questions);
  const byId = new Map((questions.kind === 'ready' ? questions.questions : []).map((question) => [question.id, question]));
  const shown = outcome.results.map((result, index) => ({ result, index })).filter(({ result }) => !onlyWrong || !result.correct);

  return (
    <section className="exam-question-review" aria-labelledby="exam-questions-heading" data-testid="exam-question-review">
      <div className="exam-breakdown-head">
        <h2 id="exam-questions-heading" className="exam-section-heading">
          <StudyMessage k="examQuestionsHeading" />
        </h2>
        <label className="exam-filter">
          <input type="checkbox" checked={onlyWrong} onChange={(event) => setOnlyWrong(event.target.checked)} data-testid="exam-only-wrong" />
          <StudyMessage k="examOnlyWrong" />
        </label>
      </div>
      <BankStatus bank={questions} onRetry={reload} testId="exam-question-review-loading" />
      {shown.length === 0 ? (
        <p>
          <StudyMessage k="examNoneWrong" />
        </p>
      ) : null}
      {shown.map(({ result, index }) => {
        const question = byId.get(result.questionId);
        if (!question) return null;
        return (
          <ReviewedQuestion
            key={question.id}
            question={question}
            result={result}
            position={index + 1}
            total={outcome.results.length}
            answerKey={outcome.keys[question.id]}
            ms={outcome.timeSpent[question.id] ?? 0}
          />
        );
      })}
    </section>
  );
}

type ReviewedProps = { question: BankQuestion; result: QuestionResult; position: number; total: number; answerKey: AnswerKey | undefined; ms: number };

function ReviewedQuestion({ question, result, position, total, answerKey, ms }: ReviewedProps) {
  const id = useId();
  const unanswered = result.chosen.length === 0;
  return (
    <article className="quiz exam-reviewed" aria-labelledby={`${id}-heading`} data-testid="exam-reviewed-question" data-question-id={question.id} data-correct={result.correct}>
      <header className="exam-reviewed-head">
        <h3 id={`${id}-heading`} className="exam-reviewed-heading">
          <StudyMessage k="examQuestionOf" values={{ k: position, n: total }} />
        </h3>
        <span className={result.correct ? 'badge badge-good exam-badge' : 'badge badge-bad exam-badge'} data-testid="exam-reviewed-verdict">
          <span aria-hidden="true">{result.correct ? '✓' : '✗'}</span>
          <StudyMessage k={result.correct ? 'correct' : unanswered ? 'examUnanswered' : 'wrong'} />
        </span>
        <span className="exam-reviewed-time" data-testid="exam-reviewed-time" data-ms={ms}>
          <StudyMessage k="examTimeOnQuestion" values={{ time: formatRemaining(ms) }} />
        </span>
        <PageLink href={noteHref(question.slug)} className="exam-reviewed-note">
          <StudyMessage k="examOpenNote" />: {question.title}
        </PageLink>
      </header>
      <QuestionStem question={question} />
      <QuestionOptions question={question} chosen={result.chosen} answerKey={answerKey ?? { answers: result.answers, explanations: {} }} />
      {answerKey ? <AfterNotes answerKey={answerKey} headingLevel="h4" /> : null}
      <QuestionMarks questionId={question.id} answerShown />
    </article>
  );
}
