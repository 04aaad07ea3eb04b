import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/ui/content-problems';
import { ProgressNotice } from '@/components/study/progress-notice';
import { SiteHeader } from '@/components/ui/site-header';
import { Message } from '@/components/ui/message';
import { SITE_NAME, SITE_SHORT_NAME } from '@/lib/site-name';
import './globals.css';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'AWS 자격증 학습 노트를 읽고 문제를 풀어 보세요.',
  applicationName: SITE_NAME,
  // Safari's "Add to Home Screen" reads these (it ignores most of the manifest).
  appleWebApp: { capable: true, title: SITE_SHORT_NAME, statusBarStyle: 'default' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1120' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // prefs.js may set lang and the dark class before React hydrates.
    <html lang="ko" suppressHydrationWarning>
      <head>
        {/* Sets the saved theme, language and cached web font before the first paint (without
            storage, in private mode, the defaults stand); on a first visit it loads
            /font-warm.js after the page, to cache the font for the next. It also focuses the
            search box on `/` or Ctrl/Cmd-K, from the first moment rather than after React. */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it must run before the first paint */}
        <script src="/prefs.js" />
      </head>
      <body>
        <a href="#main" className="skip-link">
          <Message k="skipToContent" />
        </a>
        {/* Shown only on a note with a question (globals.css); prefs.js focuses its first unanswered option. */}
        <a href="#quiz-start" className="skip-link skip-quiz" aria-keyshortcuts="q" data-testid="skip-to-quiz">
          <Message k="skipToQuiz" />
        </a>
        <SiteHeader />
        <main id="main" className="site-main" tabIndex={-1}>
          <ContentProblems />
          <ProgressNotice />
          {children}
        </main>
      </body>
    </html>
  );
}
