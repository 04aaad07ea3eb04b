import { queryTerms, vocabularyNear, type Vocabulary } from './synonyms';
import { compoundCuts, koreanStems, pieces, skeleton, type Piece } from './tokenize';

/*
 * Search stage 4, the snippet: where the query shows in a result's text, as segments a
 * component renders with <mark>, never as HTML.
 */

export type Segment = { text: string; match: boolean };
type Range = [number, number];

const WORD = /[\uAC00-\uD7A3]+|[a-z0-9]+/g;

function stems(piece: Piece): string[] {
  if (piece.kind === 'cho') return [];
  return piece.kind === 'ko' ? [piece.word, ...koreanStems(piece), ...compoundCuts(piece.stem).flat()] : [piece.stem];
}

/** Every word of a query's terms, as typed and as each other spelling; a Korean typo's vocabulary readings too. */
function queryWords(vocabulary: Vocabulary, query: string): string[] {
  return queryTerms(vocabulary, pieces(query)).flatMap(({ typed, others }) => {
    const [only] = typed;
    const readings = typed.length === 1 && only?.kind === 'ko' ? vocabularyNear(vocabulary, only.stem) : [];
    const meant = readings.flatMap((reading) => queryTerms(vocabulary, pieces(reading)).flatMap((term) => [...term.typed, ...term.others.flat()]));
    return [...typed, ...others.flat(), ...meant].flatMap(stems);
  });
}

type Needles = { korean: string[]; english: string[] };
/** Every result's title and snippet is marked for one query: its words are read once, not per result. */
let lastNeedles: { query: string; vocabulary: Vocabulary; needles: Needles } | undefined;

/** What to look for: Korean stems as they are; English words by start or by skeleton. */
function needles(vocabulary: Vocabulary, query: string): Needles {
  if (lastNeedles?.query === query && lastNeedles.vocabulary === vocabulary) return lastNeedles.needles;
  const words = queryWords(vocabulary, query);
  const found = { korean: words.filter((word) => /[\uAC00-\uD7A3]/.test(word)), english: words.filter((word) => /^[a-z0-9]+$/.test(word)) };
  lastNeedles = { query, vocabulary, needles: found };
  return found;
}

function englishMatch(word: string, needle: string): boolean {
  return word.startsWith(needle) || (needle.length >= 4 && skeleton(word).startsWith(skeleton(needle)));
}

function matchRanges(vocabulary: Vocabulary, text: string, query: string): Range[] {
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (a few non-Latin letters) would shift every range.
  if (lower.length !== text.length) return [];
  const { korean, english } = needles(vocabulary, query);
  const ranges: Range[] = [];
  for (const match of lower.matchAll(WORD)) {
    const [word] = match;
    const start = match.index;
    if (/^[a-z0-9]/.test(word)) {
      if (english.some((needle) => englishMatch(word, needle))) ranges.push([start, start + word.length]);
      continue;
    }
    for (const needle of korean) {
      for (let at = word.indexOf(needle); at !== -1; at = word.indexOf(needle, at + needle.length)) ranges.push([start + at, start + at + needle.length]);
    }
  }
  return merged(ranges);
}

function merged(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}

/** The whole text, its matches marked: for titles. */
export function highlight(vocabulary: Vocabulary, text: string, query: string): Segment[] {
  return segments(text, matchRanges(vocabulary, text, query));
}

/**
 * About `length` characters around the first match (or the start, if nothing matched),
 * cut at spaces, with … where text was left out.
 */
export function snippet(vocabulary: Vocabulary, text: string, query: string, length = 90): Segment[] {
  const ranges = matchRanges(vocabulary, text, query);
  const first = ranges[0]?.[0] ?? 0;
  const lead = text.lastIndexOf(' ', Math.max(0, first - length / 3));
  const start = first < length / 2 || lead === -1 ? 0 : lead + 1;
  const cut = text.indexOf(' ', start + length);
  const end = cut === -1 ? text.length : cut;
  const inside = ranges.flatMap(([from, to]): Range[] => (to <= start || from >= end ? [] : [[Math.max(from, start) - start, Math.min(to, end) - start]]));
  const body = segments(text.slice(start, end), inside);
  return [...(start > 0 ? [{ text: '…', match: false }] : []), ...body, ...(end < text.length ? [{ text: '…', match: false }] : [])];
}
