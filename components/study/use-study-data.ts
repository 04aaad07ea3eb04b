'use client';

import type { StoreState } from '@/components/study/progress-store';
import { useStudyState } from '@/components/study/progress-client';
import { useQuestionBank, type BankState } from '@/components/study/use-question-bank';

/*
 * What /review and /stats start from: the per-question summaries (never the whole log)
 * and the question bank. Loading until both are there.
 */

export type { BankState };

export function useStudyData(): { study: StoreState | null; bank: BankState; reload: () => void } {
  const study = useStudyState();
  const { bank, reload } = useQuestionBank();
  const ready = study?.status === 'ready';
  return { study: ready ? study : null, bank: bank.kind === 'ready' && !ready ? { kind: 'loading' } : bank, reload };
}
