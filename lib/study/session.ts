import { array, boolean, enum as oneOf, int, iso, number, object, optional, record, string, type infer as Infer } from 'zod/mini';
import { letter } from '../browser-schema';
import type { FinishedSession } from './log';

/*
 * One session model for practice, review and the mock exam: the questions in the order
 * asked, where the student is, what they have answered and for how long. The store keeps
 * the unfinished one of each mode, so a reload resumes it; finishing turns it into a
 * log record (lib/study/log.ts).
 */

export const examSettingsSchema = object({
  count: int(),
  minutesPerQuestion: number(),
  passMark: int(),
  /** The tag filter the questions were drawn from (none: the whole bank); exams saved before it had none. */
  tags: optional(array(string())),
  match: optional(oneOf(['all', 'any'])),
});
export type ExamSettings = Infer<typeof examSettingsSchema>;

export const studySessionSchema = object({
  id: string(),
  mode: oneOf(['practice', 'review', 'exam']),
  questionIds: array(string()),
  /** Index into questionIds of the question on screen. */
  current: int(),
  startedAt: iso.datetime(),
  /** Practice and review: each question's first graded result (a retry does not change it). */
  results: record(string(), boolean()),
  /**
   * Practice and review: each graded question's latest attempt, by its id in the log, so a
   * reload shows the question graded as it was. Sessions saved before it have none.
   */
  graded: optional(record(string(), string())),
  /** Questions whose answer key the student saw before this session asked them. */
  revealed: array(string()),
  /** The exam: the picks so far, graded only at the end. */
  answers: record(string(), array(letter)),
  flagged: array(string()),
  /** Milliseconds spent on each question. */
  timeSpent: record(string(), number()),
  /** The exam only. */
  deadline: optional(iso.datetime()),
  passMark: optional(int()),
  settings: optional(examSettingsSchema),
});
export type StudySession = Infer<typeof studySessionSchema>;

/** A new session over `questionIds`, in that order, starting now. */
export function startSession(mode: StudySession['mode'], questionIds: readonly string[], now: Date, id: string, revealed: readonly string[] = []): StudySession {
  return { id, mode, questionIds: [...questionIds], current: 0, startedAt: now.toISOString(), results: {}, revealed: [...revealed], answers: {}, flagged: [], timeSpent: {} };
}

/** The first graded answer of each question counts; later tries change nothing. */
export function withResult(session: StudySession, questionId: string, correct: boolean): StudySession {
  return questionId in session.results ? session : { ...session, results: { ...session.results, [questionId]: correct } };
}

/** A graded answer: its first result counts, and its attempt is the one a reload shows. */
export function withGraded(session: StudySession, questionId: string, correct: boolean, attemptId: string): StudySession {
  return { ...withResult(session, questionId, correct), graded: { ...session.graded, [questionId]: attemptId } };
}

export function goTo<S extends StudySession>(session: S, index: number): S {
  return { ...session, current: Math.min(session.questionIds.length - 1, Math.max(0, index)) };
}

/** Time on screen, added to the question it was spent on. */
export function withTime<S extends StudySession>(session: S, questionId: string, ms: number): S {
  if (!(ms > 0)) return session;
  return { ...session, timeSpent: { ...session.timeSpent, [questionId]: (session.timeSpent[questionId] ?? 0) + ms } };
}

/** Whether the answer key had been shown for this question before the session asked it, or already in it. */
export const keyShown = (session: Pick<StudySession, 'results' | 'revealed'>, questionId: string): boolean =>
  questionId in session.results || session.revealed.includes(questionId);

/**
 * The session against today's question bank: questions removed from the notes since it
 * started are dropped, so a resumed session never shows a blank. Null when none is left.
 */
export function withKnownQuestions<S extends StudySession>(session: S, known: ReadonlySet<string>): S | null {
  const questionIds = session.questionIds.filter((id) => known.has(id));
  if (questionIds.length === 0) return null;
  if (questionIds.length === session.questionIds.length) return session;
  const currentId = session.questionIds[session.current];
  const at = currentId === undefined ? -1 : questionIds.indexOf(currentId);
  const keep = <V>(entries: Record<string, V>) => Object.fromEntries(Object.entries(entries).filter(([id]) => known.has(id)));
  return {
    ...session,
    questionIds,
    results: keep(session.results),
    ...(session.graded ? { graded: keep(session.graded) } : {}),
    answers: keep(session.answers),
    timeSpent: keep(session.timeSpent),
    flagged: session.flagged.filter((id) => known.has(id)),
    current: at === -1 ? Math.min(session.current, questionIds.length - 1) : at,
  };
}

/** What must hold between a saved session's fields; the first thing that does not, or null. */
export function sessionProblem(session: StudySession): string | null {
  const known = new Set(session.questionIds);
  if (session.questionIds.length === 0) return 'no questions';
  if (session.current < 0 || session.current >= session.questionIds.length) return 'current is outside the session';
  if (known.size !== session.questionIds.length) return 'a question is listed twice';
  if (![...Object.keys(session.answers), ...Object.keys(session.results), ...Object.keys(session.graded ?? {})].every((id) => known.has(id))) return 'an answer to a question not in the session';
  if (!session.flagged.every((id) => known.has(id))) return 'a flag on a question not in the session';
  return null;
}

export type ReadSession = { session: StudySession | null; problem: null | 'corrupt' };

/** A saved session: nothing is none; anything that is not a whole, valid session is a problem, never a crash. */
export function readSession(data: unknown, extraProblem: (session: StudySession) => string | null = () => null): ReadSession {
  if (data === undefined || data === null) return { session: null, problem: null };
  const parsed = studySessionSchema.safeParse(data);
  if (!parsed.success) return { session: null, problem: 'corrupt' };
  return sessionProblem(parsed.data) === null && extraProblem(parsed.data) === null ? { session: parsed.data, problem: null } : { session: null, problem: 'corrupt' };
}

/** A finished practice or review as the log keeps it: the questions answered and how many were right. */
export function finishedSession(session: StudySession, endedAt: Date): FinishedSession | null {
  if (session.mode === 'exam') return null;
  const questionIds = session.questionIds.filter((id) => id in session.results);
  return {
    id: session.id,
    mode: session.mode,
    startedAt: session.startedAt,
    endedAt: endedAt.toISOString(),
    questionIds,
    correct: questionIds.filter((id) => session.results[id]).length,
    total: questionIds.length,
  };
}
