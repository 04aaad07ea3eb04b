'use client';

import { useState } from 'react';
import { OfflineMessage } from '@/components/offline/offline-message';

/*
 * A new build is installed and waiting. Nothing changes under the student's hands: the
 * page reloads on the new build only when asked (an exam or practice in progress resumes
 * from the study store after the reload).
 */

export function UpdatePrompt({ onReload }: { onReload: () => void }) {
  const [hidden, setHidden] = useState(false);
  const [reloading, setReloading] = useState(false);
  if (hidden) return null;
  return (
    <aside className="update-prompt" aria-labelledby="update-prompt-title" data-testid="update-prompt">
      <div className="update-prompt-text">
        <p id="update-prompt-title" className="update-prompt-title" role="status">
          <OfflineMessage k="updateReady" />
        </p>
        <p className="update-prompt-hint">
          <OfflineMessage k="updateHint" />
        </p>
      </div>
      <div className="update-prompt-actions">
        <button type="button" className="button" onClick={() => setHidden(true)} data-testid="update-later">
          <OfflineMessage k="updateLater" />
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            onReload();
          }}
          data-testid="update-reload"
        >
          <OfflineMessage k="updateReload" />
        </button>
      </div>
    </aside>
  );
}
