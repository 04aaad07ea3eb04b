'use client';

import { startStudyData } from '@/components/study/use-question-bank';

/**
 * Rendered before a study island that renders only in the browser (it reads the address,
 * so the static page holds just its fallback): the island's data starts loading as React
 * hydrates the page, not after. Opening the study log's database for the first time takes
 * a few hundred milliseconds on a phone, which hydration then covers. Renders nothing.
 */
export function StudyDataStart() {
  startStudyData();
  return null;
}
