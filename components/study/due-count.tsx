'use client';

import { useEffect, useState } from 'react';
import { useStudyState } from '@/components/study/progress-client';
import { Message } from '@/components/ui/message';

/*
 * The number of questions due now, beside "Review" in the site nav: a count over the
 * per-question summaries the store already holds (no log replay), re-read each minute so
 * a question falling due shows without an answer.
 */

const MINUTE = 60_000;

export function DueCount() {
  const study = useStudyState();
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, MINUTE);
    return () => clearInterval(timer);
  }, []);
  if (!study || now === null) return null;
  let due = 0;
  for (const summary of study.summaries.values()) if (Date.parse(summary.due) <= now) due += 1;
  if (due === 0) return null;
  return (
    <span className="nav-due" data-testid="nav-due-count" data-count={due}>
      <span aria-hidden="true">{due}</span>
      <span className="sr-only">
        {' '}
        <Message k="navDue" values={{ n: due }} />
      </span>
    </span>
  );
}
