import { PageLink } from '@/components/page-link';
import { T } from '@/components/t';

export default function NotFound() {
  return (
    <div className="page not-found" data-testid="not-found">
      <p className="not-found-code">404</p>
      <h1 className="page-title">
        <T k="notFoundTitle" />
      </h1>
      <p>
        <T k="notFoundHint" />
      </p>
      <PageLink href="/" className="button button-primary">
        <T k="backToNotes" />
      </PageLink>
    </div>
  );
}
