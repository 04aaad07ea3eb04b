'use client';

import { useStudyState } from '@/components/study/progress-client';
import { Message } from '@/components/ui/message';

const NOTICE_TEXT = { reset: 'progressReset', 'future-version': 'progressFuture', 'memory-only': 'storageUnavailable', 'not-saved': 'progressNotSaved' } as const;

/** Tells the student when saved progress was unreadable (kept aside) or cannot be saved. */
export function ProgressNotice() {
  const study = useStudyState();
  if (!study || study.notice === 'none') return null;
  return (
    <p role="status" className="notice" data-testid="progress-notice" data-notice={study.notice}>
      <Message k={NOTICE_TEXT[study.notice]} />
    </p>
  );
}
