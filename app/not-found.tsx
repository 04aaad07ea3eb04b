import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/bilingual';
import { messages } from '@/lib/i18n';

/* Its own tab title, so a wrong link is plain from the tab and history (the layout adds the site name). */
export const metadata: Metadata = { title: messages.notFoundTitle.ko };

export default function NotFound() {
  return (
    <div className="page not-found" data-testid="not-found">
      <p className="not-found-code">404</p>
      <h1 className="page-title">
        <Message k="notFoundTitle" />
      </h1>
      <p>
        <Message k="notFoundHint" />
      </p>
      <PageLink href="/" className="button button-primary">
        <Message k="backToNotes" />
      </PageLink>
    </div>
  );
}
