import { answerKeysHref } from '@/lib/links';
import type { AnswerKey, NoteAnswerKeys } from '@/lib/browser-schema';

/*
 * A note's answer keys, fetched from the static site only when a question is graded, and
 * each file once. (The question bank is in question-bank.ts: only study pages load it.)
 * The schema (and zod with it) loads beside the file, so a note page's first load carries
 * neither.
 */

const answerKeys = new Map<string, Promise<NoteAnswerKeys>>();

export function fetchJson(url: string): Promise<unknown> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  });
}

export function fetchAnswerKeys(slug: string): Promise<NoteAnswerKeys> {
  const known = answerKeys.get(slug);
  if (known) return known;
  const loading = Promise.all([fetchJson(answerKeysHref(slug)), import('@/lib/browser-schema')]).then(([json, { noteAnswerKeysSchema }]) =>
    noteAnswerKeysSchema.parse(json),
  );
  loading.catch(() => answerKeys.delete(slug));
  answerKeys.set(slug, loading);
  return loading;
}

export async function fetchAnswerKey(slug: string, questionId: string): Promise<AnswerKey> {
  const keys = await fetchAnswerKeys(slug);
  const key = keys.questions.find((each) => each.id === questionId);
  if (!key) throw new Error(`no answer key for ${questionId}`);
  return key;
}
