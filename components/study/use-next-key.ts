import { useEffect, useRef } from 'react';

/*
 * N moves on to the next question of a practice or review once the current one is
 * graded, wherever the focus is, except while typing (the header search box).
 */

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || target.closest('input:not([type=radio]):not([type=checkbox]), textarea, select') !== null);

export function useNextKey(enabled: boolean, onNext: () => void): void {
  const next = useRef(onNext);
  useEffect(() => {
    next.current = onNext;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || typing(event.target)) return;
      // The code too: with a Korean keyboard layout N types ㅜ.
      if (event.key.toLowerCase() !== 'n' && event.code !== 'KeyN') return;
      event.preventDefault();
      next.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
