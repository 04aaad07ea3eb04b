import { fill, type MessageValues } from '@/lib/i18n';
import { syncMessages } from '@/lib/messages/sync';
import { Bilingual } from '@/components/ui/bilingual';

/** <Message> for the sync's own text, so the header's sync status loads only this table. */
export type SyncMessageKey = keyof typeof syncMessages;

export function SyncMessage({ k, values }: { k: SyncMessageKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(syncMessages[k][language], values)} />;
}
