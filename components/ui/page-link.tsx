import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the site. Next prefetches every link in view by default; on a
 * note page (tags, related notes, previous/next) that is a dozen payloads processed on
 * the main thread right after load, slowing the page the student is reading. Pages are
 * static and small, so they load on click instead (and still prefetch on hover).
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
