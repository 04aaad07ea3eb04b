import { exportProgress, importProgress, type ImportResult } from '@/lib/progress-file';
import { mergeProgress } from '@/lib/progress';
import { getSnapshot, updateProgress } from './progress-store';

/* Export and import of the saved progress, for /stats: the way to move between devices. */

/** Merges an exported file into the saved progress; nothing there is overwritten. */
export function importFile(text: string): ImportResult {
  const result = importProgress(getSnapshot().progress, text);
  if (result.ok) updateProgress((progress) => mergeProgress(progress, result.progress));
  return result;
}

export const exportFile = (): string => exportProgress(getSnapshot().progress, new Date());
