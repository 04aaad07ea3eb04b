'use client';

import { useId, useState, type ChangeEvent } from 'react';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import { dayKey } from '@/lib/study/stats';
import { studyStore, type Added, type ImportOutcome, type ImportStep } from '@/components/study/progress-store';
import { StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';

/*
 * Moving progress between devices: export downloads the whole log as a JSON file
 * (version 4); import reads a file of any version, checks it, and adds what is not here
 * yet (nothing is overwritten). A file of years of answers takes seconds: the store
 * yields between chunks, and the bar shows how far it has come.
 */

const FAILURES: Record<Extract<ImportOutcome, { ok: false }>['problem'], MessageKey> = {
  'not-json': 'statsImportNotJson',
  truncated: 'statsImportTruncated',
  'not-progress-file': 'statsImportNotProgress',
  corrupt: 'statsImportCorrupt',
  'future-version': 'statsImportFuture',
};

const PHASES: Record<ImportStep['phase'], MessageKey> = { reading: 'statsImportReading', saving: 'statsImportSaving', summarising: 'statsImportSummarising' };

const count = (value: number): string => value.toLocaleString('en-US');

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

async function readFile(file: File): Promise<string> {
  try {
    return await file.text();
  } catch {
    // Unreadable (moved, no permission): reported like any file that is not JSON.
    return '';
  }
}

export function StatsTransfer() {
  const id = useId();
  const [step, setStep] = useState<ImportStep | null>(null);
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [result, setResult] = useState<ImportOutcome | null>(null);

  const onExport = async () => {
    setBusy('export');
    try {
      download(await studyStore().exportText(), `aws-notes-progress-${dayKey(new Date())}.json`);
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file can be chosen again.
    input.value = '';
    if (!file) return;
    setBusy('import');
    setResult(null);
    setStep({ phase: 'reading', done: 0, total: 0 });
    try {
      setResult(await studyStore().importText(await readFile(file), setStep));
    } finally {
      setStep(null);
      setBusy(null);
    }
  };

  return (
    <StatsSection id={id} heading="statsTransferHeading" className="stats-transfer" testId="stats-transfer">
      <p className="stats-hint">
        <StudyMessage k="statsTransferHint" />
      </p>
      <div className="stats-transfer-actions">
        <button type="button" className="button button-primary" onClick={() => void onExport()} disabled={busy !== null} data-testid="stats-export">
          <StudyMessage k={busy === 'export' ? 'statsExporting' : 'statsExport'} />
        </button>
        <div className="stats-import">
          {/* A file input cannot be styled: it is hidden visually (still focusable), and its label is the button. */}
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            onChange={(event) => void onFile(event)}
            disabled={busy !== null}
            aria-describedby={`${id}-file-hint`}
            className="stats-import-input"
            data-testid="stats-import"
          />
          <label htmlFor={`${id}-file`} className="button stats-import-label">
            <StudyMessage k="statsImport" />
          </label>
          <span id={`${id}-file-hint`} className="stats-import-hint">
            <StudyMessage k="statsImportFileHint" />
          </span>
        </div>
      </div>
      {step ? <ImportProgress id={`${id}-bar`} step={step} /> : null}
      <div role="status" aria-live="polite" className="stats-import-result" data-testid="stats-import-result" data-ok={result ? String(result.ok) : undefined}>
        {result === null ? null : result.ok ? <AddedLine added={result.added} /> : <Failure problem={result.problem} detail={result.detail} />}
      </div>
    </StatsSection>
  );
}

/** The phase and how far it has come; the bar is indeterminate until the phase knows its total. */
function ImportProgress({ id, step }: { id: string; step: ImportStep }) {
  const known = step.total > 0;
  return (
    <div className="stats-import-progress" data-testid="stats-import-progress" data-phase={step.phase}>
      <label htmlFor={id} className="stats-import-phase">
        <StudyMessage k={PHASES[step.phase]} />
        {known ? (
          <span className="count">
            {' '}
            {count(step.done)} / {count(step.total)}
          </span>
        ) : null}
      </label>
      <progress id={id} className="stats-import-bar" max={known ? step.total : undefined} value={known ? step.done : undefined} />
    </div>
  );
}

function Failure({ problem, detail }: { problem: keyof typeof FAILURES; detail: string }) {
  return (
    <div className="text-bad">
      <p>
        <StudyMessage k="statsImportFailed" /> <StudyMessage k={FAILURES[problem]} />
      </p>
      {problem === 'corrupt' && detail !== '' ? (
        <p className="stats-import-detail">
          <StudyMessage k="statsImportWhere" /> <code data-testid="stats-import-detail">{detail}</code>
        </p>
      ) : null}
      <p className="stats-import-kept">
        <StudyMessage k="statsImportKept" />
      </p>
    </div>
  );
}

function AddedLine({ added }: { added: Added }) {
  if (added.attempts + added.sessions + added.ratings + added.marks === 0) {
    return (
      <p>
        <StudyMessage k="statsImportNothingNew" />
      </p>
    );
  }
  return (
    <p className="text-good">
      <StudyMessage k="statsImportDone" /> <StudyMessage k="statsImportAttempts" /> +{count(added.attempts)}, <StudyMessage k="statsImportSessions" /> +{count(added.sessions)}, <StudyMessage k="statsImportRatings" /> +
      {count(added.ratings)}, <StudyMessage k="statsImportMarks" /> +{count(added.marks)}
    </p>
  );
}
