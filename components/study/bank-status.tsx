import { StudyMessage } from '@/components/study/study-message';

/** While the question bank (or the questions to show) loads, or when it could not: the same words on every study page. */
export function BankStatus({ bank, onRetry, testId }: { bank: { kind: 'loading' | 'failed' | 'ready' }; onRetry: () => void; testId: string }) {
  if (bank.kind === 'loading') {
    return (
      <p role="status" data-testid={testId}>
        <StudyMessage k="loadingQuestions" />
      </p>
    );
  }
  if (bank.kind === 'failed') {
    return (
      <div role="alert" className="notice">
        <p>
          <StudyMessage k="studyLoadFailed" />
        </p>
        <button type="button" className="button mt-2" onClick={onRetry}>
          <StudyMessage k="studyRetryLoad" />
        </button>
      </div>
    );
  }
  return null;
}
