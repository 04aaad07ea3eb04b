'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { QuestionMarksProps } from '@/components/quiz/question-marks';

/*
 * The marks toolbar's place in a quiz. Its code and the study store load once the page
 * is running, so a reading page's first load carries only this file; until then an empty
 * row of the toolbar's height keeps the page from moving.
 */
export function QuestionMarksSlot(props: QuestionMarksProps) {
  const [Loaded, setLoaded] = useState<ComponentType<QuestionMarksProps> | null>(null);
  useEffect(() => {
    let live = true;
    import('@/components/quiz/question-marks').then(
      (module) => {
        if (live) setLoaded(() => module.QuestionMarks);
      },
      // Offline before the chunk was cached: the quiz works without its marks.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return Loaded ? <Loaded {...props} /> : <div className="marks-slot" aria-hidden="true" />;
}
