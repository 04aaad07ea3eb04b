/*
 * Search stage 1, words. One tokenizer serves the index and the query, so both sides cut
 * text alike. Korean glues particles to words (글루는) and words into compounds (배치처리),
 * so a Hangul word is stored as its syllable pairs, and a query word, its particle cut, is
 * found where all its pairs are: 글루를 → 글루, a pair of 글루는 and of 글루잡. English
 * words become a consonant skeleton, which forgives a dropped or swapped vowel (athna,
 * redshfit).
 */

/** `stem` is the word with a Korean particle cut: 글루를 → 글루; other words are their own stem. */
export type Piece = { kind: 'ko' | 'en' | 'cho'; word: string; stem: string };

// Longest first, so 에서 is cut before 서 could be.
const PARTICLES = ['에서는', '에서', '으로', '에게', '까지', '부터', '보다', '처럼', '이나', '은', '는', '이', '가', '을', '를', '의', '에', '로', '와', '과', '도', '만'];
/*
 * Words too common to tell notes apart; every note would carry them in its index. Matched
 * whole, so 수 goes but 수명 stays.
 */
const STOP_WORDS = new Set([
  ...'a an and are as at be by can for from has have how in into is it its of on or that the their them then there these this to was what when where which while who will with without would you your'.split(' '),
  ...'수 것 등 및 더 때 있다 있는 있음 하는 한다 위한 위해 통해 경우 가장'.split(' '),
]);

const RUNS = /[\uAC00-\uD7A3]+|[a-z0-9]+|[\u3131-\u314E]+/g;
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const FIRST_SYLLABLE = 0xac00;
const SYLLABLES_PER_INITIAL = 588;

const startsWithin = (run: string, from: number, to: number) => run.charCodeAt(0) >= from && run.charCodeAt(0) <= to;
const isHangul = (run: string) => startsWithin(run, 0xac00, 0xd7a3);
const isJamo = (run: string) => startsWithin(run, 0x3131, 0x314e);

/** 글루를 → 글루. Only when two syllables remain: 추가, 정의 and 새로 are words, not stem + particle. */
export function stripParticle(word: string): string {
  const particle = PARTICLES.find((each) => word.length - each.length >= 2 && word.endsWith(each));
  return particle ? word.slice(0, -particle.length) : word;
}

export function bigrams(word: string): string[] {
  if (word.length < 2) return [word];
  return Array.from({ length: word.length - 1 }, (_, at) => word.slice(at, at + 2));
}

/** The words of a text, lower case; a particle glued to English (`S3에서`) is no word. */
export function pieces(text: string): Piece[] {
  const out: Piece[] = [];
  let asciiEnd = -1;
  for (const match of text.normalize('NFC').toLowerCase().matchAll(RUNS)) {
    const run = match[0];
    const start = match.index;
    if (isJamo(run)) out.push({ kind: 'cho', word: run, stem: run });
    else if (!isHangul(run)) {
      if (!STOP_WORDS.has(run)) out.push({ kind: 'en', word: run, stem: run });
      asciiEnd = start + run.length;
      continue;
    } else if (!(start === asciiEnd && PARTICLES.includes(run))) {
      const stem = stripParticle(run);
      if (!STOP_WORDS.has(stem)) out.push({ kind: 'ko', word: run, stem });
    }
    asciiEnd = -1;
  }
  return out;
}

/**
 * First letter and consonants, doubles merged: athena and athna both give `athn`. A
 * skeleton under three letters would join unrelated words (glue and goal, data and date),
 * so such words stay as they are.
 */
export function skeleton(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const bare = (word[0] + word.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
  return bare.length >= 3 ? bare : word;
}

/**
 * The terms stored for a text. A Korean word keeps its particle here and loses it in the
 * query: the pairs of 처리속도를 hold every pair of 속도, while cutting 도 from 처리속도 as if
 * it were a particle would lose it.
 */
export function indexTerms(text: string): string[] {
  return pieces(text).flatMap((piece) => (piece.kind === 'en' ? [skeleton(piece.word)] : piece.kind === 'ko' ? bigrams(piece.word) : [piece.word]));
}

/**
 * The ways one query word may be stored. 잡을 has one syllable left without its particle,
 * too short to cut by rule, so it also looks for the lone 잡.
 */
export function querySpellings(piece: Piece): string[][] {
  if (piece.kind === 'en') return [[skeleton(piece.word)]];
  if (piece.kind === 'cho') return [[piece.word]];
  return [...koreanStems(piece).map(bigrams), ...compoundSplits(piece.stem)];
}

/** A Korean query word as it may be stored: its stem, and a lone syllable left by a particle. */
export function koreanStems(piece: Piece): string[] {
  const single = piece.word.length === 2 && PARTICLES.includes(piece.word.slice(1)) ? [piece.word.slice(0, 1)] : [];
  return [piece.stem, ...single];
}

/**
 * A compound typed whole may be written apart in the note (쓰기샤딩, 쓰기 샤딩): each way to
 * cut it in two words of two syllables or more.
 */
export function compoundCuts(stem: string): [string, string][] {
  return Array.from({ length: Math.max(0, stem.length - 3) }, (_, at) => [stem.slice(0, at + 2), stem.slice(at + 2)]);
}

/** The pairs to look up for each cut: both words', without the pair across the cut. */
export function compoundSplits(stem: string): string[][] {
  return compoundCuts(stem).map(([first, second]) => [...bigrams(first), ...bigrams(second)]);
}

/**
 * Terms of the fields searched as you type: English words are also kept as typed, so
 * `red` finds redshift before its skeleton (`rdshft`) has begun.
 */
export function nameTerms(text: string): string[] {
  return [...indexTerms(text), ...pieces(text).flatMap((piece) => (piece.kind === 'en' ? [piece.word] : []))];
}

/**
 * A term and its beginnings, for fields searched as you type: athena (with its skeleton
 * athn) is also stored as at, ath, athe, and the pair 주기 as 주. One Latin letter or
 * initial consonant is left out: it would list nearly every note.
 */
export function withPrefixes(terms: readonly string[]): string[] {
  return [
    ...new Set(
      terms.flatMap((term) => {
        // A Hangul syllable is a word's worth of typing: 수명 주 is on its way to 수명 주기.
        const shortest = isHangul(term) ? 1 : 2;
        return [...Array.from({ length: Math.max(0, term.length - shortest) }, (_, at) => term.slice(0, at + shortest)), term];
      }),
    ),
  ];
}

export function initials(word: string): string {
  return [...word].map((syllable) => CHOSEONG[Math.floor((syllable.charCodeAt(0) - FIRST_SYLLABLE) / SYLLABLES_PER_INITIAL)] ?? '').join('');
}

/**
 * Initial consonants of each Korean word, and of every run of words to the end, so ㅅㅇㅈ
 * finds 서버리스 ETL 작업 and a query may start at any word: 파티션 프로젝션 gives ㅍㅌㅅ,
 * ㅍㄹㅈㅅ and ㅍㅌㅅㅍㄹㅈㅅ.
 */
/** Nobody types the initials of more than four words in a row. */
const MAX_RUN = 4;

export function choseongTerms(text: string): string[] {
  const words = pieces(text).flatMap((piece) => (piece.kind === 'ko' ? [initials(piece.stem)] : []));
  const runs = words.slice(0, -1).map((_, at) => words.slice(at, at + MAX_RUN).join(''));
  return [...new Set([...words, ...runs])];
}

