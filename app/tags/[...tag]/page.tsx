import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NoteCard } from '@/components/notes/note-card';
import { Message } from '@/components/ui/message';
import { siteContent, siteOrder } from '@/lib/content/site';
import { noteCard } from '@/lib/note-card';
import { tagNamespaces, withAllTags } from '@/lib/tags';
import { browseHref, practiceHref } from '@/lib/links';
import { PageLink } from '@/components/ui/page-link';

type Props = { params: Promise<{ tag: string[] }> };

/*
 * A tag page shows its newest notes, never all of them: a page per tag that grew with the
 * vault made every build write each note's card once per tag. The whole list, sortable and
 * combinable with other tags, is the home page's browser, one link away.
 */
const CARDS_SHOWN = 24;

export const dynamicParams = false;

/**
 * A page per namespace and per tag, at the tag's own path: a bare tag (`#hostile`, grouped
 * under "other" in the browser) is /tags/hostile/, where its links point; a namespace
 * that is also a bare tag (`#aws` beside `#aws/vpc`) is one page.
 */
export function generateStaticParams(): { tag: string[] }[] {
  const tags = tagNamespaces(siteContent().notes).flatMap((namespace) => [namespace.namespace, ...namespace.tags.map((tag) => tag.tag)]);
  return [...new Set(tags)].map((tag) => ({ tag: tag.split('/') }));
}

async function tagOf(params: Props['params']): Promise<string> {
  return (await params).tag.map(decodeURIComponent).join('/');
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `#${await tagOf(params)}` };
}

export default async function TagPage({ params }: Props) {
  const tag = await tagOf(params);
  const notes = withAllTags(siteOrder().newest, [tag]);
  if (notes.length === 0) notFound();
  return (
    <div className="page-wide">
      <h1 className="page-title">
        <span className="tag tag-large">{tag}</span> <Message k="notesTagged" /> <span className="count">{notes.length}</span>
      </h1>
      {notes.some((note) => note.questions.length > 0) ? (
        <p className="practice-link">
          <PageLink href={practiceHref({ tags: [tag] })} data-testid="practice-link">
            <Message k="practiseNotes" /> →
          </PageLink>
        </p>
      ) : null}
      {notes.length > CARDS_SHOWN ? (
        <p className="tag-more" data-testid="tag-more">
          <Message k="tagNewestShown" values={{ n: CARDS_SHOWN }} />{' '}
          <PageLink href={browseHref([tag])} data-testid="tag-all-notes">
            <Message k="tagAllNotes" values={{ n: notes.length }} /> →
          </PageLink>
        </p>
      ) : null}
      <ul className="card-grid">
        {notes.slice(0, CARDS_SHOWN).map((note) => (
          <li key={note.slug}>
            <NoteCard note={noteCard(note)} level={2} />
          </li>
        ))}
      </ul>
    </div>
  );
}
