import { Suspense } from 'react';
import { NoteBrowser, NoteBrowserFallback } from '@/components/notes/note-browser';
import { siteContent, siteOrder } from '@/lib/content/site';
import { noteCard } from '@/lib/note-card';
import { noteListParts } from '@/lib/note-list/build-note-list';
import { shortNamespaces, tagNamespaces } from '@/lib/tags';

/*
 * The home page's HTML holds its first screen of cards, newest first, and each namespace's
 * most used tags; the rest of the list and of the tags comes as data (lib/note-list) when the student filters, sorts or scrolls
 * on, so the page stays the same size however many notes the vault has.
 */
const FIRST_CARDS = 24;

export default function HomePage() {
  const { notes } = siteContent();
  const cards = siteOrder().newest.map(noteCard);
  const list = { first: cards.slice(0, FIRST_CARDS), total: cards.length, parts: noteListParts(cards).length };
  const namespaces = shortNamespaces(tagNamespaces(notes));
  return (
    <div className="page-wide">
      <h1 className="sr-only">AWS 자격증 노트</h1>
      {/* The filter reads the URL in the browser; the static page holds the newest notes. */}
      <Suspense fallback={<NoteBrowserFallback list={list} namespaces={namespaces} />}>
        <NoteBrowser list={list} namespaces={namespaces} />
      </Suspense>
    </div>
  );
}
