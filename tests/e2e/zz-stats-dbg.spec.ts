import { test } from '@playwright/test';
import { seedLegacyProgress } from './study-db';
type BankQuestion = { id: string; fingerprint: string };
test('dbg', async ({ page }) => {
  page.on('console', (m) => console.log('console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  const bank: { questions: BankQuestion[] } = await (await page.request.get('/questions.json')).json();
  await seedLegacyProgress(page, weekOfStudy(bank.questions.slice(0, 12)));
  await page.goto('/stats/');
  await page.waitForTimeout(6000);
  console.log(await page.getByTestId('stats-dashboard').getAttribute('data-ready'));
  console.log(await page.evaluate(() => JSON.stringify(Object.keys(localStorage))));
  await page.goto('/review/');
  await page.waitForTimeout(4000);
  console.log('review', await page.getByTestId('review-due-count').getAttribute('data-count'));
  await page.goto('/stats/');
  await page.waitForTimeout(6000);
  console.log(await page.getByTestId('stats-dashboard').getAttribute('data-ready'));
  console.log(await page.evaluate(async () => JSON.stringify(await indexedDB.databases())));
});
/** A local time `daysAgo` days before `now`, at `hour` o'clock. */
function dayAt(now: Date, daysAgo: number, hour: number): string {
  const date = new Date(now);
  date.setDate(date.getDate() - daysAgo);
  date.setHours(hour, 0, 0, 0);
  return date.toISOString();
}

/**
 * Progress as the first releases saved it (version 2): four days of study on twelve
 * questions (15 attempts, 11 right, 9 rated), and four sessions.
 */
function weekOfStudy(questions: BankQuestion[]) {
  const now = new Date();
  const plan: [number, boolean, string | null][] = [
    [3, true, 'easy'],
    [3, true, 'good'],
    [3, false, null],
    [2, true, 'easy'],
    [2, true, 'hard'],
    [2, false, null],
    [1, true, 'easy'],
    [1, true, 'easy'],
    [1, true, 'good'],
    [0, true, 'easy'],
    [0, true, 'hard'],
    [0, false, null],
  ];
  const attempts = [];
  const ratings = [];
  for (const [index, question] of questions.entries()) {
    const [daysAgo, correct, rating] = plan[index] ?? [0, true, null];
    const id = `seed-${index}`;
    const at = dayAt(now, daysAgo, 9);
    attempts.push({ id, questionId: question.id, fingerprint: question.fingerprint, chosen: ['A'], correct, at, mode: 'practice' });
    if (rating) ratings.push({ attemptId: id, rating, at });
  }
  // Three questions answered again today: one of them wrong again.
  for (const [index, correct] of [[2, true], [5, false], [11, true]] as const) {
    const question = questions[index];
    if (question) attempts.push({ id: `seed-again-${index}`, questionId: question.id, fingerprint: question.fingerprint, chosen: ['A'], correct, at: dayAt(now, 0, 11), mode: 'review' });
  }
  const session = (id: string, mode: string, daysAgo: number, correct: number, total: number, exam?: { scaledScore: number; passed: boolean }) => ({
    id,
    mode,
    startedAt: dayAt(now, daysAgo, 8),
    endedAt: dayAt(now, daysAgo, 10),
    questionIds: [],
    correct,
    total,
    ...exam,
  });
  const sessions = [
    session('s1', 'practice', 3, 2, 3),
    session('s2', 'exam', 2, 52, 65, { scaledScore: 780, passed: true }),
    session('s3', 'exam', 1, 38, 65, { scaledScore: 640, passed: false }),
    session('s4', 'review', 0, 2, 3),
  ];
  return { version: 2, attempts, ratings, sessions };
}

