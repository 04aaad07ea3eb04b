'use client';

import { useEffect, useState } from 'react';

/*
 * On a note page, hovering (after a short pause) or focusing a link to another note shows
 * that note's title and first lines beside it. One island for the whole page, listening
 * on the document: the links are the note's own HTML. The text comes from the search
 * snippet files, fetched on the first preview (snippet-files.ts, loaded then too), so a
 * page nobody hovers pays nothing but this listener.
 */

type Shown = { id: string; title: string; text: string | null; top: number; left: number; link: HTMLAnchorElement };

const HOVER_DELAY_MS = 350;
const CARD_ID = 'link-preview';

function previewLink(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest('a.internal-link[data-preview]') : null;
  if (!(link instanceof HTMLAnchorElement) || !link.closest('.prose')) return null;
  // A link to this same page (a heading of it) previews nothing new.
  return new URL(link.href).pathname === window.location.pathname ? null : link;
}

async function snippetOf(index: number): Promise<string | null> {
  const { fetchSnippets } = await import('@/components/search/snippet-files');
  return (await fetchSnippets([index])).get(index) ?? null;
}

export function LinkPreview() {
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    let timer: number | undefined;
    let current: HTMLAnchorElement | null = null;
    const fine = window.matchMedia('(hover: hover) and (pointer: fine)');

    const hide = () => {
      window.clearTimeout(timer);
      current?.removeAttribute('aria-describedby');
      current = null;
      setShown(null);
    };
    const show = (link: HTMLAnchorElement) => {
      const index = Number(link.dataset.preview);
      if (!Number.isInteger(index)) return;
      current = link;
      link.setAttribute('aria-describedby', CARD_ID);
      const box = link.getBoundingClientRect();
      const place = { top: box.bottom + window.scrollY + 6, left: Math.max(8, Math.min(box.left + window.scrollX, window.innerWidth - 368)) };
      setShown({ id: link.href, title: link.dataset.title ?? link.textContent ?? '', text: null, link, ...place });
      snippetOf(index).then(
        (text) => setShown((now) => (now?.link === link ? { ...now, text: text ?? '' } : now)),
        () => setShown((now) => (now?.link === link ? { ...now, text: '' } : now)),
      );
    };
    const over = (event: PointerEvent) => {
      const link = previewLink(event.target);
      if (!link || link === current || !fine.matches) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => show(link), HOVER_DELAY_MS);
    };
    const out = (event: PointerEvent) => {
      const link = previewLink(event.target);
      if (link && !link.contains(event.relatedTarget instanceof Node ? event.relatedTarget : null)) hide();
    };
    const focus = (event: FocusEvent) => {
      const link = previewLink(event.target);
      if (link && link.matches(':focus-visible')) show(link);
    };
    const blur = (event: FocusEvent) => {
      if (previewLink(event.target)) hide();
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };
    document.addEventListener('pointerover', over);
    document.addEventListener('pointerout', out);
    document.addEventListener('focusin', focus);
    document.addEventListener('focusout', blur);
    document.addEventListener('keydown', key);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('pointerover', over);
      document.removeEventListener('pointerout', out);
      document.removeEventListener('focusin', focus);
      document.removeEventListener('focusout', blur);
      document.removeEventListener('keydown', key);
    };
  }, []);

  if (!shown) return null;
  return (
    <div id={CARD_ID} role="tooltip" className="link-preview" data-testid="link-preview" style={{ top: shown.top, left: shown.left }}>
      <p className="link-preview-title">{shown.title}</p>
      {shown.text === null ? <p className="link-preview-text link-preview-loading">…</p> : shown.text ? <p className="link-preview-text">{shown.text}</p> : null}
    </div>
  );
}
