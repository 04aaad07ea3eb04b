import { fill, messages, type MessageValues } from '@/lib/i18n';
import { searchMessages } from '@/lib/messages/search';
import { Bilingual } from '@/components/ui/bilingual';

/*
 * <Message> for search: the same rendering, looked up in search's own table, which only the
 * search island and page load.
 */

const table = { ...messages, ...searchMessages };
export type SearchMessageKey = keyof typeof table;

export function SearchMessage({ k, values }: { k: SearchMessageKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(table[k][language], values)} />;
}
