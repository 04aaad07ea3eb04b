import { noteFileRoute, quizzedNoteFiles } from '@/lib/content/site';
import { noteQuestions } from '@/lib/question-bank/build-bank';

/*
 * `/questions/<slug>.json` (a note's questions as the quiz shows them) on the dev server
 * only (`.dev.ts`: next.config.mjs reads it in development). A build writes these files
 * straight from the parsed notes after the export (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = quizzedNoteFiles;
export const GET = noteFileRoute(noteQuestions);
