import type { FinishedSession } from '@/lib/study/log';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import { examResultHref } from '@/lib/links';
import { localDateTime } from '@/lib/study/stats';
import { ColumnHeads, StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';
import { PageLink } from '@/components/ui/page-link';

const MODE: Record<FinishedSession['mode'], MessageKey> = { practice: 'statsModePractice', exam: 'statsModeExam', review: 'statsModeReview' };

/** A cell's column name, shown in the cell itself where the table turns into a list of cards (a narrow column, a phone). */
function CellLabel({ k }: { k: MessageKey }) {
  return (
    <span className="stats-cell-label">
      <StudyMessage k={k} />
    </span>
  );
}

/** Finished practice sessions, mock exams and reviews, newest first; a mock exam links to its full result. */
export function StatsSessions({ sessions }: { sessions: readonly FinishedSession[] }) {
  return (
    <StatsSection id="stats-sessions" heading="statsSessionsHeading" testId="stats-sessions">
      {sessions.length === 0 ? (
        <p className="stats-hint" data-testid="stats-sessions-empty">
          <StudyMessage k="statsSessionsEmpty" />
        </p>
      ) : (
        <div className="stats-sessions-wrap">
          <table className="stats-table stats-sessions-table">
            <ColumnHeads columns={['statsMode', 'statsDate', 'statsScore', 'statsExamResult', 'statsDetails']} />
            <tbody>
              {sessions.map((session) => {
                const when = localDateTime(new Date(session.endedAt));
                return (
                  <tr key={session.id} data-testid="stats-session" data-mode={session.mode}>
                    <td className="stats-session-mode">
                      <CellLabel k="statsMode" />
                      <StudyMessage k={MODE[session.mode]} />
                    </td>
                    <td>
                      <CellLabel k="statsDate" />
                      <time dateTime={session.endedAt}>{when}</time>
                    </td>
                    <td className="tabular-nums">
                      <CellLabel k="statsScore" />
                      <span>
                        {session.correct} / {session.total}
                        {session.total > 0 ? <span className="count"> ({Math.round((session.correct / session.total) * 100)}%)</span> : null}
                      </span>
                    </td>
                    <td className={session.scaledScore === undefined ? 'stats-session-none' : undefined}>
                      <CellLabel k="statsExamResult" />
                      {session.scaledScore === undefined ? (
                        <span aria-hidden="true">—</span>
                      ) : (
                        <span>
                          <span className="tabular-nums">{session.scaledScore}</span>{' '}
                          {session.passed === undefined ? null : (
                            <span className={session.passed ? 'badge badge-good' : 'badge badge-bad'}>
                              <StudyMessage k={session.passed ? 'statsPassed' : 'statsFailed'} />
                            </span>
                          )}
                        </span>
                      )}
                    </td>
                    <td className={session.exam ? 'stats-session-open' : 'stats-session-none'}>
                      {session.exam ? (
                        <PageLink href={examResultHref(session.id)} className="stats-session-link" data-testid="stats-session-result">
                          <StudyMessage k="statsOpenResult" />
                          <span className="sr-only"> ({when})</span>
                        </PageLink>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </StatsSection>
  );
}
