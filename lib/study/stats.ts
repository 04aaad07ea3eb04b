import type { BankEntry } from '../question-bank/bank-schema';
import { isKnown, standing } from './standing';
import type { QuestionSummary } from './summary';

/*
 * What /stats and /review show, computed from the per-question summaries (never the whole
 * log) and the question bank. Pure: every function that depends on the day takes `now`,
 * and days are the student's local calendar days.
 */

export type Summaries = ReadonlyMap<string, QuestionSummary>;

/** The bank fields these numbers need. */
export type BankRef = Pick<BankEntry, 'id' | 'fingerprint' | 'slug' | 'title' | 'tags'>;

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
  /** Answers given before the answer was shown: the only ones that say what the student knows. */
  attempts: number;
  correct: number;
  rate: number | null;
  /** Right answers given after the answer was shown: kept, shown, never counted as right. */
  revealedCorrect: number;
  /** Per question, only its newest answer: what the student knows now. */
  questions: number;
  latestCorrect: number;
  latestRate: number | null;
};

export function accuracy(summaries: Summaries): Accuracy {
  let attempts = 0;
  let correct = 0;
  let revealedCorrect = 0;
  let latestCorrect = 0;
  for (const summary of summaries.values()) {
    attempts += summary.clean;
    correct += summary.cleanCorrect;
    if (standing(summary) === 'revealed') revealedCorrect += 1;
    if (isKnown(summary)) latestCorrect += 1;
  }
  return { attempts, correct, rate: rate(correct, attempts), revealedCorrect, questions: summaries.size, latestCorrect, latestRate: rate(latestCorrect, summaries.size) };
}

/** How many of the bank's questions have been answered at least once. */
export function answeredOfBank(summaries: Summaries, bank: readonly BankRef[]): { answered: number; total: number } {
  return { answered: bank.filter((question) => summaries.has(question.id)).length, total: bank.length };
}

/**
 * Consecutive local days with at least one answer, ending today; a streak that reached
 * yesterday still counts until today is over. `days` holds the local days studied.
 */
export function studyStreak(days: ReadonlySet<string>, now: Date): number {
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
  /** Whose newest answer is right, and was given before the answer was shown. */
  mastered: number;
  /**
   * Answered, but the newest answer is wrong or came after the answer was shown: kept apart
   * from the never-answered (total − answered), which a student has simply not reached yet.
   */
  wrong: number;
  share: number;
};

export type NamespaceMastery = { namespace: string; tags: TagMastery[] };

const namespaceOf = (tag: string): string => (tag.includes('/') ? tag.slice(0, tag.indexOf('/')) : tag);

/** Per tag: the share of its bank questions the student knows now. */
export function masteryByTag(summaries: Summaries, bank: readonly BankRef[]): TagMastery[] {
  const byTag = new Map<string, TagMastery>();
  for (const question of bank) {
    const summary = summaries.get(question.id);
    for (const tag of new Set(question.tags)) {
      const entry = byTag.get(tag) ?? { tag, namespace: namespaceOf(tag), total: 0, answered: 0, mastered: 0, wrong: 0, share: 0 };
      entry.total += 1;
      if (summary) entry.answered += 1;
      if (isKnown(summary)) entry.mastered += 1;
      else if (summary) entry.wrong += 1;
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

/** Only the summaries of questions still in the bank: a removed question is never due. */
export function inBank(summaries: Summaries, bank: readonly Pick<BankRef, 'id'>[]): Map<string, QuestionSummary> {
  return new Map(bank.flatMap((question) => (summaries.has(question.id) ? [[question.id, summaries.get(question.id)!] as const] : [])));
}

/** Questions changed in the notes since the student last answered them; their history stays. */
export function editedQuestions(summaries: Summaries, bank: readonly BankRef[]): Set<string> {
  return new Set(bank.filter((question) => summaries.has(question.id) && summaries.get(question.id)?.latest.fingerprint !== question.fingerprint).map((question) => question.id));
}
