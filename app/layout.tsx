import type { Metadata, Viewport } from 'next';
import { PageLink } from '@/components/page-link';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/content-problems';
import { LanguageToggle, ThemeToggle } from '@/components/preference-toggles';
import { ProgressNotice } from '@/components/progress-notice';
import { T } from '@/components/t';
import type { MessageKey } from '@/lib/i18n';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'AWS 자격증 노트', template: '%s · AWS 자격증 노트' },
  description: 'AWS 자격증 학습 노트를 읽고 문제를 풀어 보세요.',
};

const NAV: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'navNotes' },
  { href: '/tags/', label: 'navTags' },
  { href: '/practice/', label: 'navPractice' },
  { href: '/exam/', label: 'navExam' },
  { href: '/review/', label: 'navReview' },
  { href: '/stats/', label: 'navStats' },
];

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
        {/* eslint-disable-next-line @next/next/no-sync-scripts -- it must run before the first paint */}
        <script src="/prefs.js" />
      </head>
      <body>
        <a href="#main" className="skip-link">
          <T k="skipToContent" />
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <PageLink href="/" className="site-name">
              <T k="siteName" />
            </PageLink>
            <nav className="site-nav" aria-label="주 메뉴">
              {NAV.map(({ href, label }) => (
                <PageLink key={href} href={href}>
                  <T k={label} />
                </PageLink>
              ))}
            </nav>
            <div className="site-tools">
              <LanguageToggle />
              <ThemeToggle />
            </div>
          </div>
        </header>
        <main id="main" className="site-main" tabIndex={-1}>
          <ContentProblems />
          <ProgressNotice />
          {children}
        </main>
      </body>
    </html>
  );
}
