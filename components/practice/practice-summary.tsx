import { useEffect, useRef } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import { summarise, type SessionResults, type TagScore } from '@/lib/study/practice';
import { groupTagScores, type TagScoreGroup } from '@/lib/study/tag-score-groups';
import { splitTag } from '@/lib/tags';
import { PageLink } from '@/components/ui/page-link';
import { StudyMessage } from '@/components/study/study-message';
import { noteHref } from '@/lib/links';

/*
 * The end of a session: the score, the score per tag (by namespace, the weakest few of each
 * in view and the rest folded away), and the missed questions' notes.
 */

type Props = {
  questions: BankEntry[];
  results: SessionResults;
  /** The tags the session was chosen by: the per-tag score lists only these (all the questions' tags when none). */
  tags: readonly string[];
  onRetryMissed: (missed: BankEntry[]) => void;
  onNewSession: () => void;
};

export function PracticeSummary({ questions, results, tags, onRetryMissed, onNewSession }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const summary = summarise(questions, results, tags);

  return (
    <section className="practice-summary" aria-labelledby="practice-summary-heading" data-testid="practice-summary">
      <h2 id="practice-summary-heading" ref={headingRef} tabIndex={-1} className="practice-heading">
        <StudyMessage k="practiceSummaryHeading" />
      </h2>
      <p className="practice-score" data-testid="practice-score">
        <span className="practice-score-label">
          <StudyMessage k="practiceScore" />
        </span>
        <strong className="practice-score-value">
          {summary.correct} / {summary.total}
        </strong>
        <span className="practice-score-percent">{summary.percent}%</span>
      </p>

      <h3 className="practice-subheading" id="practice-by-tag">
        <StudyMessage k="practiceByTag" />
      </h3>
      <p className="practice-hint">
        <StudyMessage k="practiceByTagHint" />
      </p>
      {groupTagScores(summary.byTag).map((group, index) => (
        <TagGroup key={group.namespace} group={group} headId={`practice-by-tag-${index}`} />
      ))}

      <h3 className="practice-subheading">
        <StudyMessage k="practiceMissedHeading" />
      </h3>
      {summary.missed.length === 0 ? (
        <p className="practice-none-missed" data-testid="practice-none-missed">
          <StudyMessage k="practiceNoneMissed" />
        </p>
      ) : (
        <ul className="practice-missed">
          {summary.missed.map((question) => (
            <li key={question.id} data-testid="practice-missed" data-question={question.id}>
              <PageLink href={noteHref(question.slug)}>{question.title}</PageLink>
              <span className="count">
                {' · '}
                <StudyMessage k="question" /> {question.position}
              </span>
            </li>
          ))}
        </ul>
      )}

      <div className="practice-actions">
        {summary.missed.length > 0 ? (
          <button type="button" className="button button-primary" onClick={() => onRetryMissed(summary.missed)} data-testid="practice-retry-missed">
            <StudyMessage k="practiceRetryMissed" />
          </button>
        ) : null}
        <button type="button" className="button" onClick={onNewSession} data-testid="practice-new-session">
          <StudyMessage k="practiceNewSession" />
        </button>
      </div>
    </section>
  );
}

/** A namespace's weakest tags, then the rest behind "n more". */
function TagGroup({ group, headId }: { group: TagScoreGroup; headId: string }) {
  return (
    <section className="practice-score-group" data-testid="practice-tag-group" data-namespace={group.namespace}>
      <TagTable rows={group.shown} namespace={group.namespace} headId={headId} />
      {group.folded.length > 0 ? (
        <details className="practice-tag-more" data-testid="practice-tag-more">
          <summary>
            <StudyMessage k="practiceTagsMore" values={{ n: group.folded.length }} />
            <span className="sr-only"> {group.namespace}</span>
          </summary>
          <TagTable rows={group.folded} namespace={group.namespace} headId={`${headId}-more`} folded />
        </details>
      ) : null}
    </section>
  );
}

/** The namespace heads the tag column; under a disclosure the heads are for screen readers only. */
function TagTable({ rows, namespace, headId, folded = false }: { rows: TagScore[]; namespace: string; headId: string; folded?: boolean }) {
  return (
    <table className="practice-tag-table" aria-labelledby={`practice-by-tag ${headId}`}>
      <thead className={folded ? 'sr-only' : undefined}>
        <tr>
          <th scope="col" id={headId} className="practice-tag-namespace">
            {namespace}
          </th>
          <th scope="col">
            <StudyMessage k="practiceCorrectColumn" />
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.tag} data-testid="practice-tag-row" data-tag={row.tag}>
            <th scope="row">
              <span className="tag">
                {splitTag(row.tag).value}
              </span>
            </th>
            <td>
              <span className="practice-tag-score">
                {row.correct} / {row.total}
              </span>
              <span className="practice-bar" aria-hidden="true">
                <span className="practice-bar-fill" style={{ width: `${(row.correct / row.total) * 100}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
