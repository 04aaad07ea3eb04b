/**
 * Exam questions: one 10-minute step, so a wrong answer comes back within the session
 * and a clean "good" leaves for days at once (FSRS's own default adds a second step that
 * brings "good" back the same day); 90 % retention, FSRS's standard; and at most half a
 * year between reviews, since a certification is studied for months, not decades.
 * Apart from the schema (which checks this against its type), so a page that only shows
 * them carries no zod.
 */
export const DEFAULT_SETTINGS: { retention: number; learningSteps: string[]; maximumInterval: number } = { retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 };
