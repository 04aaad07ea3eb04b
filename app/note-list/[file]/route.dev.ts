import { siteOrder } from '@/lib/content/site';
import { noteCard } from '@/lib/note-card';
import { noteListParts } from '@/lib/note-list/build-note-list';

/*
 * `/note-list/<n>.json` on the dev server only (`.dev.ts`: next.config.mjs reads it in
 * development). A build writes the files straight from the parsed notes after the export
 * (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

const parts = () => noteListParts(siteOrder().newest.map(noteCard));

export function generateStaticParams(): { file: string }[] {
  return parts().map(({ part }) => ({ file: `${part}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const part = parts()[Number(file.replace(/\.json$/, ''))];
  return part ? Response.json(part) : new Response('not found', { status: 404 });
}
