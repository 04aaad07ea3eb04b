'use client';

import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/message';

/* A client component for its size, not for state: the root layout carries it in every page's payload. */
export function NotFoundPage() {
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
