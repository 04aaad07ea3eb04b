'use client';

import { PageLink } from '@/components/ui/page-link';
import type { NoteCardData } from '@/lib/note-card';
import { LastResult } from '@/components/notes/last-result';
import { HomeMessage, countKey } from '@/components/notes/home-message';
import { noteHref } from '@/lib/links';

/** `level`: the card title's heading level, one below the list's heading (a tag page has none between its h1 and the cards). */
export function NoteCard({ note, level = 3 }: { note: NoteCardData; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article className="card" data-testid="note-card" data-slug={note.slug}>
      <Heading className="card-title">
        <PageLink href={noteHref(note.slug)} className="card-link">
          {note.title}
        </PageLink>
      </Heading>
      <p className="card-summary" lang="ko">
        {note.summary}
      </p>
      <ul className="tag-list">
        {note.tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
          </li>
        ))}
      </ul>
      <div className="card-meta">
        {note.questions.length > 0 ? (
          <span className="badge badge-info">
            <HomeMessage k={countKey(note.questions.length, 'questionCountOne', 'questionCountMany')} values={{ n: note.questions.length }} />
          </span>
        ) : null}
        {note.questions.length > 0 ? <LastResult questions={note.questions} /> : null}
        {note.created ? <time dateTime={note.created}>{note.created}</time> : null}
      </div>
    </article>
  );
}
