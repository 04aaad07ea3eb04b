'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { useOnline } from '@/components/offline/use-online';
import { formatBytes } from '@/lib/bytes';
import { keptPages, savePages, type KeptPage } from '@/components/offline/kept-pages';
import { OfflineMessage } from '@/components/offline/offline-message';

/*
 * "모든 노트 오프라인 저장": says how many pages are kept and how much the rest will take,
 * then fetches every missing note and tag page through the service worker (which keeps
 * what it serves) with a progress bar.
 */

type Run = { kind: 'idle' } | { kind: 'saving'; done: number; total: number } | { kind: 'done'; failed: number };

function subscribeController(onChange: () => void): () => void {
  const container = navigator.serviceWorker;
  if (!container) return () => {};
  container.addEventListener('controllerchange', onChange);
  return () => container.removeEventListener('controllerchange', onChange);
}

export function SaveAllOffline() {
  const [pages, setPages] = useState<KeptPage[] | null | undefined>(undefined);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const online = useOnline();
  const controlled = useSyncExternalStore(subscribeController, () => navigator.serviceWorker?.controller != null, () => false);

  const refresh = () => void keptPages().then(setPages);
  // On mount; the list and the caches are read again after each save.
  useEffect(refresh, []);

  const missing = pages ? pages.filter((page) => !page.saved).map((page) => page.page) : [];
  const saved = pages ? pages.length - missing.length : 0;
  const bytes = missing.reduce((sum, page) => sum + page.bytes, 0);

  const start = async () => {
    setRun({ kind: 'saving', done: 0, total: missing.length });
    const failed = await savePages(missing, (done) => setRun({ kind: 'saving', done, total: missing.length }));
    setRun({ kind: 'done', failed });
    refresh();
  };

  return (
    <section aria-labelledby="offline-save-heading" className="stats-section stats-card offline-save" data-testid="offline-save" data-saved={saved} data-total={pages?.length}>
      <h2 id="offline-save-heading" className="stats-heading">
        <OfflineMessage k="saveAllHeading" />
      </h2>
      <p className="stats-hint">
        <OfflineMessage k="saveAllIntro" />
      </p>
      {pages === undefined ? null : pages === null ? (
        <p className="notice">
          <OfflineMessage k={typeof caches === 'undefined' ? 'offlineUnsupported' : 'saveAllListFailed'} />
        </p>
      ) : (
        <>
          <p className="offline-save-status tabular-nums" data-testid="offline-save-status">
            <OfflineMessage k="saveAllStatus" values={{ saved: saved.toLocaleString('en-US'), total: pages.length.toLocaleString('en-US') }} />
          </p>
          {missing.length > 0 && run.kind !== 'saving' ? (
            <button type="button" className="button button-primary" disabled={!online || !controlled} onClick={() => void start()} data-testid="offline-save-all">
              <OfflineMessage k="saveAllButton" values={{ size: formatBytes(bytes) }} />
            </button>
          ) : null}
          {missing.length > 0 && online && !controlled ? (
            <p className="stats-hint">
              <OfflineMessage k="saveAllWaiting" />
            </p>
          ) : null}
        </>
      )}
      <div role="status" className="offline-save-progress" data-testid="offline-save-progress" data-state={run.kind}>
        {run.kind === 'saving' ? (
          <>
            <span id="offline-save-label">
              <OfflineMessage k="saveAllSaving" values={{ done: run.done, total: run.total }} />
            </span>
            <progress className="offline-save-bar" max={run.total} value={run.done} aria-labelledby="offline-save-label" />
          </>
        ) : run.kind === 'done' ? (
          run.failed === 0 ? (
            <OfflineMessage k="saveAllDone" />
          ) : (
            <OfflineMessage k="saveAllFailed" values={{ count: run.failed }} />
          )
        ) : null}
      </div>
    </section>
  );
}
