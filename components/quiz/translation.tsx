'use client';

import { useSyncExternalStore } from 'react';
import { Message } from '@/components/ui/message';

/*
 * A question's translation (`**한글 번역:**`, an option's `→ 번역`) is on the page but
 * hidden until the student asks: one preference for every question, kept like the theme
 * (public/prefs.js sets the class before the first paint, so nothing jumps).
 */

const KEY = 'aws-notes/translations';
const SHOWN = 'show-translations';
const CHANGED = 'aws-notes:translations';

function subscribe(onChange: () => void): () => void {
  addEventListener(CHANGED, onChange);
  return () => removeEventListener(CHANGED, onChange);
}

const shown = () => document.documentElement.classList.contains(SHOWN);

export function TranslationToggle() {
  const on = useSyncExternalStore(subscribe, shown, () => false);
  const toggle = () => {
    const next = !shown();
    document.documentElement.classList.toggle(SHOWN, next);
    try {
      localStorage.setItem(KEY, next ? 'shown' : 'hidden');
    } catch {
      // Private mode: the choice holds for this page only.
    }
    dispatchEvent(new Event(CHANGED));
  };
  return (
    <button type="button" className="translation-toggle" aria-pressed={on} onClick={toggle} data-testid="translation-toggle">
      <Message k="showTranslation" />
    </button>
  );
}
