'use client';

import { Message } from '@/components/ui/message';

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode: the choice holds for this page only.
  }
}

export function ThemeToggle() {
  const toggle = () => {
    const root = document.documentElement;
    const dark = !root.classList.contains('dark');
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    save('aws-notes/theme', dark ? 'dark' : 'light');
  };
  return (
    <button type="button" onClick={toggle} className="icon-button" data-testid="theme-toggle">
      <span className="sr-only">
        <Message k="themeLabel" />
      </span>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 dark:hidden" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="hidden size-5 dark:block" fill="none" stroke="currentColor" strokeWidth="2">
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" strokeLinecap="round" />
      </svg>
    </button>
  );
}

export function LanguageToggle() {
  const toggle = () => {
    const root = document.documentElement;
    const next = root.lang === 'en' ? 'ko' : 'en';
    root.lang = next;
    save('aws-notes/lang', next);
  };
  return (
    <button type="button" onClick={toggle} className="text-button" data-testid="language-toggle">
      <Message k="switchLanguage" />
    </button>
  );
}
