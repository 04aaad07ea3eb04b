import { iso, literal, object, optional, string, type infer as Infer } from 'zod/mini';
import { scheduleSettingsSchema, type ScheduleSettings } from '@/lib/study/schedule-settings';
import { SETTINGS_DOC_ID } from '@/lib/sync/sync-docs';

/*
 * Sync stage 1, the one mutable document: the schedule settings, a single CouchDB
 * document every device of the student writes. Unlike a record it changes, so two
 * devices do not merge it: the newest `updatedAt` wins whole, on the server and in each
 * device's store.
 */

/** Settings as a device saved them, with when: what the store keeps and the document carries. */
export const stampedSettingsSchema = object({ settings: scheduleSettingsSchema, updatedAt: iso.datetime() });
export type StampedSettings = Infer<typeof stampedSettingsSchema>;

const settingsDocSchema = object({ ...stampedSettingsSchema.shape, _id: literal(SETTINGS_DOC_ID), _rev: optional(string()) });

export type SettingsDoc = { _id: typeof SETTINGS_DOC_ID; _rev?: string; settings: ScheduleSettings; updatedAt: string };

/** The document to write; `rev` the server's current one, when it has the document. */
export function settingsDoc(settings: ScheduleSettings, updatedAt: string, rev?: string): SettingsDoc {
  return rev === undefined ? { _id: SETTINGS_DOC_ID, settings, updatedAt } : { _id: SETTINGS_DOC_ID, _rev: rev, settings, updatedAt };
}

/** Saved settings with their time, or null when the value is not that (never changed, written by an earlier release, damaged). */
export function readStampedSettings(value: unknown): StampedSettings | null {
  const parsed = stampedSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The server's settings document, or null when it does not read as one (another version of the app, a hand edit). */
export function readSettingsDoc(value: unknown): (StampedSettings & { rev: string | undefined }) | null {
  const parsed = settingsDocSchema.safeParse(value);
  return parsed.success ? { settings: parsed.data.settings, updatedAt: parsed.data.updatedAt, rev: parsed.data._rev } : null;
}

/** Whether `time` is strictly later than `than`: compared as instants, so two spellings of one time are equal. */
export function isNewer(time: string, than: string): boolean {
  return Date.parse(time) > Date.parse(than);
}

/** Which way the settings go: the newer side's to the other; neither when they are as new (or neither side has any). */
export function settingsMove(local: Pick<StampedSettings, 'updatedAt'> | null, remote: Pick<StampedSettings, 'updatedAt'> | null): 'push' | 'pull' | 'none' {
  if (local && (!remote || isNewer(local.updatedAt, remote.updatedAt))) return 'push';
  if (remote && (!local || isNewer(remote.updatedAt, local.updatedAt))) return 'pull';
  return 'none';
}
