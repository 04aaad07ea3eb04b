import { siteContent } from '@/lib/content/site';
import { snippetFiles } from '@/lib/search/build-index';

/*
 * `/search-snippets/<n>.json`: the text snippets of search results come from, a hundred
 * notes to a file, in the order of `/search-index.json`. Fetched for the results shown.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return snippetFiles(siteContent().notes).map((_, at) => ({ file: `${at}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const body = snippetFiles(siteContent().notes)[Number(file.replace(/\.json$/, ''))];
  if (!body) return new Response('not found', { status: 404 });
  return Response.json(body);
}
