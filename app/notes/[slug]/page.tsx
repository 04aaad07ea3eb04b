import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LastResult } from '@/components/notes/last-result';
import { LinkPreview } from '@/components/notes/link-preview';
import { Quiz } from '@/components/quiz/quiz';
import { Message } from '@/components/ui/message';
import { findNote, siteContent, siteOrder } from '@/lib/content/site';
import { quizQuestion } from '@/lib/question-bank/build-bank';
import type { Note } from '@/lib/content/schema';
import type { MessageKey } from '@/lib/i18n';
import { isQuestionAnchor, sectionAnchors, noteHref, practiceHref, questionAnchor } from '@/lib/links';
import { splitSlots } from '@/lib/content/question/slots';
import { TagLinks } from '@/components/ui/tag-links';
import { questionRefs } from '@/lib/note-card';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return siteContent().notes.map((note) => ({ slug: note.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const note = findNote(decodeURIComponent((await params).slug));
  return note ? { title: note.title, description: note.summary } : {};
}

export default async function NotePage({ params }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const note = findNote(slug);
  if (!note) notFound();

  const order = siteOrder();
  const { previous, next } = order.neighbours(note.slug);
  const related = order.related(note, 5);
  const anchors = sectionAnchors(note.sections);
  const headed = note.sections.map((section, index) => ({ section, anchor: anchors[index] ?? `section-${index + 1}` }));
  const contents = tableOfContents(note);

  return (
    <div className="note-layout">
      <article className="note" lang="ko" data-testid="note">
        <header className="note-header">
          <h1 className="note-title">{note.title}</h1>
          <dl className="note-meta">
            {note.created ? (
              <MetaItem label="created">
                <time dateTime={note.created}>{note.created}</time>
              </MetaItem>
            ) : null}
            {note.modified ? (
              <MetaItem label="modified">
                <time dateTime={note.modified}>{note.modified}</time>
              </MetaItem>
            ) : null}
            {note.aliases.length > 0 ? <MetaItem label="aliases">{note.aliases.join(', ')}</MetaItem> : null}
          </dl>
          <TagLinks tags={note.tags} />
          {note.questions.length > 0 ? <LastResult questions={questionRefs(note)} /> : null}
          {note.questions.length > 0 ? (
            <p className="practice-link">
              <PageLink href={practiceHref({ note: note.slug })} data-testid="practice-link">
                {note.questions.length > 1 ? <Message k="practiseNoteQuestions" values={{ n: note.questions.length }} /> : <Message k="practiseNote" />} →
              </PageLink>
            </p>
          ) : null}
          {note.questions.length > 1 ? <QuestionJumpList note={note} /> : null}
          {note.unansweredQuestions ? (
            <p className="note-notice" role="note" data-testid="unanswered-notice">
              <Message k="unansweredSheet" values={{ n: note.unansweredQuestions }} />
            </p>
          ) : null}
        </header>

        {contents.length > 0 ? (
          <details className="toc toc-inline">
            <summary>
              <Message k="contents" />
            </summary>
            <TableOfContents items={contents} />
          </details>
        ) : null}

        {headed.map(({ section, anchor }) => (
          <section key={anchor} id={anchor} aria-labelledby={`${anchor}-heading`} className={`note-section note-section-${section.kind}`}>
            {section.heading ? (
              <h2 id={`${anchor}-heading`} className="note-section-heading">
                <a href={`#${anchor}`} className="anchor">
                  {section.heading}
                </a>
              </h2>
            ) : null}
            {splitSlots(section.html).map((part, at) =>
              part.kind === 'html' ? (
                <div key={`html-${at}`} className="prose" dangerouslySetInnerHTML={{ __html: part.html }} />
              ) : (
                <NoteQuestion key={part.index} note={note} index={part.index} />
              ),
            )}
          </section>
        ))}

        {note.backlinks.length > 0 ? (
          <section className="backlinks" aria-labelledby="backlinks-heading" data-testid="backlinks">
            <h2 id="backlinks-heading">
              <Message k="backlinks" /> <span className="backlink-count">{note.backlinks.length}</span>
            </h2>
            <ul>
              {note.backlinks.map((backlink) => (
                <li key={backlink.slug}>
                  <PageLink href={noteHref(backlink.slug)}>{backlink.title}</PageLink>
                  {backlink.context ? <p className="backlink-context">{backlink.context}</p> : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {related.length > 0 ? (
          <section className="related" aria-labelledby="related-heading">
            <h2 id="related-heading">
              <Message k="related" />
            </h2>
            <ul>
              {related.map((other) => (
                <li key={other.slug}>
                  <PageLink href={noteHref(other.slug)}>{other.title}</PageLink>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <nav className="pager" aria-label="이전·다음 노트">
          {previous ? (
            <PageLink href={noteHref(previous.slug)} rel="prev" className="pager-link">
              <span className="pager-label">
                ← <Message k="previous" />
              </span>
              <span>{previous.title}</span>
            </PageLink>
          ) : (
            <span />
          )}
          {next ? (
            <PageLink href={noteHref(next.slug)} rel="next" className="pager-link pager-next">
              <span className="pager-label">
                <Message k="next" /> →
              </span>
              <span>{next.title}</span>
            </PageLink>
          ) : null}
        </nav>
      </article>

      {note.links.length > 0 ? <LinkPreview /> : null}
      {contents.length > 0 ? (
        <aside className="toc toc-side" aria-labelledby="toc-heading">
          <h2 id="toc-heading" className="toc-heading">
            <Message k="contents" />
          </h2>
          <TableOfContents items={contents} />
        </aside>
      ) : (
        <span className="toc-side" />
      )}
    </div>
  );
}

/**
 * One question where the note wrote it: its own anchor, and in a note of several its own
 * last result too. A note's only question carries its anchor on the quiz itself: the
 * template's thousands of pages stay the size they were.
 */
function NoteQuestion({ note, index }: { note: Note; index: number }) {
  const question = note.questions[index];
  if (!question) return null;
  const anchor = questionAnchor(question.id);
  // Where the "skip to the question" link (app/layout.tsx) lands.
  const start = index === 0 ? <span id="quiz-start" /> : null;
  if (note.questions.length === 1)
    return (
      <>
        {start}
        <Quiz slug={note.slug} question={quizQuestion(question)} position={1} anchor={anchor} />
      </>
    );
  return (
    <div id={anchor} className="note-question" data-testid="note-question">
      {start}
      <p className="note-question-bar">
        <a href={`#${anchor}`} className="anchor note-question-link">
          #{index + 1}
        </a>
        <LastResult questions={[{ id: question.id, fingerprint: question.fingerprint }]} />
      </p>
      <Quiz slug={note.slug} question={quizQuestion(question)} position={index + 1} />
    </div>
  );
}

/** Every question of the note by number: a student with fifty questions goes straight to the one they want. */
function QuestionJumpList({ note }: { note: Note }) {
  return (
    <nav className="question-jump" aria-labelledby="question-jump-heading" data-testid="question-jump">
      <h2 id="question-jump-heading" className="question-jump-heading">
        <Message k="questionList" values={{ n: note.questions.length }} />
      </h2>
      <ol>
        {note.questions.map((question, index) => (
          <li key={question.id}>
            <a href={`#${questionAnchor(question.id)}`}>{index + 1}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function MetaItem({ label, children }: { label: MessageKey; children: ReactNode }) {
  return (
    <div>
      <dt>
        <Message k={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

type ContentsItem = { anchor: string; text: string; depth: number };

/**
 * The note's headings down to H3, indented under the shallowest one the note uses. The
 * template's notes list their H2 sections only, as they always have: every byte of the
 * contents is written twice (the inline and the side contents) and again in the page's
 * data, and their sections are the map a student needs.
 */
function tableOfContents(note: Note): ContentsItem[] {
  const template = note.sections.some((section) => section.kind !== 'other');
  // A question's heading is its stem: the jump list lists the questions.
  const shown = note.headings.filter((heading) => heading.anchor && heading.text && heading.depth <= (template ? 2 : 3) && !isQuestionAnchor(heading.anchor));
  const top = Math.min(...shown.map((heading) => heading.depth));
  return shown.map((heading) => ({ anchor: heading.anchor, text: heading.text, depth: heading.depth - top }));
}

function TableOfContents({ items }: { items: ContentsItem[] }) {
  return (
    <ol className="toc-list">
      {items.map((item) => (
        <li key={item.anchor} className={item.depth > 0 ? `toc-depth-${Math.min(item.depth, 2)}` : undefined}>
          <a href={`#${item.anchor}`}>{item.text}</a>
        </li>
      ))}
    </ol>
  );
}
