import { fill, messages, type MessageValues } from '@/lib/i18n';
import { marksMessages } from '@/lib/messages/marks';
import { Bilingual } from '@/components/ui/bilingual';

/*
 * <Message> for the marks toolbar: its own table on top of the shared one (already in
 * every page), so the lazily loaded toolbar never pulls in the study pages' text.
 */

const table = { ...messages, ...marksMessages };
export type MarksKey = keyof typeof table;

export function MarksText({ k, values }: { k: MarksKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(table[k][language], values)} />;
}
