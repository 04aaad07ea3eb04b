import { describe, expect, expectTypeOf, it } from 'vitest';
import type { infer as Infer } from 'zod/mini';
import type { NoteCardData } from '@/lib/note-card';
import { noteListParts, PART_BYTES } from '@/lib/note-list/build-note-list';
import { noteListCardSchema, noteListPartSchema } from '@/lib/note-list/note-list-schema';
import { joinNoteList, NoteListMismatch } from '@/lib/note-list/read-note-list';
import { browse, browsableList } from '@/lib/note-list/browsable-list';

function card(slug: string, over: Partial<NoteCardData> = {}): NoteCardData {
  return { slug, title: slug, summary: '요약 '.repeat(10), tags: [], created: null, questions: [], ...over };
}

/** A card whose JSON is exactly `bytes` long, so where the parts are cut can be worked out by hand. */
function sized(slug: string, bytes: number): NoteCardData {
  const base = JSON.stringify({ slug, title: slug, summary: '', tags: [], created: null, questions: [] }).length;
  return { slug, title: slug, summary: 'x'.repeat(bytes - base), tags: [], created: null, questions: [] };
}

describe('noteListParts: the note list cut into parts of at most PART_BYTES', () => {
  it.each([
    // Each card is 100 bytes, 101 with its comma; a part holds what fits in `limit`.
    { name: 'everything in one part when it fits', cards: 5, limit: 1000, expected: [5] },
    { name: 'cut where the next card would go over', cards: 10, limit: 303, expected: [3, 3, 3, 1] },
    { name: 'exactly full parts', cards: 4, limit: 202, expected: [2, 2] },
    { name: 'a card larger than a part is a part of its own', cards: 3, limit: 50, expected: [1, 1, 1] },
    { name: 'no note: one empty part', cards: 0, limit: 1000, expected: [0] },
  ])('$name', ({ cards, limit, expected }) => {
    const list = Array.from({ length: cards }, (_, n) => sized(`note-${n}`, 100));
    const parts = noteListParts(list, limit);
    expect(parts.map((part) => part.notes.length)).toEqual(expected);
    expect(parts.map((part) => [part.part, part.parts])).toEqual(expected.map((_, at) => [at, expected.length]));
    expect(parts.flatMap((part) => part.notes.map((note) => note.slug))).toEqual(list.map((note) => note.slug));
  });

  it('counts bytes, not characters: Korean text takes three bytes a syllable', () => {
    const korean = card('k', { summary: '가'.repeat(300) });
    // About 950 bytes each in UTF-8 but about 350 characters: two fit in 1,000 characters, not in 1,000 bytes.
    expect(noteListParts([korean, korean], 1000).map((part) => part.notes.length)).toEqual([1, 1]);
  });

  it('each part, as written, reads back with the schema', () => {
    const list = [card('a', { tags: ['service/glue'], created: '2025-01-02', questions: [{ id: 'a--q1', fingerprint: 'f00d' }] })];
    expect(noteListPartSchema.parse(JSON.parse(JSON.stringify(noteListParts(list)[0])))).toEqual({ part: 0, parts: 1, notes: list });
    expect(PART_BYTES).toBeLessThanOrEqual(750_000);
  });

  it('the schema holds every field of a card', () => {
    // `.branded`: the card type is an intersection, which the plain check tells apart from its flat equal.
    expectTypeOf<Infer<typeof noteListCardSchema>>().branded.toEqualTypeOf<NoteCardData>();
  });
});

describe('joinNoteList: parts of one build, joined in order', () => {
  const parts = noteListParts(Array.from({ length: 6 }, (_, n) => sized(`n${n}`, 100)), 202);

  it('joins parts 0, 1, 2 of 3 into the list', () => {
    expect(joinNoteList(parts, 3).map((note) => note.slug)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
  });

  it.each([
    { name: 'a part missing', given: () => parts.slice(0, 2), expected: 3 },
    { name: 'parts out of order', given: () => [parts[1], parts[0], parts[2]], expected: 3 },
    { name: 'a part of a build that wrote more parts', given: () => parts, expected: 2 },
    { name: 'a part from a build with fewer parts', given: () => [...parts.slice(0, 2), { ...parts[2]!, parts: 4 }], expected: 3 },
  ])('refuses $name: the site was rebuilt meanwhile', ({ given, expected }) => {
    expect(() => joinNoteList(given().filter((part) => part !== undefined), expected)).toThrow(NoteListMismatch);
  });
});

describe('browse: filter and sort the loaded list', () => {
  const newest = [
    card('c-new', { title: '다이나모DB', tags: ['service/dynamodb', 'constraint/serverless'], created: '2025-03-01' }),
    card('a-mid', { title: 'Athena', tags: ['service/athena', 'constraint/serverless'], created: '2025-02-01' }),
    card('b-old', { title: '글루', tags: ['service/glue'], created: '2025-01-01' }),
    card('z-undated', { title: 'EMR', tags: ['service/emr', 'constraint/cost'] }),
  ];
  const list = browsableList(newest);

  it.each([
    { name: 'nothing chosen, newest first', selected: [], sort: 'newest', expected: ['c-new', 'a-mid', 'b-old', 'z-undated'] },
    { name: 'nothing chosen, by title (Korean order: Hangul, then Latin)', selected: [], sort: 'title', expected: ['b-old', 'c-new', 'a-mid', 'z-undated'] },
    { name: 'a tag, newest first', selected: ['constraint/serverless'], sort: 'newest', expected: ['c-new', 'a-mid'] },
    { name: 'a tag, by title', selected: ['constraint/serverless'], sort: 'title', expected: ['c-new', 'a-mid'] },
    { name: 'a namespace alone', selected: ['constraint'], sort: 'newest', expected: ['c-new', 'a-mid', 'z-undated'] },
    { name: 'two tags (AND)', selected: ['constraint', 'service/emr'], sort: 'newest', expected: ['z-undated'] },
    { name: 'nothing has both', selected: ['service/glue', 'constraint/serverless'], sort: 'newest', expected: [] },
  ] as const)('$name', ({ selected, sort, expected }) => {
    expect(browse(list, selected, sort).matching.map((note) => note.slug)).toEqual(expected);
  });

  it("knows every namespace's tags, counted over the whole list", () => {
    expect(list.namespaces.map((namespace) => `${namespace.namespace}:${namespace.tags.map((tag) => `${tag.value}=${tag.count}`).join(',')}`)).toEqual([
      'service:athena=1,dynamodb=1,emr=1,glue=1',
      'constraint:serverless=2,cost=1',
    ]);
  });

  it('gives the facets for the filter beside the notes', () => {
    const { groups } = browse(list, ['constraint/serverless'], 'title');
    expect(groups.find((group) => group.namespace === 'service')?.shown.map((facet) => `${facet.value}=${facet.reachable}`)).toEqual(['athena=1', 'dynamodb=1']);
  });
});
