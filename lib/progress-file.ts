import { progressFileSchema } from './study-schema';
import { mergeProgress, parseProgress, type Progress } from './progress';

/*
 * Export and import: the way to move progress between devices. Only /stats uses this, so
 * it sits apart from lib/progress.ts, which every page loads.
 */

export function exportProgress(progress: Progress, now: Date): string {
  return `${JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress }, null, 2)}\n`;
}

export type ImportResult = { ok: true; progress: Progress; added: { attempts: number; ratings: number; sessions: number } } | { ok: false; message: string };

/** Reads an exported file and merges it into `current`: what is there is never overwritten. */
export function importProgress(current: Progress, text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'not-json' };
  }
  const file = progressFileSchema.safeParse(data);
  if (!file.success) return { ok: false, message: 'not-progress-file' };
  const parsed = parseProgress(file.data.progress);
  if (!parsed.ok) return { ok: false, message: parsed.reason === 'future-version' ? 'future-version' : 'corrupt' };
  const merged = mergeProgress(current, parsed.progress);
  return {
    ok: true,
    progress: merged,
    added: {
      attempts: merged.attempts.length - current.attempts.length,
      ratings: merged.ratings.length - current.ratings.length,
      sessions: merged.sessions.length - current.sessions.length,
    },
  };
}
