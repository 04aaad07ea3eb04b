import type { Section } from './content/schema';

/** Stable, readable anchors: the four usual sections by kind, the rest by position. */
export function sectionAnchor(section: Pick<Section, 'kind'>, index: number): string {
  switch (section.kind) {
    case 'keyPoint':
      return 'key-point';
    case 'explanation':
      return 'explanation';
    case 'concepts':
      return 'concepts';
    case 'question':
      return 'question';
    default:
      return `section-${index + 1}`;
  }
}

/** Anchors for every section, de-duplicated in order. */
export function sectionAnchors(sections: readonly Pick<Section, 'kind'>[]): string[] {
  const used = new Set<string>();
  return sections.map((section, index) => {
    const base = sectionAnchor(section, index);
    const anchor = used.has(base) ? `${base}-${index + 1}` : base;
    used.add(anchor);
    return anchor;
  });
}

/**
 * The id an element of a note's own HTML ends up with: the sanitizer prefixes every id it
 * keeps, so that a note cannot clobber the page's globals (an element `id="location"`).
 */
export function elementId(id: string): string {
  return `user-content-${id}`;
}

/**
 * The anchor a question is linked by on its note's page: `#q-7` for `<slug>--q7`,
 * `#q-1a2b3c4d` for `<slug>--q-1a2b3c4d` (the id rule: lib/content/question/question-id.ts).
 */
export function questionAnchor(questionId: string): string {
  const local = questionId.slice(questionId.lastIndexOf('--') + 2);
  return `q-${local.replace(/^q-?/, '')}`;
}

export function isQuestionAnchor(anchor: string): boolean {
  return anchor.startsWith('q-');
}

/** A question on its note's page. */
export function questionHref(slug: string, questionId: string): string {
  return noteHref(slug, questionAnchor(questionId));
}

export function tagHref(tag: string): string {
  return `/tags/${tag.split('/').map(encodeURIComponent).join('/')}/`;
}

/** The home page's note browser with tags chosen and a sort: shareable, and read back by the browser. */
export function browseHref(tags: readonly string[], sort: 'newest' | 'title' = 'newest', path = '/'): string {
  const params = new URLSearchParams();
  for (const tag of tags) params.append('tag', tag);
  if (sort !== 'newest') params.set('sort', sort);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** A note's page, at a heading's or block's anchor when given. Every link to a note is built here. */
export function noteHref(slug: string, anchor?: string | null): string {
  return `/notes/${encodeURIComponent(slug)}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}

/** A file of the vault as the site serves it (`name.<hash>.png`, see lib/content/read/read-asset.ts). */
export function assetHref(servedName: string): string {
  return `/assets/${encodeURIComponent(servedName)}`;
}

/** A note's answer keys, fetched when a question is graded. */
export function answerKeysHref(slug: string): string {
  return `/quiz/${encodeURIComponent(slug)}.json`;
}

/** The question bank's index, which every study page fetches when it starts (lib/question-bank). */
export const QUESTION_BANK_HREF = '/questions.json';

/** A further part of the question bank's index, when it is too big for one file (lib/question-bank). */
export function questionBankPartHref(part: number): string {
  return `/question-bank/${part}.json`;
}

/** The search index's head, fetched when search starts (lib/search), then its parts. */
export const SEARCH_INDEX_HREF = '/search-index.json';

export function searchIndexPartHref(part: number): string {
  return `/search-index/${part}.json`;
}

/** A part of the home page's note list (lib/note-list), fetched when the student filters, sorts or scrolls past the first screen. */
export function noteListPartHref(part: number): string {
  return `/note-list/${part}.json`;
}

/** A note's questions as the quiz shows them, fetched when one of them is about to be shown. */
export function noteQuestionsHref(slug: string): string {
  return `/questions/${encodeURIComponent(slug)}.json`;
}

/** The search page for a query and tags. */
export function searchHref(query: string, tags: readonly string[] = []): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const tag of tags) params.append('tag', tag);
  const search = params.toString();
  return search ? `/search/?${search}` : '/search/';
}

/** What a practice link starts with: a tag filter (all of them, or any), or one note's questions. */
export type PracticeScope = { tags?: readonly string[]; match?: 'all' | 'any'; note?: string };

/** Practice with a filter already chosen: shareable, and read back by the practice page. */
export function practiceHref({ tags = [], match = 'all', note }: PracticeScope = {}): string {
  const params = new URLSearchParams();
  for (const tag of tags) params.append('tag', tag);
  if (tags.length > 1 && match === 'any') params.set('match', 'any');
  if (note) params.set('note', note);
  const search = params.toString();
  return search ? `/practice/?${search}` : '/practice/';
}

/** practiceHref read back: a pasted or hand-edited URL gives what it can (blank tags dropped, unknown match is "all"). */
export function readPracticeScope(search: string): Required<Pick<PracticeScope, 'match'>> & { tags: string[]; note: string | null } {
  const params = new URLSearchParams(search);
  const tags = [...new Set(params.getAll('tag').map((tag) => tag.trim()).filter(Boolean))];
  return { tags, match: params.get('match') === 'any' ? 'any' : 'all', note: params.get('note')?.trim() || null };
}

/** A finished mock exam's results, reopened from the study log in this browser. */
export function examResultHref(id: string): string {
  return `/exam/?${new URLSearchParams({ result: id }).toString()}`;
}
