import { siteContent } from '@/lib/content/site';
import { buildSearchData } from '@/lib/search/build-index';
import { searchFiles } from '@/lib/search/search-parts';

/*
 * `/search-index/<n>.json`, the index's parts, on the dev server only (`.dev.ts`:
 * next.config.mjs reads it in development). A build writes the files straight from the
 * parsed notes after the export (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

const parts = () => searchFiles(buildSearchData(siteContent().notes)).parts;

export function generateStaticParams(): { file: string }[] {
  return parts().map(({ part }) => ({ file: `${part}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const part = parts()[Number(file.replace(/\.json$/, ''))];
  return part ? Response.json(part) : new Response('not found', { status: 404 });
}
