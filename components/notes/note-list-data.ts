import { noteListPartHref } from '@/lib/links';
import { noteListPartSchema } from '@/lib/note-list/note-list-schema';
import { joinNoteList } from '@/lib/note-list/read-note-list';
import { browsableList, type BrowsableList } from '@/lib/note-list/browsable-list';
import { fetchJson } from '@/components/study/study-data';

/*
 * The home page's whole note list, fetched (every part at once) the first time the student
 * filters, sorts or scrolls past the first screen, and kept for the page's life. Loaded
 * with import() by use-note-list.ts, so the home page's first load carries neither this nor
 * the schema. A failed fetch is forgotten, so trying again fetches again.
 */

let list: Promise<BrowsableList> | null = null;

export function fetchNoteList(parts: number): Promise<BrowsableList> {
  if (list) return list;
  const loading = Promise.all(Array.from({ length: parts }, (_, part) => fetchJson(noteListPartHref(part)).then((json) => noteListPartSchema.parse(json)))).then((files) =>
    browsableList(joinNoteList(files, parts)),
  );
  loading.catch(() => {
    list = null;
  });
  list = loading;
  return loading;
}
