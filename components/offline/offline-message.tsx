import { fill, type MessageValues } from '@/lib/i18n';
import { offlineMessages } from '@/lib/messages/offline';
import { Bilingual } from '@/components/ui/bilingual';

/* <Message> for offline use, looked up in its own table, which only the offline islands load. */

export type OfflineMessageKey = keyof typeof offlineMessages;

export function OfflineMessage({ k, values }: { k: OfflineMessageKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(offlineMessages[k][language], values)} />;
}
