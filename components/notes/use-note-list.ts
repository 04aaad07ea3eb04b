import { useEffect, useState } from 'react';
import type { BrowsableList } from '@/lib/note-list/browsable-list';

/*
 * The whole note list, once `wanted`: loaded (note-list-data.ts) the first time, and kept
 * for the page's life, so coming back to the home page draws the list at once.
 */

let loaded: BrowsableList | null = null;

export type NoteListState = { list: BrowsableList | null; failed: boolean; retry: () => void };

export function useNoteList(parts: number, wanted: boolean): NoteListState {
  const [list, setList] = useState<BrowsableList | null>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || list) return;
    let live = true;
    import('@/components/notes/note-list-data')
      .then(({ fetchNoteList }) => fetchNoteList(parts))
      .then(
        (fetched) => {
          loaded = fetched;
          if (live) setList(fetched);
        },
        () => {
          if (live) setFailed(true);
        },
      );
    return () => {
      live = false;
    };
  }, [wanted, list, parts, attempt]);
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
  };
  return { list, failed, retry };
}
