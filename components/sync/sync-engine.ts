import { pushBatches, PUSH_BATCH } from '@/lib/sync/push-plan';
import { readSettingsDoc, settingsDoc, settingsMove, type StampedSettings } from '@/lib/sync/settings-doc';
import { SETTINGS_DOC_ID, recordDocs, recordsFromDocs, type DocProblem } from '@/lib/sync/sync-docs';
import type { ScheduleSettings } from '@/lib/study/schedule-settings';
import type { LogRecords } from '@/lib/study/transfer';
import { fetchDocs, getDoc, pullChanges, pushDocs, putDoc, type Couch, type Result } from '@/components/sync/couch-client';
import type { SyncState } from '@/components/sync/sync-state';

/*
 * Sync stage 5, one round: pull what the server has that this device lacks, then push
 * what the server lacks. Restartable anywhere: each pull page is written to the log before
 * its checkpoint is saved, each push batch marked held only once the server stored it, and
 * a record sent or received twice is the same record, merged by id. Nothing is deleted on
 * either side.
 */

/** The study log as the sync sees it: the store's whole log, and a merge of records from elsewhere. */
export type SyncLog = {
  allRecords: () => Promise<LogRecords>;
  /** `settle: false`: the summaries wait for `settle()`, once the whole pull is in. */
  addRecords: (records: LogRecords, options?: { settle?: boolean }) => Promise<unknown>;
  settle?: () => Promise<void>;
};

export type SyncReport = { pulled: number; pushed: number; problems: DocProblem[] };

/** Ids per pull page: each page is one `_changes`, one `_all_docs` and one write transaction. */
const PULL_PAGE = 2000;

const count = (records: LogRecords) => records.attempts.length + records.ratings.length + records.sessions.length + records.marks.length;

export async function syncOnce(couch: Couch, log: SyncLog, state: SyncState, send: typeof fetch = fetch, batch = PUSH_BATCH): Promise<Result<SyncReport>> {
  const report: SyncReport = { pulled: 0, pushed: 0, problems: [] };
  const pulled = await pull(couch, log, state, send, report);
  // Settled even when the pull stopped part-way: what came in shows, and the rest comes next round.
  if (report.pulled > 0 && log.settle) await log.settle();
  if (!pulled.ok) return pulled;
  return push(couch, log, state, send, batch, report);
}

async function pull(couch: Couch, log: SyncLog, state: SyncState, send: typeof fetch, report: SyncReport): Promise<Result<null>> {
  let since = await state.since();
  const held = await state.held();
  for (;;) {
    const page = await pullChanges(couch, since, PULL_PAGE, send);
    if (!page.ok) return page;
    const docs = await fetchDocs(couch, page.value.ids.filter((id) => !held.has(id)), send);
    if (!docs.ok) return docs;
    const { records, problems } = recordsFromDocs(docs.value);
    if (count(records) > 0) await log.addRecords(records, { settle: !log.settle });
    await state.markHeld(page.value.ids);
    await state.setSince(page.value.lastSeq);
    report.pulled += count(records);
    report.problems.push(...problems);
    since = page.value.lastSeq;
    if (!page.value.more) return { ok: true, value: null };
  }
}

async function push(couch: Couch, log: SyncLog, state: SyncState, send: typeof fetch, batch: number, report: SyncReport): Promise<Result<SyncReport>> {
  const held = await state.held();
  for (const docs of pushBatches(recordDocs(await log.allRecords()), held, batch)) {
    const pushed = await pushDocs(couch, docs, send);
    if (!pushed.ok) return pushed;
    await state.markHeld(pushed.value.stored);
    report.pushed += pushed.value.stored.length;
    if (pushed.value.refused.length > 0) return { ok: false, error: 'server-error' };
  }
  return { ok: true, value: report };
}

/** The schedule settings as the sync sees them: the store's, stamped, and a merge that takes only newer ones. */
export type SyncSettings = {
  settingsRecord: () => Promise<StampedSettings | null>;
  mergeSettings: (settings: ScheduleSettings, updatedAt: string) => Promise<boolean>;
};

/**
 * The settings document, newest `updatedAt` winning: read, then sent whichever way is
 * newer. A push names the revision just read, so one that lost a race to another device
 * is a conflict, left to the next round to settle with the newer document. A document
 * that does not read (another version of the app, a hand edit) is never overwritten, as
 * it may hold a newer release's settings, and the local ones stay: the round goes on, as
 * it does past a record that does not read, and says `unreadable` for the runner to tell.
 */
export async function syncSettings(couch: Couch, local: SyncSettings, send: typeof fetch = fetch): Promise<Result<'pushed' | 'pulled' | 'none' | 'unreadable'>> {
  const got = await getDoc(couch, SETTINGS_DOC_ID, send);
  if (!got.ok) return got;
  const remote = got.value === null ? null : readSettingsDoc(got.value);
  if (got.value !== null && !remote) return { ok: true, value: 'unreadable' };
  const mine = await local.settingsRecord();
  const move = settingsMove(mine, remote);
  if (move === 'push' && mine) {
    const put = await putDoc(couch, settingsDoc(mine.settings, mine.updatedAt, remote?.rev), send);
    if (!put.ok) return put;
    return { ok: true, value: put.value === 'stored' ? 'pushed' : 'none' };
  }
  if (move === 'pull' && remote) return { ok: true, value: (await local.mergeSettings(remote.settings, remote.updatedAt)) ? 'pulled' : 'none' };
  return { ok: true, value: 'none' };
}
