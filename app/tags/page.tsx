import type { Metadata } from 'next';
import { PageLink } from '@/components/ui/page-link';
import { Message } from '@/components/ui/message';
import { siteContent } from '@/lib/content/site';
import { tagHref } from '@/lib/links';
import { tagNamespaces } from '@/lib/tags';

export const metadata: Metadata = { title: '태그' };

export default function TagsPage() {
  const namespaces = tagNamespaces(siteContent().notes);
  return (
    <div className="page">
      <h1 className="page-title">
        <Message k="tagsHeading" />
      </h1>
      <div className="tag-tree">
        {namespaces.map((namespace) => (
          <section key={namespace.namespace} className="tag-namespace" aria-labelledby={`ns-${namespace.namespace}`}>
            <h2 id={`ns-${namespace.namespace}`}>
              <PageLink href={tagHref(namespace.namespace)}>{namespace.namespace}</PageLink> <span className="count">{namespace.count}</span>
            </h2>
            <ul className="tag-values">
              {namespace.tags.map((tag) => (
                <li key={tag.tag}>
                  <PageLink href={tagHref(tag.tag)} className="tag tag-link">
                    {tag.value} <span className="count">{tag.count}</span>
                  </PageLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
