'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { formatRemaining, timeWarning, type TimeWarning } from '@/lib/study/exam';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The countdown. It reads the time from Date.now() each second against the saved
 * deadline, so it never drifts and a resumed exam shows the right time. The visible clock
 * is a role="timer" (not announced); a separate live region speaks only at 10, 5 and 1
 * minutes left.
 */

const WARNING_TEXT = { 10: 'examWarn10', 5: 'examWarn5', 1: 'examWarn1' } as const;

/** When the warning was last reached, and which one to speak (none for the mark the clock started in). */
type Marks = { reached: TimeWarning | null; spoken: TimeWarning | null };

export function ExamClock({ deadline, onTimeUp }: { deadline: string; onTimeUp: () => void }) {
  const end = Date.parse(deadline);
  const [now, setNow] = useState(() => Date.now());
  const [marks, setMarks] = useState<Marks>(() => ({ reached: timeWarning(end - Date.now()), spoken: null }));
  const timeUp = useEffectEvent(onTimeUp);

  useEffect(() => {
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const reached = timeWarning(end - at);
      setMarks((current) => (reached === current.reached ? current : { reached, spoken: reached }));
      if (at >= end) timeUp();
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end]);

  const left = Math.max(0, end - now);
  const urgent = left <= 5 * 60_000;
  return (
    <div className="exam-clock" data-urgent={urgent}>
      <span className="exam-clock-label" id="exam-clock-label">
        <StudyMessage k="examTimeLeft" />
      </span>
      <span role="timer" aria-labelledby="exam-clock-label" className="exam-clock-time" data-testid="exam-timer" data-remaining-ms={left}>
        {formatRemaining(left)}
      </span>
      <span className="sr-only" role="status" data-testid="exam-time-warning">
        {marks.spoken ? <StudyMessage k={WARNING_TEXT[marks.spoken]} /> : null}
      </span>
    </div>
  );
}
