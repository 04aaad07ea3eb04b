import { noteAnswerKeys, noteFileRoute, quizzedNoteFiles } from '@/lib/content/site';

/*
 * `/quiz/<slug>.json` on the dev server only (`.dev.ts`: next.config.mjs reads it in
 * development). A build writes these files straight from the parsed notes after the export
 * (scripts/write-data-files.ts), rather than rendering one route per note.
 */

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = quizzedNoteFiles;
export const GET = noteFileRoute(noteAnswerKeys);
