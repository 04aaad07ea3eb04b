import { quizzedNoteFiles, quizzedNoteOfFile } from '@/lib/content/site';
import { noteQuestions } from '@/lib/question-bank/build-bank';

/*
 * `/questions/<slug>.json` (a note's questions as the quiz shows them) on the dev server
 * only (`.dev.ts`: next.config.mjs reads it in development). A build writes these files
 * straight from the parsed notes after the export (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = quizzedNoteFiles;

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const note = quizzedNoteOfFile((await params).file);
  return note ? Response.json(noteQuestions(note)) : new Response('not found', { status: 404 });
}
