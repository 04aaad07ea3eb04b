import { questionBankSchema, type BankQuestion } from '@/lib/study-schema';
import { fetchJson } from '@/components/study/study-data';

/* The question bank (`/questions.json`, no answers), fetched once when a study page starts. */

let bank: Promise<BankQuestion[]> | null = null;

export function fetchQuestionBank(): Promise<BankQuestion[]> {
  bank ??= fetchJson('/questions.json').then((json) => questionBankSchema.parse(json).questions);
  bank.catch(() => {
    bank = null;
  });
  return bank;
}
