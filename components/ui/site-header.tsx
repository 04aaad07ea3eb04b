'use client';

import { PageLink } from '@/components/ui/page-link';
import { HeaderSearch, SEARCH_INPUT_ID } from '@/components/search/header-search';
import { LanguageToggle, ThemeToggle } from '@/components/ui/preference-toggles';
import { DueCount } from '@/components/study/due-count';
import { ConnectionStatus } from '@/components/offline/connection-status';
import { SyncStatusSlot } from '@/components/sync/sync-status-slot';
import { SearchMessage as SearchT } from '@/components/search/search-message';
import { Message } from '@/components/ui/message';
import type { MessageKey } from '@/lib/i18n';

/*
 * The site's header: the same on every page and without server data, so it is a client
 * component. As a server one, its whole markup was written into every page's payload (the
 * HTML's and the navigation file's), the largest part of a page after the note itself.
 */

const NAV: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'navNotes' },
  { href: '/tags/', label: 'navTags' },
  { href: '/practice/', label: 'navPractice' },
  { href: '/exam/', label: 'navExam' },
  { href: '/review/', label: 'navReview' },
  { href: '/stats/', label: 'navStats' },
];

export function SiteHeader() {
  return (
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
        <form action="/search/" method="get" role="search" aria-labelledby="site-search-label" className="site-search">
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
          <SyncStatusSlot />
          <ConnectionStatus />
          <LanguageToggle />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
