import { noteAnswerKeysSchema, questionBankSchema, type AnswerKey, type BankQuestion, type NoteAnswerKeys } from '@/lib/browser-schema';

/*
 * What the study islands fetch from the static site: the question bank (no answers) when a
 * page starts, and a note's answer keys only when a question is graded. Each file once.
 */

const answerKeys = new Map<string, Promise<NoteAnswerKeys>>();

function fetchJson(url: string): Promise<unknown> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  });
}

export function fetchAnswerKeys(slug: string): Promise<NoteAnswerKeys> {
  const known = answerKeys.get(slug);
  if (known) return known;
  const loading = fetchJson(`/quiz/${encodeURIComponent(slug)}.json`).then((json) => noteAnswerKeysSchema.parse(json));
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

let bank: Promise<BankQuestion[]> | null = null;

export function fetchQuestionBank(): Promise<BankQuestion[]> {
  bank ??= fetchJson('/questions.json').then((json) => questionBankSchema.parse(json).questions);
  bank.catch(() => {
    bank = null;
  });
  return bank;
}
