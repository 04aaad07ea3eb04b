'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { agoOf } from '@/lib/sync/sync-timing';
import { PageLink } from '@/components/ui/page-link';
import { useNow } from '@/components/study/use-now';
import { syncRunner } from '@/components/sync/browser-sync';
import { SyncMessage, type SyncMessageKey } from '@/components/sync/sync-message';
import { needsStudent, type SyncView } from '@/components/sync/sync-runner';

/*
 * The header's sync status, quiet: "동기화됨 · 2분 전", "오프라인: 3개 대기", or a short
 * error that links to the sync section, where the whole message is. No live region: it
 * changes after every answer, and a screen reader should not read that out each time.
 */

export const SYNC_SECTION_HREF = '/stats/#sync';

export function SyncStatus() {
  const runner = syncRunner();
  useEffect(() => runner.resume(), [runner]);
  const view = useSyncExternalStore(runner.subscribe, runner.getSnapshot, runner.getSnapshot);
  const now = useNow();
  if (view.phase === 'off') return null;
  const offline = view.phase === 'offline';
  return (
    <PageLink
      href={offline ? '/offline/' : SYNC_SECTION_HREF}
      className="sync-status"
      data-testid="sync-status"
      data-phase={view.phase}
      data-waiting={view.waiting ?? undefined}
      data-error={view.error ?? undefined}
    >
      <span aria-hidden="true" className="sync-dot" />
      <span className="sync-status-text">
        <SyncStateText view={view} now={now?.getTime() ?? null} />
      </span>
      {(view.waiting ?? 0) > 0 && (view.phase === 'offline' || view.phase === 'error') ? (
        <span aria-hidden="true" className="sync-status-count">
          {view.waiting}
        </span>
      ) : null}
    </PageLink>
  );
}

/** The sync's state in words, the same in the header and the sync section; the detail after the word is left to screen readers on a phone's header. */
export function SyncStateText({ view, now }: { view: SyncView; now: number | null }) {
  const waiting = view.waiting ?? 0;
  const detail = (joiner: string) =>
    waiting > 0 ? (
      <span className="sync-status-detail">
        {joiner}
        <SyncMessage k="syncWaiting" values={{ count: waiting }} />
      </span>
    ) : null;
  if (view.phase === 'offline')
    return (
      <>
        <SyncMessage k="syncOffline" />
        {detail(': ')}
      </>
    );
  if (view.phase === 'error') {
    if (needsStudent(view.error)) return <SyncMessage k="syncSignInAgain" />;
    return (
      <>
        <SyncMessage k="syncFailed" />
        {detail(' · ')}
      </>
    );
  }
  if (view.lastSynced === null) return <SyncMessage k="syncSyncing" />;
  return (
    <>
      <SyncMessage k="syncSynced" />
      {' · '}
      <Ago then={view.lastSynced} now={now} />
      {view.phase === 'synced' ? detail(' · ') : null}
    </>
  );
}

const AGO_KEYS: Record<'minutes' | 'hours' | 'days', SyncMessageKey> = { minutes: 'syncMinutesAgo', hours: 'syncHoursAgo', days: 'syncDaysAgo' };

export function Ago({ then, now }: { then: number; now: number | null }) {
  const ago = agoOf(then, Math.max(now ?? then, then));
  return ago.unit === 'now' ? <SyncMessage k="syncJustNow" /> : <SyncMessage k={AGO_KEYS[ago.unit]} values={{ count: ago.count }} />;
}
