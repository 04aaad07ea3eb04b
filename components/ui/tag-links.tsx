import { PageLink } from '@/components/ui/page-link';
import { tagHref } from '@/lib/links';

/** A note's tags, each a link to its tag page. */
export function TagLinks({ tags, testId }: { tags: readonly string[]; testId?: string }) {
  return (
    <ul className="tag-list" data-testid={testId}>
      {tags.map((tag) => (
        <li key={tag}>
          <PageLink href={tagHref(tag)} className="tag tag-link">
            {tag}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
