'use client';

import { useEffect, useState, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { useOnline } from '@/components/offline/use-online';
import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/message';

/*
 * The header's offline badge (a link to what works offline) and the door to the service
 * worker: workbox-window and the update prompt load after the page, and the prompt only
 * when a new build is waiting.
 */

type Update = { Prompt: ComponentType<{ onReload: () => void }>; apply: () => void };

export function ConnectionStatus() {
  const online = useOnline();
  const [update, setUpdate] = useState<Update | null>(null);
  useEffect(() => {
    let stop = () => {};
    let live = true;
    const start = () =>
      void import('./service-worker').then(({ watchServiceWorker }) => {
        if (!live) return;
        stop = watchServiceWorker((apply) => {
          void import('./update-prompt').then(({ UpdatePrompt }) => live && setUpdate({ Prompt: UpdatePrompt, apply }));
        });
      });
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
    return () => {
      live = false;
      removeEventListener('load', start);
      stop();
    };
  }, []);
  return (
    <>
      <span role="status" className="offline-status" data-testid="offline-status" data-online={online ? 'true' : 'false'}>
        {online ? null : (
          <PageLink href="/offline/" className="offline-badge" data-testid="offline-badge">
            <span aria-hidden="true" className="offline-dot" />
            <Message k="offline" />
            <span className="sr-only">
              : <Message k="offlineLabel" />
            </span>
          </PageLink>
        )}
      </span>
      {/* Into <body>: the header's backdrop blur would make it, not the screen, the box a
          fixed prompt is placed in (at 360 px the prompt sat above the top edge). */}
      {update ? createPortal(<update.Prompt onReload={update.apply} />, document.body) : null}
    </>
  );
}
