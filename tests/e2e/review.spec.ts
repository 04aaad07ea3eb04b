import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerOnNote, FIREHOSE_NOTE, GLUE_NOTE, gradedView, saveScreenshot, seriousViolations, setTheme, siteEntries, type SiteEntry } from './helpers';
import { seedLegacyProgress, studyDump } from './study-db';

const GLUE_Q = 'etl-glue-minimal-operations--q1';
const FIREHOSE_Q = 'kinesis-firehose-destinations--q1';

const saved = (page: Page) => studyDump(page);
const inner = { useInnerText: true };
/** Past the default 10-minute learning step: a question answered wrong is due now. */
const PAST_STEP = '11:00';

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

  test('a wrong answer is due after its learning step, an "easy" one days later; the start page shows counts, never a title', async ({ page }) => {
    await page.clock.install();
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await expect(page.getByTestId('quiz-status')).toContainText('오답입니다');
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await expect(page.getByTestId('quiz-status')).toContainText('정답입니다');
    await page.getByTestId('rate-easy').click();
    await expect(page.getByTestId('rating-bar')).toContainText('평가를 저장했습니다');

    // The wrong one is in its 10-minute step: due today, not now, so there is nothing to start.
    await page.goto('/review/');
    const counts = page.getByTestId('review-due-count');
    await expect(counts).toHaveAttribute('data-now', '0');
    await expect(counts).toHaveAttribute('data-today', '1');
    await expect(counts).toHaveAttribute('data-week', '1');
    await expect(page.getByTestId('review-start')).toHaveCount(0);
    const next = page.getByTestId('review-due-next').getByTestId('review-due-date');
    await expect(next).toHaveText(/^(오늘|내일) \d{2}:\d{2}$/, inner);
    const answeredAt = Date.parse((await saved(page)).attempts.find((attempt) => attempt.questionId === GLUE_Q)?.at ?? '');
    expect(Date.parse((await next.getAttribute('datetime')) ?? '') - answeredAt).toBe(10 * 60_000);
    // By tag: the Glue note's tags, with its count; no note's title anywhere on the page.
    const glue = await bankQuestion(page, GLUE_Q);
    const firehose = await bankQuestion(page, FIREHOSE_Q);
    for (const tag of glue.tags) await expect(page.locator(`[data-testid="review-tag"][data-tag="${tag}"]`)).toHaveAttribute('data-today', '1');
    await expect(page.getByTestId('review')).not.toContainText(glue.title);
    await expect(page.getByTestId('review')).not.toContainText(firehose.title);
    await saveScreenshot(page, 'review-desktop-light');

    // Ten minutes on, the count moves by itself, without a reload.
    await page.clock.fastForward(PAST_STEP);
    await expect(counts).toHaveAttribute('data-now', '1');
    await expect(page.getByTestId('review-start')).toHaveText('복습 시작 (1문제)', inner);

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
    await expect(counts).toHaveAttribute('data-now', '0');
    await expect(counts).toHaveAttribute('data-today', '0');
    await expect(page.getByTestId('review-due')).toContainText('지금 복습할 문제가 없습니다');
    await expect(page.getByTestId('review-tags-none')).toBeVisible();

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
    await expect(counts).toHaveAttribute('data-now', '0');
  });

  test('several due questions are served one by one; stopping early saves what was answered', async ({ page }) => {
    await page.clock.install();
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.clock.fastForward(PAST_STEP);
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
    const run = await reviewOfTwo(page);
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
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '1');
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await run.getByRole('radio', { name: /^A\./ }).check();
    await run.getByTestId('quiz-submit').click();
    await expect(run.getByTestId('review-edited')).toBeVisible();
  });

  test('screenshots in dark mode and on a 360 px phone; axe finds nothing serious', async ({ page }) => {
    await page.clock.install();
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await page.getByTestId('rate-easy').click();
    // Leaving the page before the rating's write lands would lose it.
    await expect(page.getByTestId('rating-bar')).toContainText('평가를 저장했습니다');
    await page.clock.fastForward(PAST_STEP);

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
    // Answered right, unrated ("hard"): back in 15 minutes, so due today, not now.
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-now', '0');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-today', '1');
    await expect(page.getByTestId('review-tag').first()).toBeVisible();
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
/** Glue and Firehose answered wrong on their notes, past the learning step, and a review of the two started. */
async function reviewOfTwo(page: Page): Promise<Locator> {
  await page.clock.install();
  await answerOnNote(page, GLUE_NOTE, ['B']);
  await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
  await page.clock.fastForward(PAST_STEP);
  await page.goto('/review/');
  await page.getByTestId('review-start').click();
  return page.getByTestId('review-run');
}

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
    await page.clock.install();
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await page.clock.fastForward(PAST_STEP);
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
    await page.clock.install();
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.clock.fastForward(PAST_STEP);
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
    // The only answered question: the next review shown is its own.
    const glue = page.getByTestId('review-due-next').getByTestId('review-due-date');
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

  test('on /review, a question in its learning step reads a time today', async ({ page }) => {
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);
    await page.goto('/review/');
    const firehose = page.getByTestId('review-due-next').getByTestId('review-due-date');
    await expect(firehose).toHaveText(/^(오늘|내일) \d{2}:\d{2}$/, inner);
    await expect(firehose).toHaveAttribute('data-kind', /today|tomorrow/);
  });

  test('a question overdue reads "now" on /stats', async ({ page }) => {
    await seedLegacyProgress(page, dueNow([GLUE_Q]));
    await page.goto('/stats/');
    await expect(page.getByTestId('stats-due-next')).toContainText('지금');
    await page.locator('html').evaluate((html) => html.setAttribute('lang', 'en'));
    await expect(page.getByTestId('stats-due-time')).toHaveText('now', inner);
  });

  test('no due count in the nav when nothing is due today, even with answers saved', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['A']);
    await page.getByTestId('rate-easy').click();
    await expect(page.getByTestId('rating-bar')).toContainText('평가를 저장했습니다');
    await expect.poll(async () => (await studyDump(page)).summaries.length).toBe(1);
    await page.reload();
    // The badge has read the store once the quiz's last result has.
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', /^(?!loading)/);
    await expect(page.getByTestId('nav-due-count')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '복습', exact: true })).toBeVisible();
  });

  test('a first visit reads without a study record: none is made, nothing reads as answered, and an answer in another tab still reaches the header', async ({ page, context }) => {
    await page.goto(GLUE_NOTE);
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', 'none');
    await expect(page.getByTestId('nav-due-count')).toHaveCount(0);
    // Reading made no database: the store's code was never needed.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toEqual([]);

    const other = await context.newPage();
    await answerOnNote(other, GLUE_NOTE, ['B']);
    // Wrong: back in ten minutes, due today but not now; the first tab hears of it and loads the store.
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-today', '1');
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-now', '0');
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', 'wrong');
  });

  test('the due count in the nav: on home, a note and a study page; it drops when a due question is answered', async ({ page }) => {
    await seedLegacyProgress(page, dueNow([GLUE_Q, FIREHOSE_Q]));
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await expect(nav.getByRole('link', { name: '복습 지금 2 · 오늘 2' })).toBeVisible();
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '2');
    await expect(page.getByTestId('nav-due-count').locator('[aria-hidden="true"]')).toHaveText('2');
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(GLUE_NOTE);
    await expect(nav.getByRole('link', { name: '복습 지금 2 · 오늘 2' })).toBeVisible();
    const quiz = page.getByTestId('quiz');
    await quiz.getByRole('radio', { name: /^A\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    // Right but unrated ("hard"): back in 15 minutes, so still due today, no longer now.
    await expect(nav.getByRole('link', { name: '복습 지금 1 · 오늘 2' })).toBeVisible();
    await expect(page.getByTestId('nav-due-count').locator('[aria-hidden="true"]')).toHaveText('1 · 2');
    await saveScreenshot(page, 'nav-due-note-desktop-light');

    await page.goto('/stats/');
    await expect(page.getByTestId('nav-due-count')).toHaveAttribute('data-count', '1');
    await page.locator('html').evaluate((html) => html.setAttribute('lang', 'en'));
    await expect(nav.getByRole('link', { name: 'Review 1 now · 2 today' })).toBeVisible();
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

/* Issue 24: a review resumes exactly: the graded question, its rating row or rating, the log unchanged. */

test.describe('a graded review question after a reload', () => {
  test('shows as it was with its rating row; rated, a reload shows the rating; a new rating is for the same answer', async ({ page }) => {
    const run = await reviewOfTwo(page);
    const quiz = run.getByTestId('quiz');
    let ids: string[] = [];
    await expect
      .poll(async () => {
        const queue = (await studyDump(page)).open.find((session) => session.mode === 'review');
        ids = Array.isArray(queue?.questionIds) ? queue.questionIds.map(String) : [];
        return ids.length;
      })
      .toBe(2);
    const first = ids[0] ?? '';
    await answerByKeys(page, run, await rightLetters(page, run, first));
    await expect(quiz.getByTestId('quiz-status')).toHaveText('정답입니다', inner);
    const before = await gradedView(quiz);
    await expect.poll(async () => (await studyDump(page)).open.find((session) => session.mode === 'review')?.graded).toEqual({ [first]: expect.any(String) });

    await page.reload();
    await expect(run.getByTestId('review-position')).toContainText('1 / 2');
    await expect(run.getByTestId('review-position')).toBeFocused();
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
    expect(await gradedView(quiz)).toEqual(before);
    await expect(run.getByTestId('review-note-shown')).toBeVisible();
    await expect(run.getByTestId('review-next')).toBeEnabled();
    const bar = run.getByTestId('rating-bar');
    await expect(bar).toHaveAttribute('data-rated', 'none');
    await expect(bar.getByRole('button')).toHaveText([/^1\s*다시\s*10분$/, /^2\s*어려움\s*15분$/, /^3\s*좋음\s*\d+일$/, /^4\s*쉬움\s*\d+(일|개월)$/], inner);
    expect(await seriousViolations(page)).toEqual([]);
    await bar.getByTestId('rate-good').click();
    await expect(bar.locator('.rating-status')).toHaveAttribute('data-saved', 'saved');

    await page.reload();
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
    expect(await gradedView(quiz)).toEqual(before);
    await expect(bar).toHaveAttribute('data-rated', 'good');
    await expect(bar.getByTestId('rate-good')).toHaveAttribute('aria-pressed', 'true');
    await expect(bar.locator('.rating-status')).toHaveAttribute('data-saved', 'saved');
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'review-resumed-rated-desktop-light');
    // A change of mind by key, at once: it rates the same answer; Enter goes on.
    await page.keyboard.press('4');
    await expect(bar).toHaveAttribute('data-rated', 'easy');
    await expect(run.getByTestId('review-next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(run.getByTestId('review-position')).toContainText('2 / 2');
    await expect(quiz).toHaveAttribute('data-phase', 'answering');

    const log = await studyDump(page);
    const answers = log.attempts.filter((attempt) => attempt.questionId === first && attempt.mode === 'review');
    expect(answers).toEqual([expect.objectContaining({ correct: true, revealed: false })]);
    expect(log.attempts.filter((attempt) => attempt.questionId === first)).toHaveLength(2);
    await expect
      .poll(async () => (await studyDump(page)).ratings.map(({ attemptId, rating }) => `${attemptId} ${rating}`).sort())
      .toEqual([`${answers[0]?.id} easy`, `${answers[0]?.id} good`]);
    await page.getByTestId('review-stop').click();
    await expect(page.getByTestId('review-done-score')).toHaveAttribute('data-correct', '1');
  });
});

/* Issue 24: one notion of "due" for the nav, /review and /stats; nothing offered before it is due; rating intervals that always grow. */

type DueShown = { now: number; today: number; tomorrow: number; week: number };

/** The counts a `data-*` carrying element shows. */
async function dueOf(shown: Locator): Promise<DueShown> {
  await expect(shown).toBeVisible();
  const read = async (name: string) => Number(await shown.getAttribute(`data-${name}`));
  return { now: await read('now'), today: await read('today'), tomorrow: await read('tomorrow'), week: await read('week') };
}

/** The nav's badge: the same now and today, or none when nothing is due today. */
async function expectNav(page: Page, due: DueShown): Promise<void> {
  const badge = page.getByTestId('nav-due-count');
  if (due.today === 0) {
    await expect(badge).toHaveCount(0);
    return;
  }
  await expect(badge).toHaveAttribute('data-now', String(due.now));
  await expect(badge).toHaveAttribute('data-today', String(due.today));
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: `복습 지금 ${due.now} · 오늘 ${due.today}` })).toBeVisible();
}

/** /review's counts, then the nav's on it, /stats' and the nav's there: all the same; returns them. */
async function expectDueEverywhere(page: Page, expected: Partial<DueShown>): Promise<DueShown> {
  await page.goto('/review/');
  const review = page.getByTestId('review-due-count');
  for (const [name, count] of Object.entries(expected)) await expect(review).toHaveAttribute(`data-${name}`, String(count));
  const due = await dueOf(review);
  await expectNav(page, due);
  await page.goto('/stats/');
  expect(await dueOf(page.getByTestId('stats-due-count'))).toEqual(due);
  const columns = page.getByTestId('chart-due').getByTestId('chart-column');
  await expect(columns.nth(0)).toHaveAttribute('data-count', String(due.today));
  await expect(columns.nth(1)).toHaveAttribute('data-count', String(due.tomorrow));
  await expectNav(page, due);
  return due;
}

const UNIT_RANK: Record<string, number> = { 분: 0, 시간: 1, 일: 2, 개월: 3, 년: 4 };

/** The four rating buttons' intervals read strictly longer from "again" to "easy"; returns their texts. */
async function expectIncreasingIntervals(bar: Locator): Promise<string[]> {
  const shown = bar.getByTestId('rate-interval');
  await expect(shown).toHaveText([/\d/, /\d/, /\d/, /\d/], inner);
  const texts = (await shown.allInnerTexts()).map((text) => text.trim());
  const parsed = texts.map((text) => {
    const match = /^(\d+(?:\.\d+)?)(분|시간|일|개월|년)$/.exec(text);
    if (!match) throw new Error(`not an interval: ${text}`);
    return { rank: UNIT_RANK[match[2] ?? ''] ?? -1, count: Number(match[1]) };
  });
  for (const [index, interval] of parsed.entries()) {
    const before = parsed[index - 1];
    if (before) expect(interval.rank > before.rank || (interval.rank === before.rank && interval.count > before.count), `${texts.join(', ')} should grow`).toBe(true);
  }
  return texts;
}

/** The question the open review shows, from the saved session. */
async function reviewQuestion(page: Page): Promise<string> {
  let id = '';
  await expect
    .poll(async () => {
      const open = (await studyDump(page)).open.find((session) => session.mode === 'review');
      const ids = Array.isArray(open?.questionIds) ? open.questionIds.map(String) : [];
      id = ids[Number(open?.current ?? 0)] ?? '';
      return id;
    })
    .not.toBe('');
  return id;
}

test.describe('one notion of due, through a day (issue 24)', () => {
  test('nav, /review and /stats agree as answers are given and the clock moves; nothing is offered before it is due; ratings always grow', async ({ page }) => {
    test.slow();
    const start = new Date(2026, 2, 10, 9, 0);
    await page.clock.install({ time: start });
    // A third question, answered wrong two days ago: due now.
    const third = (await siteEntries(page)).find((entry) => ![GLUE_Q, FIREHOSE_Q].includes(entry.id) && !entry.slug.includes('glue') && !entry.slug.includes('firehose'));
    if (!third) throw new Error('the site needs a third question');
    const twoDaysAgo = new Date(start.getTime() - 2 * 86_400_000).toISOString();
    await seedLegacyProgress(page, { version: 2, attempts: [{ id: 'seeded-third', questionId: third.id, fingerprint: 'seeded', chosen: ['B'], correct: false, at: twoDaysAgo, mode: 'note' }], ratings: [], sessions: [] });

    // 09:00: Glue wrong on its note (back in 10 minutes); Firehose right, a fresh card: its four intervals grow; rated good.
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await expectIncreasingIntervals(page.getByTestId('rating-bar'));
    await page.getByTestId('rate-good').click();
    await expect(page.getByTestId('rating-bar').locator('.rating-status')).toHaveAttribute('data-saved', 'saved');

    await expectDueEverywhere(page, { now: 1, today: 2, tomorrow: 0, week: 3 });
    // The start page: counts only, no note's title.
    await page.goto('/review/');
    for (const id of [GLUE_Q, FIREHOSE_Q, third.id]) await expect(page.getByTestId('review')).not.toContainText((await bankQuestion(page, id)).title);

    // The session asks only what is due now: the third question. A learning card: its intervals grow; rated "again".
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('review-position')).toContainText('1 / 1');
    expect(await reviewQuestion(page)).toBe(third.id);
    await answerByKeys(page, run, await rightLetters(page, run, third.id));
    await expectIncreasingIntervals(run.getByTestId('rating-bar'));
    await run.getByTestId('rate-again').click();
    await expect(run.getByTestId('rating-bar').locator('.rating-status')).toHaveAttribute('data-saved', 'saved');
    await run.getByTestId('review-next').click();
    await page.getByTestId('review-back').click();

    // After the session nothing is offered until it is due: no start, only "review ahead", labelled so.
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-now', '0');
    await expect(page.getByTestId('review-start')).toHaveCount(0);
    await expect(page.getByTestId('review-ahead')).toHaveText('미리 복습 (3문제)', inner);
    await expect(page.getByTestId('review-ahead')).toHaveAccessibleDescription(/예정보다 일찍/);
    await saveScreenshot(page, 'review-after-session-desktop-light');
    await expectDueEverywhere(page, { now: 0, today: 2, tomorrow: 0, week: 3 });

    // Review ahead asks the three not yet due, soonest first; stopped unanswered, it changes nothing.
    await page.goto('/review/');
    await page.getByTestId('review-ahead').click();
    await expect(run.getByTestId('review-position')).toContainText('1 / 3');
    await expect.poll(async () => (await studyDump(page)).open.find((session) => session.mode === 'review')?.questionIds).toEqual([GLUE_Q, third.id, FIREHOSE_Q]);
    await run.getByTestId('review-stop').click();
    await page.getByTestId('review-back').click();
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-today', '2');

    // Past the learning steps, both fall due on the open page, and the nav with it.
    await page.clock.fastForward('15:00');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-now', '2');
    await expectNav(page, { now: 2, today: 2, tomorrow: 0, week: 3 });
    await expectDueEverywhere(page, { now: 2, today: 2, tomorrow: 0, week: 3 });

    // Glue, right after a wrong answer: ts-fsrs alone reads "good 1 day, easy 1 day"; here they grow.
    await page.goto('/review/');
    await page.getByTestId('review-start').click();
    await expect(run.getByTestId('review-position')).toContainText('1 / 2');
    expect(await reviewQuestion(page)).toBe(GLUE_Q);
    await answerByKeys(page, run, await rightLetters(page, run, GLUE_Q));
    expect(await expectIncreasingIntervals(run.getByTestId('rating-bar'))).toEqual(['10분', '15분', '1일', '2일']);
    await page.keyboard.press('3');
    await page.keyboard.press('Enter');
    await expect(run.getByTestId('review-position')).toContainText('2 / 2');
    await answerByKeys(page, run, await rightLetters(page, run, third.id));
    await expectIncreasingIntervals(run.getByTestId('rating-bar'));
    await page.keyboard.press('3');
    await expect(run.getByTestId('rating-bar').locator('.rating-status')).toHaveAttribute('data-saved', 'saved');
    await page.keyboard.press('Enter');
    await page.getByTestId('review-back').click();
    const evening = await expectDueEverywhere(page, { now: 0, today: 0 });
    expect(evening.week).toBe(3);

    // The next day: Glue (a day after "good") is due again; every page says so.
    await page.clock.fastForward(24 * 60 * 60_000);
    const nextDay = await expectDueEverywhere(page, {});
    expect(nextDay.now).toBeGreaterThanOrEqual(1);
    expect(nextDay.today).toBeGreaterThanOrEqual(nextDay.now);

    // Two days on, Firehose too: review cards, each with intervals that grow.
    await page.clock.fastForward(24 * 60 * 60_000);
    const due = await expectDueEverywhere(page, { now: 3, today: 3 });
    await page.goto('/review/');
    await page.getByTestId('review-start').click();
    for (let index = 0; index < due.now; index += 1) {
      await expect(run.getByTestId('review-position')).toContainText(`${index + 1} / ${due.now}`);
      await answerByKeys(page, run, await rightLetters(page, run, await reviewQuestion(page)));
      const texts = await expectIncreasingIntervals(run.getByTestId('rating-bar'));
      // A review card: "again" relearns in minutes, the others are days or more.
      expect(texts[0]).toBe('10분');
      expect(texts.slice(1).every((text) => /(일|개월|년)$/.test(text))).toBe(true);
      await page.keyboard.press('3');
      await expect(run.getByTestId('rating-bar').locator('.rating-status')).toHaveAttribute('data-saved', 'saved');
      await page.keyboard.press('Enter');
    }
    await page.getByTestId('review-back').click();
    await expectDueEverywhere(page, { now: 0, today: 0 });
  });

  for (const [theme, width] of [
    ['light', 1280],
    ['dark', 1280],
    ['light', 360],
  ] as const) {
    test(`the start page with counts by tag, ${theme}, ${width} px: no title, no overflow, axe clean`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await setTheme(page, theme);
      await seedLegacyProgress(page, dueNow([GLUE_Q, FIREHOSE_Q]));
      await page.goto('/review/');
      await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-now', '2');
      await expect(page.getByTestId('review-tag').first()).toBeVisible();
      for (const id of [GLUE_Q, FIREHOSE_Q]) await expect(page.getByTestId('review')).not.toContainText((await bankQuestion(page, id)).title);
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `review-start-${width}-${theme}`);
    });
  }
});
