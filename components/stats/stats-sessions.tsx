import type { FinishedSession } from '@/lib/study/log';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import { localDateTime } from '@/lib/study/stats';
import { ColumnHeads, StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';

const MODE: Record<FinishedSession['mode'], MessageKey> = { practice: 'statsModePractice', exam: 'statsModeExam', review: 'statsModeReview' };

/** Finished practice sessions, mock exams and reviews, newest first. */
export function StatsSessions({ sessions }: { sessions: readonly FinishedSession[] }) {
  return (
    <StatsSection id="stats-sessions" heading="statsSessionsHeading" testId="stats-sessions">
      {sessions.length === 0 ? (
        <p className="stats-hint" data-testid="stats-sessions-empty">
          <StudyMessage k="statsSessionsEmpty" />
        </p>
      ) : (
        <div className="stats-table-wrap">
          <table className="stats-table">
            <ColumnHeads columns={['statsMode', 'statsDate', 'statsScore', 'statsExamResult']} />
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} data-testid="stats-session" data-mode={session.mode}>
                  <td>
                    <StudyMessage k={MODE[session.mode]} />
                  </td>
                  <td>
                    <time dateTime={session.endedAt}>{localDateTime(new Date(session.endedAt))}</time>
                  </td>
                  <td className="tabular-nums">
                    {session.correct} / {session.total}
                    {session.total > 0 ? <span className="count"> ({Math.round((session.correct / session.total) * 100)}%)</span> : null}
                  </td>
                  <td>
                    {session.scaledScore === undefined ? (
                      <span aria-hidden="true">—</span>
                    ) : (
                      <>
                        <span className="tabular-nums">{session.scaledScore}</span>{' '}
                        {session.passed === undefined ? null : (
                          <span className={session.passed ? 'badge badge-good' : 'badge badge-bad'}>
                            <StudyMessage k={session.passed ? 'statsPassed' : 'statsFailed'} />
                          </span>
                        )}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StatsSection>
  );
}
