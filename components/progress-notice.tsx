'use client';

import { useSyncExternalStore } from 'react';
import { getServerSnapshot, getSnapshot, subscribe } from './progress-store';
import { T } from './t';

/** Tells the student when saved progress was unreadable (kept aside) or cannot be saved. */
export function ProgressNotice() {
  const { notice } = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  if (notice === 'none') return null;
  return (
    <p role="status" className="notice" data-testid="progress-notice">
      <T k={notice === 'reset' ? 'progressReset' : 'storageUnavailable'} />
    </p>
  );
}
