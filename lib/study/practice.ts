import type { BankEntry } from '../question-bank/bank-schema';
import { hasTag } from '../tags';
import type { MarksByQuestion } from './marks';
import { endOfDay } from './due';
import { standing } from './standing';
import type { QuestionSummary } from './summary';

/*
 * Practice sessions: which questions match the student's filters, which of them a session
 * asks and in what order, and the summary at the end. Pure: the random source and the
 * clock are passed in, so tests can pin them.
 */

export type TagMatch = 'all' | 'any';

/** Where the questions come from: all, or the student's own marks and misses. */
export const PRACTICE_SOURCES = ['all', 'flagged', 'missed', 'suspended'] as const;
export type PracticeSource = (typeof PRACTICE_SOURCES)[number];

/** Every "only" filter narrows the set (AND); no tags chosen means every question. */
export type PracticeFilters = {
  tags: string[];
  match: TagMatch;
  unanswered: boolean;
  wrong: boolean;
  due: boolean;
  source: PracticeSource;
};

export const DEFAULT_FILTERS: PracticeFilters = { tags: [], match: 'all', unanswered: false, wrong: false, due: false, source: 'all' };
export const DEFAULT_COUNT = 10;

type Tagged = Pick<BankEntry, 'id' | 'tags'>;

export function matchesTags(question: Pick<BankEntry, 'tags'>, tags: readonly string[], match: TagMatch): boolean {
  if (tags.length === 0) return true;
  return match === 'all' ? tags.every((tag) => hasTag(question, tag)) : tags.some((tag) => hasTag(question, tag));
}

/** Whether a question is in the chosen source; "missed" is answered wrong at least once, anywhere. */
function inSource(source: PracticeSource, summary: QuestionSummary | undefined, marks: MarksByQuestion, id: string): boolean {
  if (source === 'missed') return (summary?.wrong ?? 0) > 0;
  if (source === 'flagged') return marks.get(id)?.flagged === true;
  if (source === 'suspended') return marks.get(id)?.suspended === true;
  return true;
}

/**
 * The bank's questions that pass every filter, in bank order. "Wrong" is every answered
 * question not known: its newest answer was wrong, or right only after the answer was shown.
 */
export function matchQuestions<Q extends Tagged>(bank: readonly Q[], summaries: ReadonlyMap<string, QuestionSummary>, filters: PracticeFilters, now: Date, marks: MarksByQuestion = new Map()): Q[] {
  const dueBy = endOfDay(now).toISOString();
  return bank.filter((question) => {
    if (!matchesTags(question, filters.tags, filters.match)) return false;
    const summary = summaries.get(question.id);
    if (!inSource(filters.source, summary, marks, question.id)) return false;
    const state = standing(summary);
    if (filters.unanswered && state !== 'none') return false;
    if (filters.wrong && (state === 'none' || state === 'correct')) return false;
    // Due as review counts it (due.ts): by the end of today, never a suspended question.
    if (filters.due && (marks.get(question.id)?.suspended === true || !(summary && summary.due <= dueBy))) return false;
    return true;
  });
}

/** What the student asked for, within 1…available (0 when nothing matches); junk asks for the default. */
export function clampCount(requested: number, available: number): number {
  if (available <= 0) return 0;
  const wanted = Number.isFinite(requested) ? Math.floor(requested) : DEFAULT_COUNT;
  return Math.min(Math.max(wanted, 1), available);
}

/** A uniform shuffle on a copy: draw each next item from what is left. `random` returns [0, 1) like Math.random. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const pool = [...items];
  const result: T[] = [];
  while (pool.length > 0) {
    const at = Math.min(Math.max(Math.floor(random() * pool.length), 0), pool.length - 1);
    result.push(...pool.splice(at, 1));
  }
  return result;
}

/** The session's questions: shuffled first (so any of the matches can be drawn), then cut to the count. */
export function pickSession<Q>(matches: readonly Q[], count: number, shuffle: boolean, random: () => number = Math.random): Q[] {
  const ordered = shuffle ? shuffled(matches, random) : [...matches];
  return ordered.slice(0, clampCount(count, matches.length));
}

/** Each question's first graded answer in the session: a retry does not change the score. */
export type SessionResults = Readonly<Record<string, boolean>>;

export type TagScore = { tag: string; correct: number; total: number };

/** Weakest first: the lowest share right, then the most questions, then by name. */
export const weakestFirst = (a: TagScore, b: TagScore): number => a.correct * b.total - b.correct * a.total || b.total - a.total || a.tag.localeCompare(b.tag);
export type PracticeSummary<Q> = { correct: number; total: number; percent: number; byTag: TagScore[]; missed: Q[] };

/**
 * The score, the score per tag weakest first, and the missed questions. `sessionTags` are
 * the tags the session was chosen by: when given, only they are scored (a question's other
 * tags say nothing about what the student set out to practise).
 */
export function summarise<Q extends Tagged>(questions: readonly Q[], results: SessionResults, sessionTags: readonly string[] = []): PracticeSummary<Q> {
  const scores = new Map<string, TagScore>();
  for (const question of questions) {
    const right = results[question.id] === true;
    const tags = sessionTags.length > 0 ? sessionTags.filter((tag) => hasTag(question, tag)) : question.tags;
    for (const tag of tags) {
      const score = scores.get(tag) ?? { tag, correct: 0, total: 0 };
      scores.set(tag, { tag, correct: score.correct + (right ? 1 : 0), total: score.total + 1 });
    }
  }
  const correct = questions.filter((question) => results[question.id] === true).length;
  const total = questions.length;
  return {
    correct,
    total,
    percent: total === 0 ? 0 : Math.round((correct / total) * 100),
    byTag: [...scores.values()].sort(weakestFirst),
    missed: questions.filter((question) => results[question.id] !== true),
  };
}
