/*
 * Ids of new log records. Apart from log.ts (the schemas) so the quiz on a reading page
 * can name its records without loading zod's schemas for them.
 */

/** A unique id for a new record: the time, then randomness passed in. */
export const newId = (now: Date, random: () => number = Math.random): string => `${now.toISOString()}-${random().toString(36).slice(2, 10)}`;

/** A rating's id says what it is, so the same rating saved twice (two tabs, import) is one. */
export const ratingId = (entry: { attemptId: string; at: string; rating: string }): string => `${entry.attemptId}|${entry.at}|${entry.rating}`;
