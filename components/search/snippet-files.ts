import { SNIPPETS_PER_FILE, snippetFileSchema } from '@/lib/search/search-schema';
import { fetchJson } from '@/components/study/study-data';

/*
 * The snippet files (`/search-snippets/<n>.json`: each note's key point or first
 * paragraph, by its position in the site), each fetched once per page. Search results and
 * link previews both read them; neither loads the search index for it. A failed fetch is
 * forgotten, so trying again fetches again.
 */

const snippetFiles = new Map<number, Promise<readonly string[]>>();

function fetchSnippetFile(file: number): Promise<readonly string[]> {
  const known = snippetFiles.get(file);
  if (known) return known;
  const loading = fetchJson(`/search-snippets/${file}.json`).then((json) => snippetFileSchema.parse(json).snippets);
  loading.catch(() => snippetFiles.delete(file));
  snippetFiles.set(file, loading);
  return loading;
}

/** The snippet source of each note id; notes whose file failed are left out. */
export async function fetchSnippets(ids: readonly number[]): Promise<Map<number, string>> {
  const files = [...new Set(ids.map((id) => Math.floor(id / SNIPPETS_PER_FILE)))];
  const loaded = await Promise.all(files.map((file) => fetchSnippetFile(file).then((snippets) => ({ file, snippets }), () => ({ file, snippets: [] }))));
  const out = new Map<number, string>();
  for (const { file, snippets } of loaded) {
    snippets.forEach((text, at) => out.set(file * SNIPPETS_PER_FILE + at, text));
  }
  return out;
}
