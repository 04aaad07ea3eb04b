import { note, slugs } from '../../../lib/notes';

export const dynamicParams = false;

export function generateStaticParams() {
  return slugs().map((slug) => ({ slug }));
}

export default async function NotePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { title, html } = await note(slug);
  return (
    <main>
      <h1>{title}</h1>
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
