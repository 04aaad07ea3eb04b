import type { ReactNode } from 'react';
import type { StudyMessageKey } from '@/lib/study-messages';
import { StudyMessage } from '@/components/study/study-message';

/** `anchor`: the section's own id, for a link to it (`/stats/#sync`). */
type Props = { id: string; heading: StudyMessageKey; anchor?: string; className?: string; headingClassName?: string; testId?: string; children: ReactNode };

/** One part of /stats/: a section named by its heading. */
export function StatsSection({ id, heading, anchor, className, headingClassName = 'stats-heading', testId, children }: Props) {
  return (
    <section id={anchor} aria-labelledby={`${id}-heading`} className={className ? `stats-section ${className}` : 'stats-section'} data-testid={testId}>
      <h2 id={`${id}-heading`} className={headingClassName}>
        <StudyMessage k={heading} />
      </h2>
      {children}
    </section>
  );
}
