import type { Metadata, Viewport } from 'next';
import { PageLink } from '@/components/ui/page-link';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/ui/content-problems';
import { HeaderSearch, SEARCH_INPUT_ID } from '@/components/search/header-search';
import { LanguageToggle, ThemeToggle } from '@/components/ui/preference-toggles';
import { ProgressNotice } from '@/components/study/progress-notice';
import { DueCount } from '@/components/study/due-count';
import { ConnectionStatus } from '@/components/offline/connection-status';
import { SearchMessage as SearchT } from '@/components/search/search-message';
import { Message } from '@/components/ui/bilingual';
import type { MessageKey } from '@/lib/i18n';
import { SITE_NAME, SITE_SHORT_NAME } from '@/lib/site-name';
import './globals.css';

export const metadata: Metadata = {
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: 'AWS 자격증 학습 노트를 읽고 문제를 풀어 보세요.',
  applicationName: SITE_NAME,
  // Safari's "Add to Home Screen" reads these (it ignores most of the manifest).
  appleWebApp: { capable: true, title: SITE_SHORT_NAME, statusBarStyle: 'default' },
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
        <header className="site-header">
          <div className="site-header-inner">
            <PageLink href="/" className="site-name">
              <Message k="siteName" />
            </PageLink>
            <nav className="site-nav" aria-label="주 메뉴">
              {NAV.map(({ href, label }) => (
                <PageLink key={href} href={href}>
                  <Message k={label} />
                  {href === '/review/' ? <DueCount /> : null}
                </PageLink>
              ))}
            </nav>
            <form action="/search/" method="get" role="search" className="site-search">
              <label id="site-search-label" htmlFor={SEARCH_INPUT_ID} className="sr-only">
                <SearchT k="searchLabel" />
              </label>
              <div className="site-search-box">
                <input
                  id={SEARCH_INPUT_ID}
                  name="q"
                  type="search"
                  placeholder=" "
                  autoComplete="off"
                  enterKeyHint="search"
                  role="combobox"
                  aria-autocomplete="list"
                  aria-expanded="false"
                  aria-controls="site-search-results"
                />
                <span className="site-search-hint" aria-hidden="true">
                  <SearchT k="searchHint" /> <kbd>/</kbd>
                </span>
                <HeaderSearch />
              </div>
              {/* A phone has no room (or keys) for the box: it opens the search page instead. */}
              <PageLink href="/search/" className="icon-button site-search-link">
                <span className="sr-only">
                  <SearchT k="searchLabel" />
                </span>
                <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
                  <circle cx="11" cy="11" r="7" />
                  <path d="m20 20-3.5-3.5" strokeLinecap="round" />
                </svg>
              </PageLink>
            </form>
            <div className="site-tools">
              <ConnectionStatus />
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
