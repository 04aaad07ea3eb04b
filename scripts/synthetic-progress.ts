/*
 * A synthetic progress file for the progress benchmark: a version 2 export (the format the
 * first release wrote and the README documents) of years of daily study over the site's
 * real questions. Version 2, because that is what a long-time student's file is today.
 * Deterministic, so every run imports the same answers.
 */
import type { BankQuestion } from '../lib/question-bank/bank-schema';
import { random } from './synthetic-search';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Two years of daily study is about 40,000 answers: 55 a day. */
const ANSWERS_PER_DAY = 55;
const MAX_DAYS = 730;
const CORRECT_SHARE = 0.7;
const RATED_SHARE = 0.5;
/** Pressed a few seconds after the answer, as a student does. */
const RATING_DELAY_MS = 4_000;
const MODES = ['note', 'note', 'practice', 'practice', 'review', 'exam'] as const;
/** Students press "good" most, "again" least. */
const RATINGS = ['again', 'hard', 'good', 'good', 'good', 'easy'] as const;

type V2Attempt = { id: string; questionId: string; fingerprint: string; chosen: string[]; correct: boolean; at: string; mode: (typeof MODES)[number] };
type V2Rating = { attemptId: string; rating: (typeof RATINGS)[number]; at: string };
export type SyntheticFile = { text: string; attempts: number; ratings: number; days: number };

/** How many days `answers` answers take at a steady daily pace, at most two years. */
export const studyDays = (answers: number): number => Math.min(MAX_DAYS, Math.max(1, Math.ceil(answers / ANSWERS_PER_DAY)));

function pickOf(next: () => number) {
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] ?? list[0]!;
}

/** The ids the first release made: the moment, then eight random base-36 characters. */
function attemptId(at: string, next: () => number): string {
  return `${at}-${Math.floor(next() * 36 ** 8)
    .toString(36)
    .padStart(8, '0')}`;
}

/** A pick of the question's own letters, as many as it asks for; whether it is right is drawn apart. */
function chosenLetters(question: BankQuestion, next: () => number): string[] {
  const letters = question.options.map((option) => option.letter);
  const chosen = new Set<string>();
  const wanted = Math.min(Math.max(1, question.selectCount), letters.length);
  while (chosen.size < wanted) chosen.add(pickOf(next)(letters));
  return [...chosen].sort();
}

/**
 * `answers` attempts, oldest first, spread evenly (with jitter) over the days that many
 * answers take, ending at `now`; about 70% right, and about half the right ones rated.
 */
export function syntheticProgressFile(questions: readonly BankQuestion[], answers: number, now: Date): SyntheticFile {
  if (questions.length === 0) throw new Error('no questions to answer');
  const next = random(answers);
  const pick = pickOf(next);
  const days = studyDays(answers);
  const start = now.getTime() - days * DAY_MS;
  const step = (days * DAY_MS) / answers;
  const attempts: V2Attempt[] = [];
  const ratings: V2Rating[] = [];
  for (let index = 0; index < answers; index += 1) {
    const question = pick(questions);
    const at = new Date(Math.floor(start + (index + next() * 0.9) * step)).toISOString();
    const attempt: V2Attempt = {
      id: attemptId(at, next),
      questionId: question.id,
      fingerprint: question.fingerprint,
      chosen: chosenLetters(question, next),
      correct: next() < CORRECT_SHARE,
      at,
      mode: pick(MODES),
    };
    attempts.push(attempt);
    if (attempt.correct && next() < RATED_SHARE) {
      ratings.push({ attemptId: attempt.id, rating: pick(RATINGS), at: new Date(Date.parse(at) + RATING_DELAY_MS).toISOString() });
    }
  }
  const progress = { version: 2, attempts, ratings, sessions: [] };
  const text = `${JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress })}\n`;
  return { text, attempts: attempts.length, ratings: ratings.length, days };
}
