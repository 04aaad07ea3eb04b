/*
 * Hangul by its letters (jamo), for typos: 파티숀 is 파티션 with one vowel off, though
 * the two share no syllable after 파티. A syllable is split into the keys typed for it,
 * so a compound vowel or final (ㅘ, ㄳ) counts as its two keys, as a slip of one finger does.
 */

const FIRST_SYLLABLE = 0xac00;
const LAST_SYLLABLE = 0xd7a3;
const MEDIALS_PER_INITIAL = 21;
const FINALS_PER_MEDIAL = 28;
const INITIALS = [...'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'];
const MEDIALS = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅗㅏ', 'ㅗㅐ', 'ㅗㅣ', 'ㅛ', 'ㅜ', 'ㅜㅓ', 'ㅜㅔ', 'ㅜㅣ', 'ㅠ', 'ㅡ', 'ㅡㅣ', 'ㅣ'];
const FINALS = ['', 'ㄱ', 'ㄲ', 'ㄱㅅ', 'ㄴ', 'ㄴㅈ', 'ㄴㅎ', 'ㄷ', 'ㄹ', 'ㄹㄱ', 'ㄹㅁ', 'ㄹㅂ', 'ㄹㅅ', 'ㄹㅌ', 'ㄹㅍ', 'ㄹㅎ', 'ㅁ', 'ㅂ', 'ㅂㅅ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'];

const isSyllable = (code: number) => code >= FIRST_SYLLABLE && code <= LAST_SYLLABLE;

/** A word's syllables all Hangul (가-힣): only such a word is a Korean typo to forgive. */
export const isHangulWord = (word: string) => word.length > 0 && [...word].every((char) => isSyllable(char.charCodeAt(0)));

type Slots = readonly [initial: number, medial: number, final: number];

const slotsOf = (code: number): Slots => {
  const at = code - FIRST_SYLLABLE;
  return [Math.floor(at / (MEDIALS_PER_INITIAL * FINALS_PER_MEDIAL)), Math.floor(at / FINALS_PER_MEDIAL) % MEDIALS_PER_INITIAL, at % FINALS_PER_MEDIAL];
};
const keysOf = ([initial, medial, final]: Slots) => [INITIALS[initial] ?? '', ...(MEDIALS[medial] ?? ''), ...(FINALS[final] ?? '')];

/** The keys typed for a text: 파티션 → ㅍㅏㅌㅣㅅㅕㄴ. Anything but a Hangul syllable stays as it is. */
export function jamo(text: string): string[] {
  return [...text.normalize('NFC')].flatMap((char) => {
    const code = char.charCodeAt(0);
    return isSyllable(code) ? keysOf(slotsOf(code)) : [char];
  });
}

/**
 * Levenshtein distance: keys added, dropped or swapped for another. Past `most` it stops
 * and says `most + 1`: a typo reader only asks whether two words are near.
 */
export function editDistance(a: readonly string[], b: readonly string[], most = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (const [i, key] of a.entries()) {
    const row = [i + 1];
    for (const [j, other] of b.entries()) row.push(Math.min((previous[j + 1] ?? 0) + 1, (row[j] ?? 0) + 1, (previous[j] ?? 0) + (key === other ? 0 : 1)));
    if (Math.min(...row) > most) return most + 1;
    previous = row;
  }
  return previous[b.length] ?? 0;
}

export const jamoDistance = (a: string, b: string) => editDistance(jamo(a), jamo(b));

/**
 * How many keys off a typed Korean word may be. A word of one or two syllables (람다, 큐)
 * gets none: one key turns it into another real word, and its results would flood.
 */
const SHORTEST_FORGIVEN = 3;

export function typoAllowance(word: string): number {
  return isHangulWord(word) && word.length >= SHORTEST_FORGIVEN ? 1 : 0;
}

/** Whether `known` is what `typed` meant: not the same word, and within the typed word's allowance. */
export function isNearMiss(typed: string, known: string): boolean {
  const allowance = typoAllowance(typed);
  if (allowance === 0 || !isHangulWord(known) || typed === known) return false;
  const [a, b] = [jamo(typed), jamo(known)];
  return Math.abs(a.length - b.length) <= allowance && editDistance(a, b, allowance) <= allowance;
}

const compose = ([initial, medial, final]: Slots) => String.fromCharCode(FIRST_SYLLABLE + (initial * MEDIALS_PER_INITIAL + medial) * FINALS_PER_MEDIAL + final);
const otherThan = (count: number, skip: number) => Array.from({ length: count }, (_, value) => value).filter((value) => value !== skip);

/** One syllable with each of its three slots changed in turn, within `allowance` keys of it. */
function syllableVariants(syllable: string, allowance: number): string[] {
  const slots = slotsOf(syllable.charCodeAt(0));
  const [initial, medial, final] = slots;
  const typed = keysOf(slots);
  const variants: Slots[] = [
    ...otherThan(INITIALS.length, initial).map((value): Slots => [value, medial, final]),
    ...otherThan(MEDIALS.length, medial).map((value): Slots => [initial, value, final]),
    ...otherThan(FINALS.length, final).map((value): Slots => [initial, medial, value]),
  ];
  return variants.filter((variant) => editDistance(typed, keysOf(variant), allowance) <= allowance).map(compose);
}

/**
 * The Hangul words a typed word may have meant, one slot of one syllable changed and
 * within its allowance (파티숀 → 파티션, 파티손, …): a caller keeps those its notes hold.
 * Only the changed syllable is measured, so a long word costs no more per syllable.
 */
export function nearVariants(word: string): string[] {
  const allowance = typoAllowance(word);
  if (allowance === 0) return [];
  const syllables = [...word];
  return syllables.flatMap((syllable, at) => syllableVariants(syllable, allowance).map((other) => [...syllables.slice(0, at), other, ...syllables.slice(at + 1)].join('')));
}
