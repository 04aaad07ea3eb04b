import { Suspense } from 'react';
import { NoteBrowser, NoteBrowserFallback } from '@/components/notes/note-browser';
import { siteContent, siteOrder } from '@/lib/content/site';
import { noteCard } from '@/lib/note-card';
import { tagNamespaces } from '@/lib/tags';

export default function HomePage() {
  const { notes } = siteContent();
  const cards = siteOrder().newest.map(noteCard);
  const namespaces = tagNamespaces(notes);
  return (
    <div className="page-wide">
      <h1 className="sr-only">AWS 자격증 노트</h1>
      {/* The filter reads the URL in the browser; the static page holds every note. */}
      <Suspense fallback={<NoteBrowserFallback notes={cards} namespaces={namespaces} />}>
        <NoteBrowser notes={cards} namespaces={namespaces} />
      </Suspense>
    </div>
  );
}
