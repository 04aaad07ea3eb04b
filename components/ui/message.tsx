'use client';

import { fill, messages, type MessageKey, type MessageValues } from '@/lib/i18n';
import { Bilingual } from '@/components/ui/bilingual';

/*
 * A UI message by its key. A client component although it has no state: the UI text is in
 * the browser already (lib/i18n ships with every page), so a server page's payload carries
 * the key instead of both languages' text and markup, on every page and in every payload.
 */
export function Message({ k, values }: { k: MessageKey; values?: MessageValues }) {
  return <Bilingual text={(language) => fill(messages[k][language], values)} />;
}
