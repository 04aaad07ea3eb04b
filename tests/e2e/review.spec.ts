import { expect, test, type Page } from '@playwright/test';
import { answerOnNote, FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot, seriousViolations } from './helpers';
import { seedLegacyProgress, studyDump } from './study-db';

const GLUE_Q = 'etl-glue-minimal-operations--q1';
const FIREHOSE_Q = 'kinesis-firehose-destinations--q1';

const saved = (page: Page) => studyDump(page);

test.describe('spaced review', () => {
  test('nothing answered: nothing due, and the way to practice or the notes', async ({ page }) => {
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('review-start')).toHaveCount(0);
    const empty = page.getByTestId('review-empty');
    await expect(empty).toContainText('아직 푼 문제가 없습니다');
    await expect(empty.getByRole('link', { name: '연습 문제 풀기' })).toHaveAttribute('href', '/practice/');
    await expect(empty.getByRole('link', { name: '노트 둘러보기' })).toHaveAttribute('href', '/');
  });

  test('the review queue after answering: a wrong answer is due today, an "easy" one is not', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await expect(page.getByTestId('quiz-status')).toContainText('오답입니다');
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await expect(page.getByTestId('quiz-status')).toContainText('정답입니다');
    await page.getByTestId('rate-easy').click();
    await expect(page.getByTestId('rating-bar')).toContainText('평가를 저장했습니다');

    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('review-due-count')).toContainText('1');

    // Next due per note: the wrong one today, the easy one on a later date; each links to its note.
    const notes = page.getByTestId('review-note');
    await expect(notes).toHaveCount(2);
    const glue = page.locator('[data-slug="etl-glue-minimal-operations"]');
    await expect(glue).toHaveAttribute('data-due-today', '1');
    await expect(glue.getByTestId('review-due-date')).toHaveAttribute('data-today', 'true');
    await expect(glue.getByTestId('review-due-date')).toContainText('오늘');
    await expect(glue.getByRole('link')).toHaveAttribute('href', GLUE_NOTE);
    const firehose = page.locator('[data-slug="kinesis-firehose-destinations"]');
    await expect(firehose).toHaveAttribute('data-due-today', '0');
    const later = firehose.getByTestId('review-due-date');
    await expect(later).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
    const due = new Date((await later.getAttribute('datetime')) ?? '');
    const endOfToday = new Date();
    endOfToday.setHours(23, 59, 59, 999);
    expect(due.getTime()).toBeGreaterThan(endOfToday.getTime());
    // Soonest first.
    await expect(notes.first()).toHaveAttribute('data-slug', 'etl-glue-minimal-operations');
    await saveScreenshot(page, 'review-desktop-light');

    // Serve the queue: the one due question, answered right and rated easy this time.
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('review-position')).toContainText('1 / 1');
    await expect(run.getByTestId('review-position')).toBeFocused();
    await expect(run.getByTestId('review-note-link')).toHaveAttribute('href', GLUE_NOTE);
    await expect(run.getByTestId('review-next')).toBeDisabled();
    await run.getByRole('radio', { name: /^A\./ }).check();
    await run.getByTestId('quiz-submit').click();
    await expect(run.getByTestId('quiz-status')).toContainText('정답입니다');
    await run.getByTestId('rate-easy').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'review-question-desktop-light');
    await run.getByTestId('review-next').click();

    const done = page.getByTestId('review-done');
    await expect(done.getByTestId('review-done-score')).toHaveAttribute('data-correct', '1');
    await expect(done.getByTestId('review-done-score')).toHaveAttribute('data-total', '1');
    await done.getByTestId('review-back').click();
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('review-due')).toContainText('오늘은 복습할 문제가 없습니다');

    // The attempt was saved as a review, and the review as a session.
    const progress = await saved(page);
    expect(progress.attempts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ questionId: GLUE_Q, correct: false, mode: 'note' }),
        expect.objectContaining({ questionId: FIREHOSE_Q, correct: true, mode: 'note' }),
        expect.objectContaining({ questionId: GLUE_Q, correct: true, mode: 'review' }),
      ]),
    );
    expect(progress.sessions).toEqual([expect.objectContaining({ mode: 'review', correct: 1, total: 1, questionIds: [GLUE_Q] })]);

    // Still nothing due after a reload: the schedule is replayed from what was saved.
    await page.reload();
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '0');
  });

  test('several due questions are served one by one; stopping early saves what was answered', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '2');
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('review-position')).toContainText('1 / 2');
    await run.getByRole('radio', { name: /^C\./ }).check();
    await run.getByTestId('quiz-submit').click();
    await expect(run.getByTestId('quiz-status')).toContainText('오답입니다');
    await run.getByTestId('review-next').click();
    await expect(run.getByTestId('review-position')).toContainText('2 / 2');
    await expect(run.getByTestId('quiz')).toHaveAttribute('data-phase', 'answering');
    await run.getByTestId('review-stop').click();
    await expect(page.getByTestId('review-done-score')).toHaveAttribute('data-total', '1');
    await expect(page.getByTestId('review-done-score')).toHaveAttribute('data-correct', '0');
    expect((await saved(page)).sessions).toEqual([expect.objectContaining({ mode: 'review', correct: 0, total: 1 })]);
  });

  test('an unfinished review resumes after a reload at the same question', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.goto('/review/');
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await run.getByRole('radio', { name: /^C\./ }).check();
    await run.getByTestId('quiz-submit').click();
    await run.getByTestId('review-next').click();
    await expect(run.getByTestId('review-position')).toContainText('2 / 2');
    // The save is a write in flight: wait for it, as a reload in the same milliseconds could beat it.
    await expect.poll(async () => (await saved(page)).open.find((session) => session.mode === 'review')?.current).toBe(1);

    await page.reload();
    await expect(page.getByTestId('review-run').getByTestId('review-position')).toContainText('2 / 2');
    await expect(page.getByTestId('review-run').getByTestId('quiz')).toHaveAttribute('data-phase', 'answering');
    await page.getByTestId('review-stop').click();
    await expect(page.getByTestId('review-done-score')).toHaveAttribute('data-total', '1');
    await expect.poll(async () => (await saved(page)).sessions.length).toBe(1);
    expect((await saved(page)).open).toEqual([]);
  });

  test('a question edited since it was answered keeps its history and is marked', async ({ page }) => {
    const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const attempt = { id: 'seeded-1', questionId: GLUE_Q, fingerprint: 'an-older-wording', chosen: ['B'], correct: false, at, mode: 'note' };
    await seedLegacyProgress(page, { version: 2, attempts: [attempt], ratings: [], sessions: [] });
    await page.goto('/review/');
    const note = page.locator('[data-slug="etl-glue-minimal-operations"]');
    await expect(note.getByTestId('review-edited')).toHaveText(/문제가 수정됨/);
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '1');
    await page.getByTestId('review-start').click();
    await expect(page.getByTestId('review-run').getByTestId('review-edited')).toBeVisible();
  });

  test('screenshots in dark mode and on a 360 px phone; axe finds nothing serious', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await page.getByTestId('rate-easy').click();

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '1');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-desktop-dark');

    await page.getByTestId('review-start').click();
    await page.getByTestId('review-run').getByRole('radio', { name: /^A\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('rating-bar')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'review-question-desktop-dark');

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/review/');
    // The review left unfinished resumes; stopping it leads back to the overview.
    await expect(page.getByTestId('review-run')).toBeVisible();
    await page.getByTestId('review-stop').click();
    await page.getByTestId('review-back').click();
    await expect(page.getByTestId('review-note')).toHaveCount(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'review-phone-dark');

    await page.emulateMedia({ colorScheme: 'light' });
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase('aws-notes');
          request.onsuccess = request.onerror = () => resolve(null);
        }),
    );
    await page.reload();
    await expect(page.getByTestId('review-empty')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
