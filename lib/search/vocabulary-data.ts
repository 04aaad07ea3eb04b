import { AWS_TERMS } from './aws-terms';
import { packKey, type VocabularyData } from './search-schema';
import { termKey } from './synonyms';
import { pieces } from './tokenize';

/* Search's build stage for the vocabulary: every spelling's look-up key, worked out once here rather than in each browser. */
export function vocabularyData(): VocabularyData {
  const spellings = AWS_TERMS.map((term) => [...term.en, ...term.ko]);
  const words = spellings.map((each) => each.map((spelling) => pieces(spelling)));
  return {
    spellings,
    keys: words.map((each, term) => each.map((spelling, at) => packKey(spellings[term]?.[at] ?? '', termKey(spelling)))),
    longest: Math.max(...words.flat().map((spelling) => spelling.length)),
  };
}
