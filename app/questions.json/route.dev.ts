import { siteContent } from '@/lib/content/site';
import { bankFiles } from '@/lib/question-bank/build-bank';

/*
 * `/questions.json`, the question bank's index, on the dev server only (`.dev.ts`: next.config.mjs reads it in
 * development). A build writes the file straight from the parsed notes after the export
 * (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';

export function GET(): Response {
  return Response.json(bankFiles(siteContent().notes).index);
}
