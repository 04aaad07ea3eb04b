import { siteOrder } from '@/lib/content/site';
import { noteCard } from '@/lib/note-card';
import { noteListParts } from '@/lib/note-list/build-note-list';
import { jsonPartRoute } from '@/app/json-part-route';

/*
 * `/note-list/<n>.json`, the home page's note list in parts, on the dev server only (`.dev.ts`: next.config.mjs reads it in development). A
 * build writes the files straight from the parsed notes (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export const { generateStaticParams, GET } = jsonPartRoute(() => noteListParts(siteOrder().newest.map(noteCard)));
