import { siteContent } from '@/lib/content/site';
import { bankFiles } from '@/lib/question-bank/build-bank';

/*
 * `/question-bank/<n>.json`, the question bank index's further parts (a vault too big for
 * one file), on the dev server only (`.dev.ts`: next.config.mjs reads it in development).
 * A build writes the files straight from the parsed notes (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

const parts = () => bankFiles(siteContent().notes).parts;

export function generateStaticParams(): { file: string }[] {
  return parts().map(({ part }) => ({ file: `${part}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const part = parts().find((each) => `${each.part}.json` === file);
  return part ? Response.json(part) : new Response('not found', { status: 404 });
}
