import { fill, messages, type MessageValues } from '@/lib/i18n';
import { homeMessages } from '@/lib/messages/home';
import { Bilingual } from '@/components/ui/bilingual';

/*
 * <Message> for browsing notes: the same rendering, looked up in the browsing table, which
 * the home and tag pages load and the note page does not.
 */

const table = { ...messages, ...homeMessages };
export type HomeMessageKey = keyof typeof table;

export function HomeMessage({ k, values }: { k: HomeMessageKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(table[k][language], values)} />;
}

/** "1 note" or "3 notes" (Korean needs no plural, English does). */
export function countKey<One extends HomeMessageKey, Many extends HomeMessageKey>(n: number, one: One, many: Many): One | Many {
  return n === 1 ? one : many;
}
