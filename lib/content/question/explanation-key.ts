/*
 * Matching an explanation's bold key to the option(s) it explains. Letter forms are read
 * first (`Option B (Lambda + S3)`, `옵션 B`, `A)`, `A (훈련 채널)`, `EMR (옵션 A)`); then the
 * key's words against the options' words (`Amazon EKS`, `T3`, `ALL distribution`), with
 * `Compound/Interleaved sorting` read as two keys. A word match counts only when exactly
 * one option holds every word of the key: anything less certain is no match, never a guess.
 */

export type KeyOption = { letter: string; text: string };

export type KeyMatch =
  | { kind: 'options'; letters: string[] }
  /** Names a letter that is not an option, or words that fit more than one option. */
  | { kind: 'unmatched'; reason: string }
  /** Names no option at all (`핵심 통찰`, `정답 D`): a general note. */
  | { kind: 'general' };

const LETTER_LIST = String.raw`([A-Z](?:\s*(?:,|&|/|\band\b|및)\s*[A-Z])*)(?![A-Za-z0-9])`;
const LETTER_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:[Oo]ptions?|OPTIONS?|옵션|선택지|보기)\s*${LETTER_LIST}`),
  new RegExp(String.raw`^${LETTER_LIST}\s*(?:\)|\.|:|$|\(|-)`),
  new RegExp(String.raw`\((?:[Oo]ptions?|OPTIONS?|옵션)\s*${LETTER_LIST}\)`),
  // `(A) 정답`, `(B)`: the Q-block layout's keys.
  new RegExp(String.raw`^\(${LETTER_LIST}\)`),
];

const STOP_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'for', 'with', 'in', 'on', 'by', 'as', 'at', 'from', 'into',
  'use', 'using', 'amazon', 'aws', 'option', 'options', 'is', 'are', 'be', 'it', 'its', 'their', 'vs',
]);

function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Latin words that tell options apart; Korean labels (`사용`, `방식`) are descriptions. */
function keyWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9._+-]+/)
    .map((word) => word.replace(/^[._+-]+|[._+-]+$/g, ''))
    .filter((word) => word.length > 1 && /[a-z0-9]/.test(word) && !STOP_WORDS.has(word))
    .map(stem);
}

/** Initials of every run of capitalised words: `Elastic Kubernetes Service` -> `eks`. */
function acronyms(text: string): string[] {
  const found: string[] = [];
  for (const run of text.match(/(?:\b[A-Z][A-Za-z0-9]*\b[\s-]*){2,}/g) ?? []) {
    const initials = run.trim().split(/[\s-]+/).map((word) => word[0] ?? '').join('').toLowerCase();
    for (let start = 0; start < initials.length - 1; start += 1) {
      for (let end = start + 2; end <= initials.length; end += 1) found.push(initials.slice(start, end));
    }
  }
  return found;
}

function optionWords(option: KeyOption): Set<string> {
  return new Set([...keyWords(option.text), ...acronyms(option.text)]);
}

function lettersIn(list: string): string[] {
  return [...new Set(list.match(/[A-Z]/g) ?? [])];
}

export function byLetterForm(key: string, options: readonly KeyOption[]): KeyMatch | null {
  for (const form of LETTER_FORMS) {
    const list = form.exec(key)?.[1];
    if (!list) continue;
    const letters = lettersIn(list);
    const unknown = letters.filter((letter) => !options.some((option) => option.letter === letter));
    if (unknown.length > 0) return { kind: 'unmatched', reason: `names option ${unknown.join(', ')}, which the question does not have` };
    return { kind: 'options', letters };
  }
  return null;
}

type WordMatch = { letters: string[]; overlaps: boolean };

function byWords(key: string, options: readonly KeyOption[]): WordMatch {
  const words = keyWords(key);
  if (words.length === 0) return { letters: [], overlaps: false };
  const sets = options.map((option) => ({ letter: option.letter, words: optionWords(option) }));
  const holders = sets.filter((option) => words.every((word) => option.words.has(word)));
  const overlaps = sets.some((option) => words.some((word) => option.words.has(word)));
  if (holders.length === 1 && holders[0]) return { letters: [holders[0].letter], overlaps };
  // Several options hold every word: only an option named by exactly those words is certain.
  const exact = holders.filter((option) => keyWords(options.find((o) => o.letter === option.letter)?.text ?? '').length === words.length);
  if (exact.length === 1 && exact[0]) return { letters: [exact[0].letter], overlaps };
  return { letters: [], overlaps };
}

/** `Compound/Interleaved sorting` -> `Compound sorting`, `Interleaved sorting`. */
function slashVariants(key: string): string[] {
  const words = key.split(/\s+/);
  const at = words.findIndex((word) => /[^/\s]\/[^/\s]/.test(word));
  if (at === -1) return [];
  const alternatives = (words[at] ?? '').split('/');
  return alternatives.map((alternative) => [...words.slice(0, at), alternative, ...words.slice(at + 1)].join(' '));
}

export function matchExplanationKey(rawKey: string, options: readonly KeyOption[]): KeyMatch {
  const key = rawKey.trim().replace(/[:：]$/, '').trim();
  const lettered = byLetterForm(key, options);
  if (lettered) return lettered;

  const whole = byWords(key, options);
  if (whole.letters.length > 0) return { kind: 'options', letters: whole.letters };

  const variants = slashVariants(key).map((variant) => byWords(variant, options));
  if (variants.length > 0 && variants.every((variant) => variant.letters.length === 1)) {
    return { kind: 'options', letters: [...new Set(variants.flatMap((variant) => variant.letters))] };
  }
  if (whole.overlaps || variants.some((variant) => variant.overlaps)) {
    return { kind: 'unmatched', reason: 'shares words with the options but names none of them for certain' };
  }
  return { kind: 'general' };
}
