import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerOnNote, FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot, seriousViolations, setTheme, siteEntries, type SiteEntry } from './helpers';
import { seedLegacyProgress, studyDump } from './study-db';

const GLUE_Q = 'etl-glue-minimal-operations--q1';
const FIREHOSE_Q = 'kinesis-firehose-destinations--q1';

const saved = (page: Page) => studyDump(page);
const inner = { useInnerText: true };

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
    // Due again after the 10-minute learning step: later today, with its time.
    await expect(glue.getByTestId('review-due-date')).toHaveText(/^오늘 \d{2}:\d{2}$/, inner);
    await expect(glue.getByRole('link')).toHaveAttribute('href', GLUE_NOTE);
    const firehose = page.locator('[data-slug="kinesis-firehose-destinations"]');
    await expect(firehose).toHaveAttribute('data-due-today', '0');
    const later = firehose.getByTestId('review-due-date');
    await expect(later).toHaveText(/^\d{4}-\d{2}-\d{2}$/, inner);
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
    // The note's title would give the answer away: it shows only once graded.
    await expect(run.getByTestId('review-note-link')).toHaveCount(0);
    await expect(run.getByTestId('review-next')).toBeDisabled();
    // The keys work at once, the focus still on the card's heading.
    await page.keyboard.press('a');
    await expect(run.getByRole('radio', { name: /^A\./ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(run.getByTestId('quiz-status')).toContainText('정답입니다');
    await expect(run.getByTestId('review-note-link')).toHaveAttribute('href', GLUE_NOTE);
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
    // The card is named by its place in the round.
    await expect(run.locator('.quiz-legend')).toContainText('문제 2', { useInnerText: true });
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
    const run = page.getByTestId('review-run');
    await run.getByRole('radio', { name: /^A\./ }).check();
    await run.getByTestId('quiz-submit').click();
    await expect(run.getByTestId('review-edited')).toBeVisible();
  });

  test('screenshots in dark mode and on a 360 px phone; axe finds nothing serious', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await page.getByTestId('rate-easy').click();
    // Leaving the page before the rating's write lands would lose it.
    await expect(page.getByTestId('rating-bar')).toContainText('평가를 저장했습니다');

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

/* Issue 11: review that hides the answer, the rating row, schedule settings, due times, the nav count. */

async function bankQuestion(page: Page, id: string): Promise<SiteEntry> {
  const question = (await siteEntries(page)).find((each) => each.id === id);
  if (!question) throw new Error(`question ${id} is not in the bank`);
  return question;
}

/** The right letters of the question on screen, from the same answer-key file the quiz fetches. */
async function rightLetters(page: Page, run: Locator, questionId: string | null): Promise<string[]> {
  const question = await bankQuestion(page, questionId ?? '');
  const keys: { questions: { id: string; answers: string[] }[] } = await (await page.request.get(`/quiz/${encodeURIComponent(question.slug)}.json`)).json();
  await expect(run.getByTestId('quiz')).toHaveAttribute('data-phase', 'answering');
  return keys.questions.find((each) => each.id === question.id)?.answers ?? [];
}

/** From the run's heading (where each question starts), Tab into the quiz, type the letters and Enter: keyboard only. */
async function answerByKeys(page: Page, run: Locator, letters: string[]): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(run.getByTestId('quiz').locator(':focus')).toHaveCount(1);
  for (const letter of letters) await page.keyboard.press(letter.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(run.getByTestId('quiz')).toHaveAttribute('data-phase', 'graded');
}

/** Answers seen two days ago, wrong: due now. */
function dueNow(questionIds: string[]) {
  const at = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const attempts = questionIds.map((questionId, index) => ({ id: `seeded-${index}`, questionId, fingerprint: 'seeded', chosen: ['B'], correct: false, at, mode: 'note' }));
  return { version: 2, attempts, ratings: [], sessions: [] };
}

test.describe('review and rating (issue 11)', () => {
  test('the note’s title and tags stay hidden until the question is graded', async ({ page }) => {
    const glue = await bankQuestion(page, GLUE_Q);
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await page.goto('/review/');
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('review-note-hidden')).toContainText('채점 후에 보입니다');
    await expect(run).not.toContainText(glue.title);
    for (const tag of glue.tags) await expect(run).not.toContainText(tag);
    await expect(run.getByTestId('review-note-tags')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-hidden-desktop-light');

    await run.getByRole('radio', { name: /^C\./ }).check();
    await run.getByTestId('quiz-submit').click();
    await expect(run.getByTestId('review-note-hidden')).toHaveCount(0);
    await expect(run.getByTestId('review-note-link')).toHaveText(glue.title);
    await expect(run.getByTestId('review-note-tags')).toContainText(glue.tags[0] ?? '');
    await expect(run.getByTestId('review-note-link')).toHaveAttribute('href', GLUE_NOTE);
    const tags = run.getByTestId('review-note-tags').getByRole('link');
    await expect(tags).toHaveCount(glue.tags.length);
    await expect(tags.first()).toHaveAttribute('href', /^\/tags\//);
  });

  test('review by keyboard only: rating labels with intervals, keys 1–4 rate, Enter and N go on', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.goto('/review/');
    await page.getByTestId('review-start').focus();
    await page.keyboard.press('Enter');
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('review-position')).toBeFocused();

    // Which question came first is the schedule's choice: the answers come from its key.
    let ids: string[] = [];
    await expect
      .poll(async () => {
        const queue = (await studyDump(page)).open.find((session) => session.mode === 'review');
        ids = Array.isArray(queue?.questionIds) ? queue.questionIds.map(String) : [];
        return ids.length;
      })
      .toBe(2);
    await answerByKeys(page, run, await rightLetters(page, run, ids[0] ?? null));
    const bar = run.getByTestId('rating-bar');
    await expect(bar.getByRole('button')).toHaveText([/^1\s*다시\s*10분$/, /^2\s*어려움\s*15분$/, /^3\s*좋음\s*\d+일$/, /^4\s*쉬움\s*\d+(일|개월)$/], inner);
    // The rating row is its own group, apart from "다시 풀기".
    await expect(bar.getByRole('button', { name: /다시 풀기/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: /얼마나 잘 알았나요/ })).toBeVisible();
    await expect(run.getByTestId('quiz-retry')).toHaveText('다시 풀기', inner);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'review-rating-desktop-light');

    await page.keyboard.press('3');
    await expect(bar).toHaveAttribute('data-rated', 'good');
    await expect(run.getByTestId('review-next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(run.getByTestId('review-position')).toContainText('2 / 2');
    await expect(run.getByTestId('review-position')).toBeFocused();

    await answerByKeys(page, run, await rightLetters(page, run, ids[1] ?? null));
    await page.keyboard.press('4');
    await expect(bar).toHaveAttribute('data-rated', 'easy');
    await page.keyboard.press('n');
    await expect(page.getByTestId('review-done-score')).toHaveAttribute('data-correct', '2');
    await expect.poll(async () => (await studyDump(page)).ratings.map((rating) => rating.rating).sort()).toEqual(['easy', 'good']);
  });

  test('practice by keyboard only: keys 1–4 rate, Enter and N go to the next question', async ({ page }) => {
    await page.goto('/practice/');
    // The form works once the question bank is in.
    await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', /^[1-9]\d*$/, { timeout: 30_000 });
    await expect(page.getByTestId('practice-start')).toBeEnabled();
    await page.getByTestId('practice-start').focus();
    await page.keyboard.press('Enter');
    const run = page.getByTestId('practice-run');
    await expect(run.getByTestId('practice-position')).toBeFocused();
    const first = await run.getAttribute('data-question');
    await answerByKeys(page, run, await rightLetters(page, run, first));
    await expect(run.getByTestId('rating-bar').getByTestId('rate-good')).toContainText(/좋음\s*\d+일/, inner);
    await page.keyboard.press('2');
    await expect(run.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'hard');
    await expect(run.getByTestId('practice-next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(run).not.toHaveAttribute('data-question', first ?? '');
    await expect(run.getByTestId('practice-position')).toBeFocused();

    const second = await run.getAttribute('data-question');
    await answerByKeys(page, run, await rightLetters(page, run, second));
    await page.keyboard.press('1');
    await expect(run.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'again');
    await page.keyboard.press('N');
    await expect(run).not.toHaveAttribute('data-question', second ?? '');
    await expect.poll(async () => (await studyDump(page)).ratings.map((rating) => rating.rating).sort()).toEqual(['again', 'hard']);
  });

  test('schedule settings: bad values are explained; a change moves the due time and is kept', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await page.goto('/review/');
    const glue = page.locator('[data-slug="etl-glue-minimal-operations"]').getByTestId('review-due-date');
    await expect(glue).toHaveAttribute('data-kind', /today|tomorrow/);
    const before = Date.parse((await glue.getAttribute('datetime')) ?? '');
    const answeredAt = Date.parse((await studyDump(page)).attempts[0]?.at ?? '');
    expect(before - answeredAt).toBe(10 * 60_000);

    const settings = page.getByTestId('review-settings');
    await settings.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('settings-retention')).toHaveValue('90');
    await expect(page.getByTestId('settings-learningSteps')).toHaveValue('10m');
    await expect(page.getByTestId('settings-maximumInterval')).toHaveValue('180');

    await page.getByTestId('settings-retention').fill('150');
    await page.getByTestId('settings-learningSteps').fill('10m 1d');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-retention-error')).toHaveText('70에서 97 사이의 숫자를 입력하세요.', inner);
    await expect(page.getByTestId('settings-learningSteps-error')).toContainText('m 또는 h');
    await expect(page.getByTestId('settings-maximumInterval-error')).toHaveCount(0);
    await expect(page.getByTestId('settings-retention')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('settings-retention')).toBeFocused();
    await expect(page.getByRole('textbox', { name: '목표 기억률 (%)' })).toHaveAccessibleDescription(/70–97.*70에서 97 사이/);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-settings-invalid-desktop-light');

    await page.getByTestId('settings-retention').fill('85');
    await page.getByTestId('settings-learningSteps').fill('2h');
    await page.getByTestId('settings-learningSteps').press('Enter');
    await expect(page.getByTestId('settings-status')).toHaveAttribute('data-status', 'saved');
    await expect.poll(async () => Date.parse((await glue.getAttribute('datetime')) ?? '') - answeredAt).toBe(2 * 60 * 60_000);
    await expect(glue).toHaveText(/^(오늘|내일) \d{2}:\d{2}$/, inner);

    await page.reload();
    await page.getByTestId('review-settings').locator('summary').click();
    await expect(page.getByTestId('settings-retention')).toHaveValue('85');
    await expect(page.getByTestId('settings-learningSteps')).toHaveValue('2h');
    await expect.poll(async () => Date.parse((await glue.getAttribute('datetime')) ?? '') - answeredAt).toBe(2 * 60 * 60_000);

    await page.getByTestId('settings-defaults').click();
    await expect(page.getByTestId('settings-learningSteps')).toHaveValue('10m');
    await expect.poll(async () => Date.parse((await glue.getAttribute('datetime')) ?? '') - answeredAt).toBe(10 * 60_000);
  });

  test('due times read "now" or a time today, on /review and /stats', async ({ page }) => {
    await seedLegacyProgress(page, dueNow([GLUE_Q]));
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.goto('/review/');
    const glue = page.locator('[data-slug="etl-glue-minimal-operations"]').getByTestId('review-due-date');
    await expect(glue).toHaveText('지금', inner);
    await expect(glue).toHaveAttribute('data-kind', 'now');
    const firehose = page.locator('[data-slug="kinesis-firehose-destinations"]').getByTestId('review-due-date');
    await expect(firehose).toHaveText(/^(오늘|내일) \d{2}:\d{2}$/, inner);
    await page.goto('/stats/');
    await expect(page.getByTestId('stats-due-next')).toContainText('지금');
    await page.locator('html').evaluate((html) => html.setAttribute('lang', 'en'));
    await expect(page.getByTestId('stats-due-time')).toHaveText('now', inner);
  });

  test('no due count in the nav when nothing is due, even with answers saved', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['A']);
    await expect.poll(async () => (await studyDump(page)).summaries.length).toBe(1);
    await page.reload();
    // The badge has read the store once the quiz's last result has.
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', /^(?!loading)/);
    await expect(page.getByTestId('nav-due-count')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '복습', exact: true })).toBeVisible();
  });

  test('the due count in the nav: on home, a note and a study page; it drops when a due question is answered', async ({ page }) => {
    await seedLegacyProgress(page, dueNow([GLUE_Q, FIREHOSE_Q]));
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expect(nav.getByRole('link', { name: '복습 2개 대기' })).toBeVisible();
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '2');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(GLUE_NOTE);
    await expect(nav.getByRole('link', { name: '복습 2개 대기' })).toBeVisible();
    const quiz = page.getByTestId('quiz');
    await quiz.getByRole('radio', { name: /^A\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    await expect(nav.getByRole('link', { name: '복습 1개 대기' })).toBeVisible();
    await saveScreenshot(page, 'nav-due-note-desktop-light');

    await page.goto('/stats/');
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '1');
    await page.locator('html').evaluate((html) => html.setAttribute('lang', 'en'));
    await expect(nav.getByRole('link', { name: 'Review 1 due' })).toBeVisible();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [1280, 360]) {
      test(`screenshots: the rating row, the hidden note and the settings, ${theme}, ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await setTheme(page, theme);
        await seedLegacyProgress(page, dueNow([GLUE_Q]));
        await page.goto('/review/');
        await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '1');
        await page.getByTestId('review-settings').locator('summary').click();
        await page.getByTestId('settings-maximumInterval').fill('0');
        await page.getByTestId('settings-save').click();
        await expect(page.getByTestId('settings-maximumInterval-error')).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `review-overview-${width}-${theme}`);

        await page.getByTestId('review-start').click();
        const run = page.getByTestId('review-run');
        await expect(run.getByTestId('review-note-hidden')).toBeVisible();
        await run.getByRole('radio', { name: /^A\./ }).check();
        await run.getByTestId('quiz-submit').click();
        await expect(run.getByTestId('rate-good')).toContainText(/\d+일/);
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, `review-rating-${width}-${theme}`);
      });
    }
  }
});
