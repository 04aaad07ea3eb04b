'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { formatRemaining, isUrgent, timeWarning, type TimeWarning } from '@/lib/study/exam';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The countdown. It reads the time from Date.now() each second against the saved
 * deadline, so it never drifts and a resumed exam shows the right time. The visible clock
 * is a role="timer" (not announced). It stays calm, no colour and nothing spoken, until the
 * last tenth of the time; then a separate live region speaks on entering it and at 10, 5
 * and 1 minutes left within it.
 */

const WARNING_TEXT = { urgent: 'examWarnUrgent', 10: 'examWarn10', 5: 'examWarn5', 1: 'examWarn1' } as const;

/** When the warning was last reached, and which one to speak (none for the mark the clock started in). */
type Marks = { reached: TimeWarning | null; spoken: TimeWarning | null };

export function ExamClock({ startedAt, deadline, onTimeUp }: { startedAt: string; deadline: string; onTimeUp: () => void }) {
  const end = Date.parse(deadline);
  const total = end - Date.parse(startedAt);
  const [now, setNow] = useState(() => Date.now());
  const [marks, setMarks] = useState<Marks>(() => ({ reached: timeWarning(end - Date.now(), total), spoken: null }));
  const timeUp = useEffectEvent(onTimeUp);

  useEffect(() => {
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const reached = timeWarning(end - at, total);
      setMarks((current) => (reached === current.reached ? current : { reached, spoken: reached }));
      if (at >= end) timeUp();
    };
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end, total]);

  const left = Math.max(0, end - now);
  const urgent = isUrgent(left, total);
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
