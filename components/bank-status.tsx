import type { BankState } from './use-study-data';
import { T } from './study-t';

/** While the question bank loads, or when it could not: the same words on every study page. */
export function BankStatus({ bank, onRetry, testId }: { bank: BankState; onRetry: () => void; testId: string }) {
  if (bank.kind === 'loading') {
    return (
      <p role="status" data-testid={testId}>
        <T k="loadingQuestions" />
      </p>
    );
  }
  if (bank.kind === 'failed') {
    return (
      <div role="alert" className="notice">
        <p>
          <T k="studyLoadFailed" />
        </p>
        <button type="button" className="button mt-2" onClick={onRetry}>
          <T k="studyRetryLoad" />
        </button>
      </div>
    );
  }
  return null;
}
