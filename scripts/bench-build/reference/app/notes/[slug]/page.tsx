import { note, slugs } from '../../../lib/notes';

export const dynamicParams = false;

export function generateStaticParams() {
  return slugs().map((slug) => ({ slug }));
}

export default async function NotePage({ params }: { params: Promise<{ slug: string }> }) {
  // A slug may hold letters outside ASCII (Korean folder and note names), which Next may pass percent-encoded, as the app decodes it too.
  const slug = decodeURIComponent((await params).slug);
  const { title, html } = await note(slug);
  return (
    <main>
      <h1>{title}</h1>
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
