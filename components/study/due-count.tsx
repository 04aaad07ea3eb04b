'use client';

import { useEffect, useState } from 'react';
import type { DueEntry, dueCounts } from '@/lib/study/due';
import { useStudyState } from '@/components/study/progress-client';
import { useNow } from '@/components/study/use-now';
import { Message } from '@/components/ui/message';

/*
 * The due counts beside "Review" in the site nav, compact: "2" when all of today's are due
 * now, "2 · 4" when two more fall due before midnight; read in full ("지금 2 · 오늘 4"). The
 * same counts as /review and /stats (lib/study/due.ts) over the summaries the store holds,
 * and only the questions still in the question bank, as those pages count them.
 */

export function DueCount() {
  const study = useStudyState();
  const now = useNow();
  const entries: DueEntry[] = study ? [...study.summaries.values()] : [];
  const counter = useCounter(entries.length > 0);
  if (!study || !now || !counter) return null;
  const { known } = counter;
  const counts = counter.count(
    entries.filter((entry) => known === null || known.has(entry.questionId)),
    now,
    study.suspended,
  );
  if (counts.today === 0) return null;
  return (
    <span className="nav-due" data-testid="nav-due-count" data-count={counts.now} data-now={counts.now} data-today={counts.today}>
      <span aria-hidden="true">{counts.today > counts.now ? `${counts.now} · ${counts.today}` : counts.now}</span>
      <span className="sr-only">
        {' '}
        <Message k="dueSummary" values={{ now: counts.now, today: counts.today }} />
      </span>
    </span>
  );
}

type Counter = { count: typeof dueCounts; known: ReadonlySet<string> | null };

/**
 * The counting code and the question bank's ids, both loaded only once something is
 * answered, so the reading pages' first load carries neither: a question since removed
 * from the notes is never due. Its ids are null when the bank cannot be read, and every
 * answered question counts.
 */
function useCounter(wanted: boolean): Counter | null {
  const [counter, setCounter] = useState<Counter | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const known = import('@/components/study/question-bank')
      .then(({ fetchQuestionBank }) => fetchQuestionBank())
      .then(
        (questions) => new Set(questions.map((question) => question.id)),
        () => null,
      );
    // Offline with the counting code never fetched, there is no badge, as before the store loads.
    Promise.all([import('@/lib/study/due'), known]).then(
      ([{ dueCounts: count }, ids]) => live && setCounter({ count, known: ids }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return counter;
}
