import { DEFAULT_SETTINGS as DEFAULTS } from './default-settings';
import { array, int, maxLength, maximum, minimum, number, object, refine, regex, string, type infer as Infer } from 'zod/mini';

/*
 * The schedule settings a student can change: how sure they want to be of remembering a
 * question when it comes back (desired retention), the short steps a new or forgotten
 * question goes through the same day, and the longest gap between two reviews.
 */

/** A learning step as ts-fsrs writes it: minutes or hours, always within the day. */
const STEP = /^(\d{1,4})([mh])$/;
/** Steps of a day or more are no longer steps but reviews: FSRS schedules those itself. */
const DAY_MINUTES = 1440;
export const MAX_STEPS = 5;
export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;
export const INTERVAL_RANGE = { min: 1, max: 36500 } as const;

export const learningStepSchema = string().check(regex(STEP));

export const scheduleSettingsSchema = object({
  retention: number().check(minimum(RETENTION_RANGE.min), maximum(RETENTION_RANGE.max)),
  learningSteps: array(learningStepSchema.check(refine((step) => stepMinutes(step) >= 1 && stepMinutes(step) < DAY_MINUTES, 'a step must be within a day'))).check(maxLength(MAX_STEPS)),
  maximumInterval: int().check(minimum(INTERVAL_RANGE.min), maximum(INTERVAL_RANGE.max)),
});

export type ScheduleSettings = Infer<typeof scheduleSettingsSchema>;

export const DEFAULT_SETTINGS: ScheduleSettings = DEFAULTS;

/** A step's length in minutes; NaN when it is not a step. */
export function stepMinutes(step: string): number {
  const match = STEP.exec(step);
  if (!match) return Number.NaN;
  return Number(match[1]) * (match[2] === 'h' ? 60 : 1);
}

/** Stored settings, or the defaults when there are none or they cannot be read. */
export function readSettings(value: unknown): ScheduleSettings {
  const parsed = scheduleSettingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** What the settings form holds: the text of each field. */
export type SettingsForm = { retention: string; learningSteps: string; maximumInterval: string };
export type SettingsField = keyof SettingsForm;
export type SettingsResult = { ok: true; settings: ScheduleSettings } | { ok: false; fields: SettingsField[] };

export function settingsToForm(settings: ScheduleSettings): SettingsForm {
  return {
    retention: String(Math.round(settings.retention * 100)),
    learningSteps: settings.learningSteps.join(' '),
    maximumInterval: String(settings.maximumInterval),
  };
}

/** The form's text as settings: retention in percent, steps separated by spaces or commas, the interval in days. */
export function parseSettingsForm(form: SettingsForm): SettingsResult {
  const retention = form.retention.trim() === '' ? Number.NaN : Number(form.retention) / 100;
  const maximumInterval = form.maximumInterval.trim() === '' ? Number.NaN : Number(form.maximumInterval);
  const learningSteps = form.learningSteps
    .split(/[\s,]+/)
    .filter((step) => step !== '')
    .map((step) => step.toLowerCase());
  const parsed = scheduleSettingsSchema.safeParse({ retention, learningSteps, maximumInterval });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const fields = new Set(parsed.error.issues.map((issue) => issue.path[0]));
  return { ok: false, fields: (['retention', 'learningSteps', 'maximumInterval'] as const).filter((field) => fields.has(field)) };
}
