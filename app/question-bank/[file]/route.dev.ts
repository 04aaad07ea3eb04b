import { siteContent } from '@/lib/content/site';
import { bankFiles } from '@/lib/question-bank/build-bank';
import { jsonPartRoute } from '@/app/json-part-route';

/*
 * `/question-bank/<n>.json`, the question bank index's further parts (a vault too big for one file), on the dev server only (`.dev.ts`: next.config.mjs reads it in development). A
 * build writes the files straight from the parsed notes (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = jsonPartRoute(() => bankFiles(siteContent().notes).parts);
