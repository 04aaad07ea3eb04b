import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/message';
import { OfflineMessage } from '@/components/offline/offline-message';
import { MissingPage, SavedPages } from '@/components/offline/saved-pages';
import type { ReactNode } from 'react';

/*
 * What works offline. The service worker serves this page in place of any page this
 * device has not kept, so the student lands on a way on instead of the browser's error.
 */

export const metadata: Metadata = { title: '오프라인', robots: { index: false } };

const STUDY: { href: string; label: ReactNode }[] = [
  { href: '/', label: <Message k="navNotes" /> },
  { href: '/practice/', label: <Message k="navPractice" /> },
  { href: '/exam/', label: <Message k="navExam" /> },
  { href: '/review/', label: <Message k="navReview" /> },
  { href: '/stats/', label: <Message k="navStats" /> },
  { href: '/search/', label: <OfflineMessage k="offlineSearch" /> },
  { href: '/tags/', label: <Message k="navTags" /> },
];

export default function OfflinePage() {
  return (
    <div className="page offline-page" data-testid="offline-page">
      <h1 className="page-title">
        <OfflineMessage k="offlineTitle" />
      </h1>
      <MissingPage />
      <p className="offline-intro">
        <OfflineMessage k="offlineIntro" />
      </p>
      <section aria-labelledby="offline-study-heading" className="offline-section">
        <h2 id="offline-study-heading" className="offline-heading">
          <OfflineMessage k="offlineStudyHeading" />
        </h2>
        <ul className="offline-study">
          {STUDY.map(({ href, label }) => (
            <li key={href}>
              <PageLink href={href} className="button">
                {label}
              </PageLink>
            </li>
          ))}
        </ul>
      </section>
      <SavedPages />
    </div>
  );
}
