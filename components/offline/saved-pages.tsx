'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { PageLink } from '@/components/ui/page-link';
import { OfflineMessage } from '@/components/offline/offline-message';
import { keptPages, listedPage } from '@/components/offline/kept-pages';
import type { OfflinePage } from '@/lib/offline/offline-pages';

/*
 * The offline page's list of what is kept on this device: every note and tag page in the
 * service worker's caches, by title. Served in place of a page never opened, it also names
 * that page and offers to try again.
 */

type Kept = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'ready'; pages: OfflinePage[] };

export function SavedPages() {
  const [kept, setKept] = useState<Kept>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    void keptPages().then((result) => {
      if (!live) return;
      setKept(result === null ? { kind: 'unsupported' } : { kind: 'ready', pages: result.filter((page) => page.saved).map((page) => page.page) });
    });
    return () => {
      live = false;
    };
  }, []);

  const notes = kept.kind === 'ready' ? kept.pages.filter((page) => page.kind === 'note') : [];
  const tags = kept.kind === 'ready' ? kept.pages.filter((page) => page.kind === 'tag') : [];
  return (
    <>
      <section aria-labelledby="offline-saved-heading" className="offline-section" data-testid="offline-saved" data-count={notes.length}>
        <h2 id="offline-saved-heading" className="offline-heading">
          <OfflineMessage k="offlineSavedHeading" />
        </h2>
        {kept.kind === 'loading' ? (
          <p role="status">
            <OfflineMessage k="offlineSavedLoading" />
          </p>
        ) : kept.kind === 'unsupported' ? (
          <p>
            <OfflineMessage k="offlineUnsupported" />
          </p>
        ) : notes.length === 0 ? (
          <p>
            <OfflineMessage k="offlineSavedNone" />
          </p>
        ) : (
          <PageList pages={notes} />
        )}
      </section>
      {tags.length > 0 ? (
        <section aria-labelledby="offline-tags-heading" className="offline-section">
          <h2 id="offline-tags-heading" className="offline-heading">
            <OfflineMessage k="offlineSavedTags" />
          </h2>
          <PageList pages={tags} />
        </section>
      ) : null}
    </>
  );
}

const OFFLINE_PATH = '/offline/';

function subscribeNothing(): () => void {
  return () => {};
}

/** Served in place of a page this device does not keep: names it (a note by its title) and offers to try again. */
export function MissingPage() {
  const path = useSyncExternalStore(subscribeNothing, () => decodeURI(location.pathname), () => OFFLINE_PATH);
  // undefined while the list of pages is read (from the precache, so at once).
  const [listed, setListed] = useState<OfflinePage | null | undefined>(undefined);
  useEffect(() => {
    if (path === OFFLINE_PATH) return;
    let live = true;
    void listedPage(path).then((page) => {
      if (live) setListed(page);
    });
    return () => {
      live = false;
    };
  }, [path]);
  if (path === OFFLINE_PATH || listed === undefined) return null;
  return (
    <div className="notice offline-missing" data-testid="offline-missing">
      <p>
        {listed?.kind === 'note' ? (
          <OfflineMessage k="offlineMissingNote" values={{ title: listed.title }} />
        ) : (
          <OfflineMessage k="offlineMissing" values={{ path: listed?.title ?? path }} />
        )}
      </p>
      <button type="button" className="button" onClick={() => location.reload()}>
        <OfflineMessage k="offlineRetry" />
      </button>
    </div>
  );
}

function PageList({ pages }: { pages: readonly OfflinePage[] }) {
  return (
    <ul className="offline-list">
      {pages.map((page) => (
        <li key={page.url}>
          <PageLink href={page.url}>{page.title}</PageLink>
        </li>
      ))}
    </ul>
  );
}
