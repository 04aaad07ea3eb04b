'use client';

import { useId, useState, type ChangeEvent } from 'react';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { ImportResult } from '@/lib/progress-file';
import { dayKey } from '@/lib/stats';
import { exportFile, importFile } from './progress-transfer';
import { T } from './study-t';
import { StatsSection } from './stats-section';

/*
 * Moving progress between devices: export downloads the saved progress as a JSON file;
 * import reads one, checks it, and merges it with what is here (nothing is overwritten).
 */

const FAILURES: Record<string, MessageKey> = {
  'not-json': 'statsImportNotJson',
  'not-progress-file': 'statsImportNotProgress',
  corrupt: 'statsImportCorrupt',
  'future-version': 'statsImportFuture',
};

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is freed once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function StatsTransfer() {
  const id = useId();
  const [result, setResult] = useState<ImportResult | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      text = '';
    }
    setResult(importFile(text));
    // The same file can be chosen again.
    input.value = '';
  };

  return (
    <StatsSection id={id} heading="statsTransferHeading" className="stats-transfer" testId="stats-transfer">
      <p className="stats-hint">
        <T k="statsTransferHint" />
      </p>
      <div className="stats-transfer-actions">
        <button type="button" className="button button-primary" onClick={() => download(exportFile(), `aws-notes-progress-${dayKey(new Date())}.json`)} data-testid="stats-export">
          <T k="statsExport" />
        </button>
        <div className="stats-import">
          <label htmlFor={`${id}-file`} className="stats-import-label">
            <T k="statsImport" />
          </label>
          <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(event) => void onFile(event)} className="stats-import-input" data-testid="stats-import" />
        </div>
      </div>
      <div role="status" aria-live="polite" className="stats-import-result" data-testid="stats-import-result" data-ok={result ? result.ok : undefined}>
        {result === null ? null : result.ok ? <Added added={result.added} /> : (
          <p className="text-bad">
            <T k="statsImportFailed" /> <T k={FAILURES[result.message] ?? 'statsImportCorrupt'} /> <T k="statsImportKept" />
          </p>
        )}
      </div>
    </StatsSection>
  );
}

function Added({ added }: { added: { attempts: number; sessions: number; ratings: number } }) {
  if (added.attempts + added.sessions + added.ratings === 0) {
    return (
      <p>
        <T k="statsImportNothingNew" />
      </p>
    );
  }
  return (
    <p className="text-good">
      <T k="statsImportDone" /> <T k="statsImportAttempts" /> +{added.attempts}, <T k="statsImportSessions" /> +{added.sessions}, <T k="statsImportRatings" /> +
      {added.ratings}
    </p>
  );
}
