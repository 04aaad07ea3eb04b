import type { BankEntry } from '../question-bank/bank-schema';
import { isCorrect } from '../quiz';
import { splitTag, tagNamespaces } from '../tags';
import type { Attempt, FinishedSession } from './log';
import { matchesTags, shuffled } from './practice';
import { startSession, type ExamSettings, type StudySession } from './session';

export type { ExamSettings };

/*
 * The mock exam, as pure rules: picking the questions, the clock, the scaled score, the
 * breakdown by tag, and the finished exam's record. An exam in progress is a study session
 * (lib/study/session.ts) that the store keeps, so a reload resumes it; the browser side
 * (timers, screens) lives in components/exam-*.tsx.
 */

export { LEGACY_EXAM_KEY } from './storage-names';
export const EXAM_BACKUP_PREFIX = 'aws-notes/exam/backup/';

/** The real AWS exams: 65 questions, 130 minutes, 720 of 1000 to pass. */
export const DEFAULT_COUNT = 65;
export const DEFAULT_MINUTES_PER_QUESTION = 2;
export const DEFAULT_PASS_MARK = 720;
export const MIN_SCORE = 100;
export const MAX_SCORE = 1000;
export const MAX_MINUTES_PER_QUESTION = 30;

/** An exam in progress: the shared session model with its clock and pass mark set. */
export type Exam = StudySession & { mode: 'exam'; deadline: string; passMark: number; settings: ExamSettings };

export const isExam = (session: StudySession): session is Exam =>
  session.mode === 'exam' && session.deadline !== undefined && session.passMark !== undefined && session.settings !== undefined;

/** What the setup form starts with: the real exam's numbers, or every question when the bank is smaller. */
export function defaultSettings(bankSize: number): ExamSettings {
  return { count: Math.max(1, Math.min(DEFAULT_COUNT, bankSize)), minutesPerQuestion: DEFAULT_MINUTES_PER_QUESTION, passMark: DEFAULT_PASS_MARK };
}

export type SettingsProblem = 'count' | 'minutesPerQuestion' | 'passMark';

/** The setup form's values checked against the bank; every field that is out of range is named. */
export function checkSettings(input: ExamSettings, bankSize: number): { ok: true; settings: ExamSettings } | { ok: false; problems: SettingsProblem[] } {
  const problems: SettingsProblem[] = [];
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > bankSize) problems.push('count');
  if (!Number.isFinite(input.minutesPerQuestion) || input.minutesPerQuestion <= 0 || input.minutesPerQuestion > MAX_MINUTES_PER_QUESTION) problems.push('minutesPerQuestion');
  if (!Number.isInteger(input.passMark) || input.passMark < MIN_SCORE || input.passMark > MAX_SCORE) problems.push('passMark');
  return problems.length === 0 ? { ok: true, settings: input } : { ok: false, problems };
}

const MINUTE = 60_000;

/**
 * The questions an exam may draw from: those with all (or any) of the chosen tags, so a
 * student preparing for one certification never gets another's. No tags: the whole bank.
 */
export function examPool<Q extends Pick<BankEntry, 'tags'>>(bank: readonly Q[], settings: Pick<ExamSettings, 'tags' | 'match'>): Q[] {
  return bank.filter((question) => matchesTags(question, settings.tags ?? [], settings.match ?? 'all'));
}

/** A new exam: `settings.count` questions (at most the whole pool) in random order from its tag filter's pool; the clock starts now. */
export function createExam(bank: readonly Pick<BankEntry, 'id' | 'tags'>[], settings: ExamSettings, now: Date, random: () => number): Exam {
  const pool = examPool(bank, settings);
  const questionIds = shuffled(
    pool.map((question) => question.id),
    random,
  ).slice(0, Math.max(1, Math.min(settings.count, pool.length)));
  const minutes = questionIds.length * settings.minutesPerQuestion;
  return {
    id: `${now.toISOString()}-${Math.floor(random() * 1e9).toString(36)}`,
    mode: 'exam',
    questionIds,
    current: 0,
    startedAt: now.toISOString(),
    results: {},
    revealed: [],
    answers: {},
    flagged: [],
    timeSpent: {},
    deadline: new Date(now.getTime() + Math.round(minutes * MINUTE)).toISOString(),
    passMark: settings.passMark,
    settings: { ...settings, count: questionIds.length },
  };
}

/** Milliseconds left, from the saved deadline: a reload or a closed tab does not stop the clock. */
export function remainingMs(exam: Pick<Exam, 'deadline'>, now: Date): number {
  return Math.max(0, Date.parse(exam.deadline) - now.getTime());
}

/** `m:ss`, or `h:mm:ss` from an hour up; seconds round up so the clock reads 0:00 only when time is out. */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The clock stays calm (no colour, nothing spoken) until only this part of the exam's time is left. */
export const URGENT_FRACTION = 0.1;

export function isUrgent(ms: number, totalMs: number): boolean {
  return ms <= totalMs * URGENT_FRACTION;
}

/** The minutes-left marks a screen reader hears, once each, instead of every second. */
export const TIME_WARNINGS = [10, 5, 1] as const;
export type TimeWarning = 'urgent' | (typeof TIME_WARNINGS)[number];

/**
 * The latest warning reached, or null while the clock is calm: 'urgent' on entering the
 * last tenth of the time, then each of 10, 5 and 1 minutes left that falls inside it (a
 * 30-minute exam turns urgent at 3:00 and speaks again only at 1:00).
 */
export function timeWarning(ms: number, totalMs: number): TimeWarning | null {
  if (!isUrgent(ms, totalMs)) return null;
  let reached: TimeWarning = 'urgent';
  for (const mark of TIME_WARNINGS) if (ms <= mark * MINUTE && mark * MINUTE < totalMs * URGENT_FRACTION) reached = mark;
  return reached;
}

/*
 * The scaled score. AWS reports 100–1000 and does not publish its scaling; this app maps
 * the fraction answered correctly linearly onto that range and rounds to a whole number:
 * 100 + 900 × correct / total. None right is 100, all right is 1000, half is 550, and the
 * default pass mark of 720 needs 620/900 ≈ 68.9% right. An empty exam scores 100.
 */
export function scaledScore(correct: number, total: number): number {
  if (total <= 0) return MIN_SCORE;
  const fraction = Math.min(1, Math.max(0, correct / total));
  return Math.round(MIN_SCORE + (MAX_SCORE - MIN_SCORE) * fraction);
}

export function passed(score: number, passMark: number): boolean {
  return score >= passMark;
}

/** A question counts as answered once it has as many picks as it asks for. */
export function isAnswered(chosen: readonly string[] | undefined, selectCount = 1): boolean {
  return (chosen?.length ?? 0) >= Math.max(1, selectCount);
}

export type QuestionStatus = { answered: boolean; flagged: boolean };

export function questionStatus(exam: Pick<Exam, 'answers' | 'flagged'>, questionId: string, selectCount = 1): QuestionStatus {
  return { answered: isAnswered(exam.answers[questionId], selectCount), flagged: exam.flagged.includes(questionId) };
}

export type ReviewCounts = { answered: number; unanswered: number; flagged: number };

/** For the review screen. `selectCount` tells how many picks each question asks for (one when unknown). */
export function reviewCounts(exam: Pick<Exam, 'questionIds' | 'answers' | 'flagged'>, selectCount: (questionId: string) => number = () => 1): ReviewCounts {
  const answered = exam.questionIds.filter((id) => isAnswered(exam.answers[id], selectCount(id))).length;
  return { answered, unanswered: exam.questionIds.length - answered, flagged: exam.questionIds.filter((id) => exam.flagged.includes(id)).length };
}

/* Moving around an exam: each returns a new exam, for saving. */

export function setAnswer(exam: Exam, questionId: string, chosen: readonly string[]): Exam {
  return { ...exam, answers: { ...exam.answers, [questionId]: [...chosen] } };
}

export function toggleFlag(exam: Exam, questionId: string): Exam {
  const flagged = exam.flagged.includes(questionId) ? exam.flagged.filter((id) => id !== questionId) : [...exam.flagged, questionId];
  return { ...exam, flagged };
}

/* Grading, all or nothing per question; an unanswered question is wrong. */

export type QuestionResult = { questionId: string; chosen: string[]; answers: string[]; correct: boolean };

export function gradeExam(exam: Pick<Exam, 'questionIds' | 'answers'>, answerKeys: ReadonlyMap<string, readonly string[]>): QuestionResult[] {
  return exam.questionIds.map((questionId) => {
    const chosen = [...(exam.answers[questionId] ?? [])];
    const answers = [...(answerKeys.get(questionId) ?? [])];
    return { questionId, chosen, answers, correct: answers.length > 0 && isCorrect(chosen, answers) };
  });
}

/**
 * What a finished exam adds to the log: an attempt per answered question (an unanswered
 * one was never tried, so it is not an attempt) and the session with its full result.
 */
export function examRecords(
  exam: Exam,
  results: readonly QuestionResult[],
  fingerprints: ReadonlyMap<string, string>,
  timedOut: boolean,
  now: Date,
  newId: (now: Date) => string,
): { attempts: Attempt[]; session: FinishedSession } {
  const at = now.toISOString();
  const attempts: Attempt[] = results
    .filter((result) => result.chosen.length > 0)
    .map((result) => ({
      id: newId(now),
      questionId: result.questionId,
      fingerprint: fingerprints.get(result.questionId) ?? '',
      chosen: result.chosen,
      correct: result.correct,
      at,
      mode: 'exam',
      revealed: exam.revealed.includes(result.questionId),
    }));
  const correct = results.filter((result) => result.correct).length;
  const score = scaledScore(correct, results.length);
  return {
    attempts,
    session: {
      id: exam.id,
      mode: 'exam',
      startedAt: exam.startedAt,
      endedAt: at,
      questionIds: [...exam.questionIds],
      correct,
      total: results.length,
      scaledScore: score,
      passed: passed(score, exam.passMark),
      exam: {
        answers: Object.fromEntries(exam.questionIds.map((id) => [id, [...(exam.answers[id] ?? [])]])),
        flagged: [...exam.flagged],
        keys: Object.fromEntries(results.map((result) => [result.questionId, [...result.answers]])),
        timeSpent: { ...exam.timeSpent },
        deadline: exam.deadline,
        passMark: exam.passMark,
        timedOut,
      },
    },
  };
}

/** A finished exam as its results show it, live or reopened from the log. */
export type ExamReport = {
  id: string;
  endedAt: string;
  results: QuestionResult[];
  correct: number;
  score: number;
  passMark: number;
  passed: boolean;
  timedOut: boolean;
  /** Milliseconds on each question. */
  timeSpent: Record<string, number>;
};

/** The report of a logged exam, graded against the keys saved with it; null for practice, review, or an exam logged before full results were kept. */
export function examReport(session: FinishedSession): ExamReport | null {
  if (session.mode !== 'exam' || !session.exam) return null;
  const { answers, keys, passMark, timedOut, timeSpent } = session.exam;
  const results = gradeExam({ questionIds: session.questionIds, answers }, new Map(Object.entries(keys)));
  const correct = results.filter((result) => result.correct).length;
  const score = scaledScore(correct, results.length);
  return { id: session.id, endedAt: session.endedAt, results, correct, score, passMark, passed: passed(score, passMark), timedOut, timeSpent: { ...timeSpent } };
}

/**
 * "Retake the missed ones": a practice of exactly the questions not right (unanswered
 * included), in the exam's order. Their keys were shown with the results, so they count
 * as revealed, as practice's own "retry missed" does. Null when none was missed.
 */
export function retakeSession(results: readonly Pick<QuestionResult, 'questionId' | 'correct'>[], now: Date, id: string): StudySession | null {
  const missed = results.filter((result) => !result.correct).map((result) => result.questionId);
  return missed.length === 0 ? null : startSession('practice', missed, now, id, missed);
}

export type BreakdownRow = { tag: string; value: string; correct: number; total: number };

/**
 * Right answers per tag under one namespace (`service` → service/glue, service/s3, …).
 * A question counts once in every row its note is tagged with; questions with no tag in
 * the namespace are in no row. Rows sort by most questions, then by name.
 */
export function breakdown(questions: readonly Pick<BankEntry, 'id' | 'tags'>[], results: readonly Pick<QuestionResult, 'questionId' | 'correct'>[], namespace: string): BreakdownRow[] {
  const correctById = new Map(results.map((result) => [result.questionId, result.correct]));
  const rows = new Map<string, BreakdownRow>();
  for (const question of questions) {
    const correct = correctById.get(question.id);
    if (correct === undefined) continue;
    for (const tag of new Set(question.tags)) {
      const split = splitTag(tag);
      if (split.namespace !== namespace) continue;
      const row = rows.get(tag) ?? { tag, value: split.value, correct: 0, total: 0 };
      rows.set(tag, { ...row, correct: row.correct + (correct ? 1 : 0), total: row.total + 1 });
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.value.localeCompare(b.value));
}

/** The namespaces the exam's questions are tagged with, in the order the rest of the site uses. */
export function examNamespaces(questions: readonly Pick<BankEntry, 'tags'>[]): string[] {
  return tagNamespaces(questions).map((each) => each.namespace);
}

/** What must hold in a saved exam beyond the session's own rules; the first thing that does not, or null. */
export function examProblem(session: StudySession): string | null {
  if (session.mode !== 'exam') return null;
  if (!isExam(session)) return 'an exam without its clock or pass mark';
  if (Date.parse(session.deadline) < Date.parse(session.startedAt)) return 'the deadline is before the start';
  if (session.passMark < MIN_SCORE || session.passMark > MAX_SCORE) return 'the pass mark is outside 100–1000';
  const settings = checkSettings(session.settings, Number.POSITIVE_INFINITY);
  return settings.ok ? null : `bad settings: ${settings.problems.join(', ')}`;
}
