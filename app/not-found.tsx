import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/ui/not-found-page';
import { messages } from '@/lib/i18n';

/* Its own tab title, so a wrong link is plain from the tab and history (the layout adds the site name). */
export const metadata: Metadata = { title: messages.notFoundTitle.ko };

export default function NotFound() {
  return <NotFoundPage />;
}
