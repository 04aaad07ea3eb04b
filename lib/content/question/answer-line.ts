/*
 * Reading the letters of an answer line. The letters are authoritative; the words after
 * them are a copy, a paraphrase or a Korean summary and are never used to pick options.
 * Forms: `B) AWS Batch`, `A) & C)`, `C, E, F`, `A, D, F) 불용어 …`,
 * `A) Amazon S3, C) Amazon EMR`, `B, C) 250ms … & …`, `Option B`.
 */

const LETTER = String.raw`[A-Z](?![A-Za-z0-9])\)?`;
const JOINER = String.raw`\s*(?:,|&|/|\band\b|및|와|과)\s*`;
const OPTION_WORD = /^(?:[Oo]ptions?|OPTIONS?|옵션)\s*/;
const LEADING_RUN = new RegExp(String.raw`^\(?(${LETTER}(?:${JOINER}${LETTER})*)`);
const LATER_LETTER = /(?:,|&|\band\b|및)\s*([A-Z])\)/g;

export const ANSWER_LABEL = /(?:정답|correct\s+answers?|answers?)\s*[:：]/i;

export function answerLetters(afterLabel: string): string[] {
  const text = afterLabel.trim().replace(OPTION_WORD, '');
  const leading = LEADING_RUN.exec(text);
  if (!leading?.[1]) return [];
  const letters = [...(leading[1].match(/[A-Z](?![A-Za-z0-9])/g) ?? [])];
  const rest = text.slice(leading[0].length);
  for (const match of rest.matchAll(LATER_LETTER)) {
    if (match[1]) letters.push(match[1]);
  }
  return [...new Set(letters)];
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const SELECT_MARKER = /\(\s*(?:select|choose|pick)\s+(two|three|four|five|six|[2-6])\s*\.?\s*\)/i;
const KOREAN_SELECT_MARKER = /([2-6])\s*개(?:를|\s)*(?:선택|고르)/;

/** The `(Select two.)` style count a stem announces, or null when it announces none. */
export function selectMarkerCount(stem: string): number | null {
  const english = SELECT_MARKER.exec(stem)?.[1]?.toLowerCase();
  if (english) return COUNT_WORDS[english] ?? Number(english);
  const korean = KOREAN_SELECT_MARKER.exec(stem)?.[1];
  return korean ? Number(korean) : null;
}

/** Words that join a list rather than say anything; they never make a line "add something". */
const FILLER = new Set(['and', 'or', 'the', 'a', 'an', 'with', 'to', 'of', 'for']);
const HANGUL = /\p{Script=Hangul}/u;
const LETTER_MARKER = new RegExp(String.raw`(?:^|${JOINER})\(?${LETTER}(?=\s|$|,|&)`, 'g');

function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !FILLER.has(word));
}

/**
 * The answer line's own words after its letters, when they say something the right
 * options' text does not: a Korean summary (any Korean word the options lack), a digest in
 * new words. A copy or a shortening of the options gives null, and so does a close English
 * paraphrase (under a third of its words new: "used by the BI users" for "that the BI
 * users' queries are routed to"), and a line of letters only.
 */
export function answerLineWords(afterLabel: string, rightOptions: readonly string[]): string | null {
  const text = afterLabel.trim().replace(OPTION_WORD, '');
  const leading = LEADING_RUN.exec(text);
  if (!leading) return null;
  const rest = text.slice(leading[0].length).trim();
  const known = new Set(rightOptions.flatMap(words));
  const own = new Set(words(rest.replace(LETTER_MARKER, ' ')));
  const fresh = [...own].filter((word) => !known.has(word));
  const adds = fresh.some((word) => HANGUL.test(word)) || (fresh.length > 0 && fresh.length * 3 >= own.size);
  return adds ? rest : null;
}
