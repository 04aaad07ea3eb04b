'use client';

import type { ReactNode } from 'react';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { StoreState } from '@/components/study/progress-store';
import { StudyMessage } from '@/components/study/study-message';
import { StatsSection } from '@/components/stats/stats-section';
import { useStoreRead } from '@/components/study/use-store-read';
import { formatBytes } from '@/lib/bytes';

/*
 * Where the progress lives: whether the browser promised to keep it (persistent storage),
 * how much space it takes, and how many answers are stored. A student with years of
 * answers should know whether the browser may clear them.
 */

const persistedText = (persisted: boolean | null): MessageKey => (persisted === null ? 'statsStorageUnknown' : persisted ? 'statsStorageGranted' : 'statsStorageNotGranted');

/** What the store says about saving that belongs beside the storage figures; the page-wide notice covers the rest. */
const NOTICES: Partial<Record<StoreState['notice'], MessageKey>> = { 'memory-only': 'statsStorageMemoryOnly', 'not-saved': 'statsStorageNotSaved' };

export function StatsStorage({ study }: { study: StoreState | null }) {
  const info = useStoreRead(study?.summaries, (store) => store.storageInfo(), null);
  const notice = study ? NOTICES[study.notice] : undefined;
  return (
    <StatsSection id="stats-storage" heading="statsStorageHeading" className="stats-card" testId="stats-storage">
      <div data-testid="stats-storage-figures" data-answers={info?.answers} data-persisted={info ? String(info.persisted) : undefined}>
        {info === null ? (
          <p className="stats-hint" role="status">
            <StudyMessage k="statsStorageLoading" />
          </p>
        ) : (
          <dl className="stats-storage-list">
            <Row label="statsStoragePersisted" testId="stats-storage-persisted">
              <span className={info.persisted ? 'badge badge-good' : 'badge badge-info'}>
                <StudyMessage k={persistedText(info.persisted)} />
              </span>
            </Row>
            <Row label="statsStorageUsage" testId="stats-storage-usage" className="tabular-nums">
              {info.usage === null ? (
                <StudyMessage k="statsStorageUnknown" />
              ) : info.quota === null ? (
                formatBytes(info.usage)
              ) : (
                <StudyMessage k="statsStorageOf" values={{ usage: formatBytes(info.usage), quota: formatBytes(info.quota) }} />
              )}
            </Row>
            <Row label="statsStorageAnswers" testId="stats-storage-answers" className="tabular-nums">
              <StudyMessage k="statsStorageAnswersCount" values={{ n: info.answers.toLocaleString('en-US') }} />
            </Row>
          </dl>
        )}
      </div>
      {notice ? (
        <p className="notice stats-storage-notice" data-testid="stats-storage-notice" data-notice={study?.notice}>
          <StudyMessage k={notice} />
        </p>
      ) : null}
      <p className="stats-hint stats-storage-hint">
        <StudyMessage k="statsStorageHint" />
      </p>
    </StatsSection>
  );
}

function Row({ label, testId, className, children }: { label: MessageKey; testId: string; className?: string; children: ReactNode }) {
  return (
    <div>
      <dt>
        <StudyMessage k={label} />
      </dt>
      <dd className={className} data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
