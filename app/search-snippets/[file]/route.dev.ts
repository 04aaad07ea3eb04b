import { siteContent } from '@/lib/content/site';
import { snippetFile, snippetFileCount } from '@/lib/search/build-index';

/*
 * `/search-snippets/<n>.json` on the dev server only (`.dev.ts`: next.config.mjs reads it
 * in development). A build writes the files straight from the parsed notes after the
 * export (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return Array.from({ length: snippetFileCount(siteContent().notes) }, (_, n) => ({ file: `${n}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const { notes } = siteContent();
  const n = Number(file.replace(/\.json$/, ''));
  if (!Number.isInteger(n) || n < 0 || n >= snippetFileCount(notes)) return new Response('not found', { status: 404 });
  return Response.json(snippetFile(notes, n));
}
