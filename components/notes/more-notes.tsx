'use client';

import { useEffect, useRef } from 'react';
import { HomeMessage } from '@/components/notes/home-message';

/*
 * The end of the shown cards: a button for the next ones, pressed by itself when it comes
 * within a screen of view, so scrolling simply goes on. Observed afresh after each press,
 * since a button still in view after the new cards drew is not reported again.
 */

const AHEAD = '100% 0px';

export function MoreNotes({ left, shown, busy, onMore }: { left: number; shown: number; busy: boolean; onMore: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  const more = useRef(onMore);
  useEffect(() => {
    more.current = onMore;
  });
  useEffect(() => {
    const target = button.current;
    if (!target || busy || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) more.current();
    }, { rootMargin: AHEAD });
    observer.observe(target);
    return () => observer.disconnect();
  }, [shown, busy]);
  return (
    <div className="more-notes">
      <button ref={button} type="button" className="button" onClick={onMore} aria-busy={busy} data-testid="more-notes" data-left={left}>
        {busy ? <HomeMessage k="listLoading" /> : <HomeMessage k="moreNotes" values={{ n: left }} />}
      </button>
    </div>
  );
}
