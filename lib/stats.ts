import type { Progress, Session } from './browser-schema';
import type { BankQuestion } from './study-schema';
import { endOfDay, schedules } from './schedule';
import { latestAttempts } from './progress';

/*
 * What /stats and /review show, computed from the saved progress and the question bank.
 * Pure: every function that depends on the day takes `now`, and days are the student's
 * local calendar days.
 */

/** The bank fields these numbers need. */
export type BankRef = Pick<BankQuestion, 'id' | 'fingerprint' | 'slug' | 'title' | 'tags'>;

const rate = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** A local calendar day as 'YYYY-MM-DD'. */
export function dayKey(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local time as 'YYYY-MM-DD HH:mm'. */
export function localDateTime(date: Date): string {
  return `${dayKey(date)} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** `date` moved by whole local days (DST-safe: calendar arithmetic, not 24-hour steps). */
export function addDays(date: Date, days: number): Date {
  const moved = new Date(date);
  moved.setDate(moved.getDate() + days);
  return moved;
}

export type Accuracy = {
  /** Every attempt ever made. */
  attempts: number;
  correct: number;
  rate: number | null;
  /** Per question, only its newest attempt: what the student knows now. */
  questions: number;
  latestCorrect: number;
  latestRate: number | null;
};

export function accuracy(progress: Progress): Accuracy {
  const correct = progress.attempts.filter((attempt) => attempt.correct).length;
  const latest = [...latestAttempts(progress).values()];
  const latestCorrect = latest.filter((attempt) => attempt.correct).length;
  return {
    attempts: progress.attempts.length,
    correct,
    rate: rate(correct, progress.attempts.length),
    questions: latest.length,
    latestCorrect,
    latestRate: rate(latestCorrect, latest.length),
  };
}

/** How many of the bank's questions have been answered at least once. */
export function answeredOfBank(progress: Progress, bank: readonly BankRef[]): { answered: number; total: number } {
  const answered = new Set(progress.attempts.map((attempt) => attempt.questionId));
  return { answered: bank.filter((question) => answered.has(question.id)).length, total: bank.length };
}

/**
 * Consecutive local days with at least one attempt, ending today; a streak that reached
 * yesterday still counts until today is over.
 */
export function studyStreak(progress: Progress, now: Date): number {
  const days = new Set(progress.attempts.map((attempt) => dayKey(new Date(attempt.at))));
  let day = days.has(dayKey(now)) ? now : addDays(now, -1);
  let streak = 0;
  while (days.has(dayKey(day))) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}

export type TagMastery = {
  tag: string;
  namespace: string;
  /** Bank questions with the tag. */
  total: number;
  answered: number;
  /** Whose newest attempt is correct. */
  mastered: number;
  share: number;
};

export type NamespaceMastery = { namespace: string; tags: TagMastery[] };

const namespaceOf = (tag: string): string => (tag.includes('/') ? tag.slice(0, tag.indexOf('/')) : tag);

/** Per tag: the share of its bank questions whose newest attempt is correct. */
export function masteryByTag(progress: Progress, bank: readonly BankRef[]): TagMastery[] {
  const latest = latestAttempts(progress);
  const byTag = new Map<string, TagMastery>();
  for (const question of bank) {
    const attempt = latest.get(question.id);
    for (const tag of new Set(question.tags)) {
      const entry = byTag.get(tag) ?? { tag, namespace: namespaceOf(tag), total: 0, answered: 0, mastered: 0, share: 0 };
      entry.total += 1;
      if (attempt) entry.answered += 1;
      if (attempt?.correct) entry.mastered += 1;
      entry.share = entry.mastered / entry.total;
      byTag.set(tag, entry);
    }
  }
  return [...byTag.values()];
}

/** Tags grouped by namespace (the biggest namespace first), best-known tags first in each. */
export function masteryByNamespace(mastery: readonly TagMastery[]): NamespaceMastery[] {
  const groups = new Map<string, TagMastery[]>();
  for (const entry of mastery) groups.set(entry.namespace, [...(groups.get(entry.namespace) ?? []), entry]);
  return [...groups]
    .map(([namespace, tags]) => ({
      namespace,
      tags: [...tags].sort((a, b) => b.share - a.share || b.answered - a.answered || b.total - a.total || a.tag.localeCompare(b.tag)),
    }))
    .sort((a, b) => b.tags.length - a.tags.length || a.namespace.localeCompare(b.namespace));
}

/** Only the attempts at questions still in the bank: a removed question is never due. */
export function inBank(progress: Progress, bank: readonly BankRef[]): Progress {
  const ids = new Set(bank.map((question) => question.id));
  return { ...progress, attempts: progress.attempts.filter((attempt) => ids.has(attempt.questionId)) };
}

export type DueDay = { day: string; date: Date; count: number };

/** Reviews falling due on each of the next `days` local days; today also holds the overdue. */
export function dueByDay(progress: Progress, now: Date, days: number): DueDay[] {
  const dues = [...schedules(progress).values()].map((entry) => entry.due.getTime());
  const result: DueDay[] = [];
  let from = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < days; index += 1) {
    const date = addDays(now, index);
    const until = endOfDay(date).getTime();
    result.push({ day: dayKey(date), date, count: dues.filter((due) => due > from && due <= until).length });
    from = until;
  }
  return result;
}

/** Finished sessions, newest first. */
export function recentSessions(progress: Progress, count: number): Session[] {
  return [...progress.sessions].sort((a, b) => (a.endedAt < b.endedAt ? 1 : a.endedAt > b.endedAt ? -1 : 0)).slice(0, count);
}

/** Questions changed in the notes since the student last answered them; their history stays. */
export function editedQuestions(progress: Progress, bank: readonly BankRef[]): Set<string> {
  const latest = latestAttempts(progress);
  return new Set(bank.filter((question) => latest.has(question.id) && latest.get(question.id)?.fingerprint !== question.fingerprint).map((question) => question.id));
}

export type NoteDue = {
  slug: string;
  title: string;
  /** The earliest due date among the note's answered questions. */
  due: Date;
  /** How many of its questions are due by the end of today. */
  dueToday: number;
  answered: number;
  edited: boolean;
};

/** Every note with an answered question, soonest due first. */
export function nextDueByNote(progress: Progress, bank: readonly BankRef[], now: Date): NoteDue[] {
  const scheduled = schedules(inBank(progress, bank));
  const edited = editedQuestions(progress, bank);
  const limit = endOfDay(now).getTime();
  const notes = new Map<string, NoteDue>();
  for (const question of bank) {
    const schedule = scheduled.get(question.id);
    if (!schedule) continue;
    const known = notes.get(question.slug);
    const entry = known ?? { slug: question.slug, title: question.title, due: schedule.due, dueToday: 0, answered: 0, edited: false };
    if (schedule.due < entry.due) entry.due = schedule.due;
    if (schedule.due.getTime() <= limit) entry.dueToday += 1;
    entry.answered += 1;
    entry.edited ||= edited.has(question.id);
    notes.set(question.slug, entry);
  }
  return [...notes.values()].sort((a, b) => a.due.getTime() - b.due.getTime() || a.title.localeCompare(b.title));
}
