/**
 * How the schedule is computed (schedule.ts, summary.ts). Bump it with any change there, to the
 * default settings or to what a summary holds (3: its count of wrong answers; 4: the four
 * ratings' intervals always read strictly longer one after the other): stored
 * summaries built under another version are rebuilt from the log when the store opens.
 * (A student's own change of settings rebuilds them at once.)
 */
export const SCHEDULE_VERSION = 4;
