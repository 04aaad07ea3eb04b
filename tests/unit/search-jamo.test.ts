import { describe, expect, it } from 'vitest';
import { isNearMiss, jamo, jamoDistance, nearVariants, typoAllowance } from '@/lib/search/jamo';

describe('jamo', () => {
  it.each<[string, string[]]>([
    ['파티션', ['ㅍ', 'ㅏ', 'ㅌ', 'ㅣ', 'ㅅ', 'ㅕ', 'ㄴ']],
    ['가', ['ㄱ', 'ㅏ']],
    ['힣', ['ㅎ', 'ㅣ', 'ㅎ']],
    // A compound vowel or final is the two keys typed for it.
    ['과', ['ㄱ', 'ㅗ', 'ㅏ']],
    ['닭', ['ㄷ', 'ㅏ', 'ㄹ', 'ㄱ']],
    ['값', ['ㄱ', 'ㅏ', 'ㅂ', 'ㅅ']],
    ['의', ['ㅇ', 'ㅡ', 'ㅣ']],
    // Anything else stays as it is.
    ['S3', ['S', '3']],
    ['ㅂ', ['ㅂ']],
    ['다이나모DB', ['ㄷ', 'ㅏ', 'ㅇ', 'ㅣ', 'ㄴ', 'ㅏ', 'ㅁ', 'ㅗ', 'D', 'B']],
    ['', []],
  ])('%j → %j', (text, keys) => {
    expect(jamo(text)).toEqual(keys);
  });

  it('reads decomposed Hangul as the composed syllables', () => {
    expect(jamo('파티션'.normalize('NFD'))).toEqual(jamo('파티션'));
  });
});

describe('jamoDistance', () => {
  it.each<[string, string, number]>([
    ['파티숀', '파티션', 1],
    ['파티션', '파티션', 0],
    ['파티셔', '파티션', 1],
    ['키네시쓰', '키네시스', 1],
    ['데이타', '데이터', 1],
    ['과', '고', 1],
    ['람다', '란다', 1],
    ['파티숀', '파티숀즈', 2],
    ['', '글루', 5],
    ['glue', 'glua', 1],
    ['', '', 0],
  ])('%j and %j: %i keys apart', (a, b, distance) => {
    expect(jamoDistance(a, b)).toBe(distance);
    expect(jamoDistance(b, a)).toBe(distance);
  });
});

describe('typoAllowance', () => {
  it.each<[string, number]>([
    ['파티션', 1],
    ['세이지메이커', 1],
    // Short words get none: one key away is another word.
    ['람다', 0],
    ['큐', 0],
    ['', 0],
    // Latin has its own forgiveness (the consonant skeleton); mixed and jamo get none.
    ['partition', 0],
    ['다이나모DB', 0],
    ['ㅍㅌㅅ', 0],
    ['ㅍ', 0],
  ])('%j → %i', (word, allowance) => {
    expect(typoAllowance(word)).toBe(allowance);
  });
});

describe('isNearMiss', () => {
  it.each<[string, string, boolean]>([
    ['파티숀', '파티션', true],
    ['파티셔', '파티션', true],
    ['레드시푸트', '레드시프트', true],
    // The word itself is no typo of itself.
    ['파티션', '파티션', false],
    // Two keys off is too far for a three-syllable word.
    ['파토숀', '파티션', false],
    // A short word is never read as another.
    ['란다', '람다', false],
    ['샤두', '샤드', false],
    // Bad input finds nothing near.
    ['', '파티션', false],
    ['파티숀', '', false],
    ['partiton', 'partition', false],
    ['파티숀', 'partition', false],
    ['파티숀S3', '파티션S3', false],
    ['ㅍ', 'ㅍㅌ', false],
    ['ㅍㅌㅅ', '파티션', false],
  ])('%j meant %j: %s', (typed, known, near) => {
    expect(isNearMiss(typed, known)).toBe(near);
  });
});

describe('nearVariants', () => {
  it('holds the word one key away, and only words within the allowance', () => {
    const variants = nearVariants('파티숀');
    expect(variants).toContain('파티션');
    expect(variants).toContain('파티손');
    expect(variants).not.toContain('파티숀');
    for (const variant of variants) expect(jamoDistance('파티숀', variant), variant).toBe(1);
  });

  it.each(['람다', '큐', '', 'glue', 'ㅍㅌㅅ', '다이나모DB'])('%j: none, too short or not Hangul', (word) => {
    expect(nearVariants(word)).toEqual([]);
  });
});
