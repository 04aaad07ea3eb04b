'use client';

import { useSyncExternalStore } from 'react';
import { getServerSnapshot, getSnapshot, subscribe } from './progress-store';
import { T } from './t';

const NOTICE_TEXT = { reset: 'progressReset', 'future-version': 'progressFuture', 'memory-only': 'storageUnavailable' } as const;

/** Tells the student when saved progress was unreadable (kept aside) or cannot be saved. */
export function ProgressNotice() {
  const { notice } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  if (notice === 'none') return null;
  return (
    <p role="status" className="notice" data-testid="progress-notice">
      <T k={NOTICE_TEXT[notice]} />
    </p>
  );
}
