import { otherSpellings } from './synonyms';
import { compoundCuts, koreanStems, pieces, skeleton } from './tokenize';

/*
 * Search stage 4, the snippet: where the query shows in a result's text, as segments a
 * component renders with <mark>, never as HTML.
 */

export type Segment = { text: string; match: boolean };
type Range = [number, number];

const WORD = /[\uAC00-\uD7A3]+|[a-z0-9]+/g;

/** What to look for: Korean stems as they are; English words by start or by skeleton. */
function needles(query: string): { korean: string[]; english: string[] } {
  const words = pieces(query).flatMap((piece) => {
    if (piece.kind === 'cho') return [];
    const stems = piece.kind === 'ko' ? [...koreanStems(piece), ...compoundCuts(piece.stem).flat()] : [piece.stem];
    return [...stems, ...otherSpellings(piece.stem)];
  });
  return { korean: words.filter((word) => /[\uAC00-\uD7A3]/.test(word)), english: words.filter((word) => /^[a-z0-9]+$/.test(word)) };
}

function englishMatch(word: string, needle: string): boolean {
  return word.startsWith(needle) || (needle.length >= 4 && skeleton(word).startsWith(skeleton(needle)));
}

function matchRanges(text: string, query: string): Range[] {
  const lower = text.toLowerCase();
  // Lower-casing that changes the length (a few non-Latin letters) would shift every range.
  if (lower.length !== text.length) return [];
  const { korean, english } = needles(query);
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
export function highlight(text: string, query: string): Segment[] {
  return segments(text, matchRanges(text, query));
}

/**
 * About `length` characters around the first match (or the start, if nothing matched),
 * cut at spaces, with … where text was left out.
 */
export function snippet(text: string, query: string, length = 90): Segment[] {
  const ranges = matchRanges(text, query);
  const first = ranges[0]?.[0] ?? 0;
  const lead = text.lastIndexOf(' ', Math.max(0, first - length / 3));
  const start = first < length / 2 || lead === -1 ? 0 : lead + 1;
  const cut = text.indexOf(' ', start + length);
  const end = cut === -1 ? text.length : cut;
  const inside = ranges.flatMap(([from, to]): Range[] => (to <= start || from >= end ? [] : [[Math.max(from, start) - start, Math.min(to, end) - start]]));
  const body = segments(text.slice(start, end), inside);
  return [...(start > 0 ? [{ text: '…', match: false }] : []), ...body, ...(end < text.length ? [{ text: '…', match: false }] : [])];
}
