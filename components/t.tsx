import { messages, type MessageKey } from '@/lib/i18n';

/** A UI string in both languages; CSS shows the one that matches <html lang>. */
export function T({ k }: { k: MessageKey }) {
  return (
    <>
      <span lang="ko" className="l10n-ko">
        {messages[k].ko}
      </span>
      <span lang="en" className="l10n-en">
        {messages[k].en}
      </span>
    </>
  );
}
