import type { Session } from '@/lib/browser-schema';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import { localDateTime } from '@/lib/stats';
import { T } from './study-t';

const MODE: Record<Session['mode'], MessageKey> = { practice: 'statsModePractice', exam: 'statsModeExam', review: 'statsModeReview' };

/** Finished practice sessions, mock exams and reviews, newest first. */
export function StatsSessions({ sessions }: { sessions: Session[] }) {
  return (
    <section aria-labelledby="stats-sessions-heading" className="stats-section" data-testid="stats-sessions">
      <h2 id="stats-sessions-heading" className="stats-heading">
        <T k="statsSessionsHeading" />
      </h2>
      {sessions.length === 0 ? (
        <p className="stats-hint" data-testid="stats-sessions-empty">
          <T k="statsSessionsEmpty" />
        </p>
      ) : (
        <div className="stats-table-wrap">
          <table className="stats-table">
            <thead>
              <tr>
                <th scope="col">
                  <T k="statsMode" />
                </th>
                <th scope="col">
                  <T k="statsDate" />
                </th>
                <th scope="col">
                  <T k="statsScore" />
                </th>
                <th scope="col">
                  <T k="statsExamResult" />
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} data-testid="stats-session" data-mode={session.mode}>
                  <td>
                    <T k={MODE[session.mode]} />
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
                            <T k={session.passed ? 'statsPassed' : 'statsFailed'} />
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
    </section>
  );
}
