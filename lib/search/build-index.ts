import type { Note, Option, Question } from '../content/schema';
import { questionAnchor } from '../links';
import { SEARCH_DATA_VERSION, SNIPPETS_PER_FILE, type SearchData, type SearchField, type SnippetFile } from './search-schema';
import { vocabularyData } from './vocabulary-data';
import { FIELD_SETUP, fieldIndex, perField } from './search-index';
import { choseongTerms, indexTerms, nameTerms, withPrefixes } from './tokenize';

/*
 * Search stage 3, the build: each note's words, field by field, indexed once when the site
 * is built and written out as `/search-index.json`.
 */

type SearchQuestion = Pick<Question, 'stem' | 'translationHtml'> & { id?: string; options: readonly Pick<Option, 'text' | 'translationHtml'>[] };

export type SearchSource = Pick<Note, 'slug' | 'id' | 'title' | 'tags' | 'aliases' | 'summary' | 'keyTerms' | 'bodyText'> & {
  questions: readonly SearchQuestion[];
  /** Set on a question's own result: where on its note's page it opens. */
  anchor?: string;
};

/** Where each note's own result stands among searchSources': a link's preview finds its snippet there. */
export function notePositions(notes: readonly Pick<SearchSource, 'slug' | 'questions'>[]): Map<string, number> {
  const positions = new Map<string, number>();
  let at = 0;
  for (const note of notes) {
    positions.set(note.slug, at);
    at += 1 + (note.questions.length > 1 ? note.questions.length : 0);
  }
  return positions;
}

const textOfHtml = (html: string | undefined) => (html ? html.replace(/<[^>]*>/g, ' ') : '');

/**
 * What search holds: every note, and each question of a note with more than one as a result
 * of its own (its stem as the snippet), opening the note at that question. A note's one
 * question stays on the note's result, as the template's always has.
 */
export function searchSources(notes: readonly SearchSource[]): SearchSource[] {
  return notes.flatMap((note) => {
    if (note.questions.length <= 1) return [note];
    const own = note.questions.map((question, index): SearchSource => ({
      slug: note.slug,
      id: '',
      title: `${note.title} · ${index + 1}`,
      tags: note.tags,
      aliases: [],
      summary: question.stem,
      keyTerms: [],
      bodyText: '',
      questions: [question],
      ...(question.id ? { anchor: questionAnchor(question.id) } : {}),
    }));
    return [{ ...note, questions: [] }, ...own];
  });
}

/** Options join the stem in one field: a separate field cost a third more index for little. */
export function fieldTexts(note: SearchSource): Record<SearchField, string> {
  return perField((field) => {
    if (field === 'title') return note.title;
    if (field === 'aliases') return note.aliases.join(' ');
    if (field === 'cho') return [note.title, ...note.aliases].join(' ');
    if (field === 'keywords') return [...note.tags, note.id].join(' ');
    if (field === 'summary') return note.summary;
    if (field === 'keyTerms') return note.keyTerms.join(' ');
    if (field === 'body') return note.bodyText;
    return note.questions
      .flatMap((question) => [question.stem, textOfHtml(question.translationHtml), ...question.options.flatMap((option) => [option.text, textOfHtml(option.translationHtml)])])
      .filter(Boolean)
      .join(' ');
  });
}

function storedTerms(field: SearchField, text: string): string {
  if (field === 'cho') return withPrefixes(choseongTerms(text)).join(' ');
  return (FIELD_SETUP[field].prefix ? withPrefixes(nameTerms(text)) : [...new Set(indexTerms(text))]).join(' ');
}

function exported(field: SearchField, texts: readonly string[]): Record<string, string> {
  const index = fieldIndex();
  texts.forEach((text, id) => index.add(id, storedTerms(field, text)));
  const chunks: Record<string, string> = {};
  // The export calls back once per chunk, synchronously. Its JSON text is kept as it is:
  // the browser then parses it once, where parsed arrays would be written out and read again.
  void index.export((key, data) => {
    chunks[key] = data;
  });
  return chunks;
}

/** Ids are positions in `docs`: FlexSearch repeats the id in every posting, so numbers keep it small. */
export function buildSearchData(sourceNotes: readonly SearchSource[]): SearchData {
  const notes = searchSources(sourceNotes);
  const texts = notes.map(fieldTexts);
  const tags = [...new Set(notes.flatMap((note) => note.tags))].sort();
  const tagAt = new Map(tags.map((tag, at) => [tag, at]));
  return {
    version: SEARCH_DATA_VERSION,
    tags,
    docs: notes.map(({ slug, title, tags: own, anchor }) => ({ slug, title, tags: own.flatMap((tag) => tagAt.get(tag) ?? []), ...(anchor ? { anchor } : {}) })),
    fields: perField((field) => exported(field, texts.map((text) => text[field]))),
    vocabulary: vocabularyData(),
  };
}

/** A snippet is cut from the start of the key point; the rest is rarely what matched. */
const SNIPPET_SOURCE_LENGTH = 240;

export const snippetFileCount = (notes: readonly SearchSource[]) => Math.ceil(searchSources(notes).length / SNIPPETS_PER_FILE);

function snippetsAt(sources: readonly SearchSource[], n: number): SnippetFile {
  const start = n * SNIPPETS_PER_FILE;
  return { snippets: sources.slice(start, start + SNIPPETS_PER_FILE).map((note) => note.summary.slice(0, SNIPPET_SOURCE_LENGTH)) };
}

/** Snippet file `n`: the key points of notes n × SNIPPETS_PER_FILE onwards. */
export function snippetFile(notes: readonly SearchSource[], n: number): SnippetFile {
  return snippetsAt(searchSources(notes), n);
}

/** Every snippet file, the results listed once (not once per file: a big vault has a hundred files). */
export function snippetFiles(notes: readonly SearchSource[]): SnippetFile[] {
  const sources = searchSources(notes);
  return Array.from({ length: Math.ceil(sources.length / SNIPPETS_PER_FILE) }, (_, n) => snippetsAt(sources, n));
}
