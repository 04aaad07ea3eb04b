/*
 * Search stage 1b, other spellings: students write AWS names in Hangul (글루, 키네시스) while
 * notes mostly keep them in English, and the reverse. A query word also looks for its
 * other spelling; the note's own aliases connect anything this list does not.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  ['글루', 'glue'],
  ['아테나', 'athena'],
  ['레드시프트', 'redshift'],
  ['키네시스', 'kinesis'],
  ['파이어호스', 'firehose'],
  ['람다', 'lambda'],
  ['세이지메이커', 'sagemaker'],
  ['다이나모', 'dynamodb'],
  ['다이나모디비', 'dynamodb'],
  ['오로라', 'aurora'],
  ['퀵사이트', 'quicksight'],
  ['이벤트브리지', 'eventbridge'],
  ['클라우드워치', 'cloudwatch'],
  ['클라우드트레일', 'cloudtrail'],
  ['스파크', 'spark'],
  ['하둡', 'hadoop'],
  ['카프카', 'kafka'],
  ['파케이', 'parquet'],
  ['버킷', 'bucket'],
  ['파티션', 'partition'],
  ['샤드', 'shard'],
  ['크롤러', 'crawler'],
  ['북마크', 'bookmark'],
  ['스펙트럼', 'spectrum'],
  ['컨테이너', 'container'],
  ['엔드포인트', 'endpoint'],
];

const OTHER = new Map<string, string[]>();
for (const [korean, english] of PAIRS) {
  OTHER.set(korean, [...(OTHER.get(korean) ?? []), english]);
  OTHER.set(english, [...(OTHER.get(english) ?? []), korean]);
}

/** The other spellings of one query word (already lower case, particle cut). */
export function otherSpellings(word: string): readonly string[] {
  return OTHER.get(word) ?? [];
}
