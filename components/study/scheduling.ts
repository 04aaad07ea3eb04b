import type * as Schedule from '@/lib/study/schedule';
import type * as Summary from '@/lib/study/summary';

/*
 * The scheduler (ts-fsrs) and the summaries built on it, loaded with the first write or
 * rating preview rather than with the page: a study page starts from the summaries the
 * store keeps, and needs none of it to become usable. The store asks for it before it
 * opens a write transaction (a transaction would end while a module loaded).
 */

export type Scheduling = {
  summarise: typeof Summary.summarise;
  latestRatings: typeof Summary.latestRatings;
  previewRatings: typeof Schedule.previewRatings;
};

let loading: Promise<Scheduling> | undefined;

export function loadScheduling(): Promise<Scheduling> {
  if (loading) return loading;
  const started = Promise.all([import('@/lib/study/summary'), import('@/lib/study/schedule')]).then(([summary, schedule]) => ({
    summarise: summary.summarise,
    latestRatings: summary.latestRatings,
    previewRatings: schedule.previewRatings,
  }));
  // Offline before its chunk was cached: the next write asks again.
  started.catch(() => {
    loading = undefined;
  });
  loading = started;
  return started;
}
