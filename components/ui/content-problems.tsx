import { siteContent } from '@/lib/content/site';
import { formatProblem } from '@/lib/content/problems';
import { Message } from '@/components/ui/message';

/** In development only: what the checker would report, above every page. */
export function ContentProblems() {
  if (process.env.NODE_ENV !== 'development') return null;
  const { problems } = siteContent();
  if (problems.length === 0) return null;
  return (
    <details className="content-problems" data-testid="content-problems">
      <summary>
        <Message k="contentProblems" />: {problems.length}
      </summary>
      <ul>
        {problems.map((problem) => (
          <li key={formatProblem(problem)} className={problem.severity === 'error' ? 'text-bad' : undefined}>
            <code>{formatProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
