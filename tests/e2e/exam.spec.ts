import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot, seriousViolations, siteEntries } from './helpers';
import { studyDump } from './study-db';

/*
 * The mock exam against Playwright's fake clock: page.clock drives Date.now() and the
 * countdown's setInterval, so minutes pass in an instant.
 */

/** Where the first release saved an exam in progress; the app moves it into IndexedDB. */
const LEGACY_EXAM_KEY = 'aws-notes/exam/v1';

/** Sets up a short exam: `count` questions at `minutes` each, and starts it. */
async function startExam(page: Page, count: number, minutes: number): Promise<void> {
  await page.goto('/exam/');
  await expect(page.getByTestId('exam-setup')).toBeVisible();
  await page.getByRole('spinbutton', { name: '문제 수', exact: true }).fill(String(count));
  await page.getByRole('spinbutton', { name: '문제당 시간(분)', exact: true }).fill(String(minutes));
  await expect(page.getByTestId('exam-total-time')).toContainText(`제한 시간 ${count * minutes}분`);
  await page.getByTestId('exam-start').click();
  await expect(page.getByTestId('exam-question-screen')).toBeVisible();
}

const question = (page: Page) => page.getByTestId('exam-question');

/** Picks the first options with the keys 1, 2, …, as many as the question asks for. */
async function answerWithKeys(page: Page): Promise<void> {
  const needed = Number(await question(page).getAttribute('data-select-count'));
  for (let key = 1; key <= needed; key += 1) await page.keyboard.press(String(key));
  await expect(question(page).locator('[data-state="chosen"]')).toHaveCount(needed);
}

/** Milliseconds a saved exam (open, or its finished result) spent on a question; its type is not trusted. */
function timeOn(saved: Record<string, unknown> | undefined, questionId: string): number {
  const timeSpent = saved?.timeSpent;
  if (typeof timeSpent !== 'object' || timeSpent === null) return 0;
  const ms: unknown = Object.entries(timeSpent).find(([id]) => id === questionId)?.[1];
  return typeof ms === 'number' ? ms : 0;
}

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key);

/** The right answers of the question on screen, from its note's answer key file. */
async function answersOnScreen(page: Page): Promise<string[]> {
  const slug = await question(page).getAttribute('data-slug');
  const id = await question(page).getAttribute('data-question-id');
  const keys: { questions: { id: string; answers: string[] }[] } = await (await page.request.get(`/quiz/${encodeURIComponent(slug ?? '')}.json`)).json();
  return keys.questions.find((each) => each.id === id)?.answers ?? [];
}

for (const width of [1280, 360]) {
  test(`the clock stays in sight: at the top on start, and pinned below the header while scrolling (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.goto('/exam/');
    await expect(page.getByTestId('exam-setup')).toBeVisible();
    await page.getByRole('spinbutton', { name: '문제 수', exact: true }).fill('3');
    await page.getByTestId('exam-start').scrollIntoViewIfNeeded();
    await page.getByTestId('exam-start').click();
    await expect(page.getByTestId('exam-question-screen')).toBeVisible();

    const header = page.locator('.site-header');
    const clear = async (locator: ReturnType<Page['getByTestId']>) => {
      await expect(locator).toBeInViewport();
      const [bar, box] = [await header.boundingBox(), await locator.boundingBox()];
      expect(box && bar && box.y >= bar.y + bar.height - 1).toBe(true);
    };
    await clear(page.getByTestId('exam-timer'));
    await clear(page.getByTestId('exam-position'));
    await expect(page.getByTestId('exam-question')).toBeInViewport();

    await page.getByTestId('exam-question').locator('.quiz-option').last().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 2000);
    await clear(page.getByTestId('exam-timer'));
    await clear(page.getByTestId('exam-position'));
    await saveScreenshot(page, `exam-clock-scrolled-${width}`, { fullPage: false });
  });
}

test.describe('the mock exam', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  test('a full exam: flag, review screen, the time runs out, score, breakdown and explanations', async ({ page }) => {
    const answerKeyRequests: string[] = [];
    page.on('request', (request) => {
      if (/\/quiz\/.+\.json/.test(request.url())) answerKeyRequests.push(request.url());
    });

    await page.goto('/exam/');
    await expect(page.getByRole('spinbutton', { name: '문제 수', exact: true })).toHaveValue(/^\d+$/);
    await expect(page.getByRole('spinbutton', { name: '문제당 시간(분)', exact: true })).toHaveValue('2');
    await expect(page.getByRole('spinbutton', { name: '합격 점수', exact: true })).toHaveValue('720');
    // The intro is said once, on the setup, not above every question.
    await expect(page.getByTestId('exam-intro')).toContainText('실제 AWS 시험처럼');
    await saveScreenshot(page, 'exam-setup-desktop-light');

    await startExam(page, 3, 1);
    await expect(page.getByTestId('exam-position')).toHaveText('문제 1 / 3', { useInnerText: true });
    await expect(page.getByText('실제 AWS 시험처럼')).toHaveCount(0);
    await expect(page.locator('.exam-clock')).toHaveAttribute('data-urgent', 'false');
    await expect(page.getByTestId('exam-timer')).toHaveText(/^(3:00|2:5\d)$/);
    // During the exam nothing is graded or explained.
    await expect(page.locator('.quiz-explanation')).toHaveCount(0);
    await expect(page.locator('[data-state^="correct"], [data-state="wrong-picked"]')).toHaveCount(0);

    // Question 1: answered and flagged for review.
    await answerWithKeys(page);
    await page.getByTestId('exam-flag').click();
    await expect(page.getByTestId('exam-flag')).toHaveAttribute('aria-pressed', 'true');
    await saveScreenshot(page, 'exam-question-desktop-light');
    expect(await seriousViolations(page)).toEqual([]);

    // Question 2, reached with the arrow key: answered. Question 3: left unanswered.
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 3', { useInnerText: true });
    await answerWithKeys(page);
    await page.getByTestId('exam-next').click();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 3 / 3', { useInnerText: true });
    await expect(page.getByTestId('exam-next')).toBeDisabled();

    const navigator = page.getByTestId('exam-navigator');
    await expect(navigator.getByRole('button', { name: /^1, 답함, 검토 표시/ })).toBeVisible();
    await expect(navigator.getByRole('button', { name: /^2, 답함$/ })).toBeVisible();
    await expect(navigator.getByRole('button', { name: /^3, 답하지 않음$/ })).toHaveAttribute('aria-current', 'step');

    await page.getByTestId('exam-open-review').click();
    const review = page.getByTestId('exam-review-screen');
    await expect(review.getByTestId('exam-count-answered')).toHaveText('2');
    await expect(review.getByTestId('exam-count-unanswered')).toHaveText('1');
    await expect(review.getByTestId('exam-count-flagged')).toHaveText('1');
    await expect(review.locator('.exam-review-item')).toHaveCount(3);
    await review.getByRole('radio', { name: /답하지 않음/ }).check();
    await expect(review.locator('.exam-review-item')).toHaveCount(1);
    await expect(review.locator('.exam-review-item')).toContainText('문제 3 / 3');
    await review.getByRole('radio', { name: /검토 표시/ }).check();
    await expect(review.locator('.exam-review-item')).toHaveCount(1);
    await expect(review.locator('.exam-review-item')).toContainText('문제 1 / 3');
    await review.getByRole('radio', { name: /전체/ }).check();
    await saveScreenshot(page, 'exam-review-screen-desktop-light');

    // Jump back to a question from the review screen.
    await review.getByRole('button', { name: '문제 2 / 3' }).click();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 3', { useInnerText: true });

    // The clock is calm (no colour, nothing said) until the last tenth: 18 s of 3 minutes.
    // Paused at 40 s left, so a slow machine's real seconds do not move it.
    const left = Number(await page.getByTestId('exam-timer').getAttribute('data-remaining-ms'));
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + left - 40_000);
    await expect(page.getByTestId('exam-timer')).toHaveText(/^0:(39|40|41)$/);
    await expect(page.locator('.exam-clock')).toHaveAttribute('data-urgent', 'false');
    await expect(page.getByTestId('exam-time-warning')).toHaveText('');
    await page.clock.fastForward('00:25');
    await expect(page.locator('.exam-clock')).toHaveAttribute('data-urgent', 'true');
    await expect(page.getByTestId('exam-time-warning')).toHaveText('시험 시간이 10% 남았습니다', { useInnerText: true });
    await saveScreenshot(page, 'exam-clock-urgent-desktop-light');
    expect(answerKeyRequests).toEqual([]);

    // Time runs out: submitted without a click.
    await page.clock.fastForward('00:20');
    await page.clock.resume();
    const results = page.getByTestId('exam-results');
    await expect(results).toBeVisible();
    await expect(results.getByTestId('exam-time-up')).toContainText('시간이 끝나');
    expect(answerKeyRequests.length).toBeGreaterThan(0);

    const score = Number(await results.getByTestId('exam-score').innerText());
    const correct = Number((await results.getByTestId('exam-correct').innerText()).split('/')[0]);
    expect(correct).toBeLessThanOrEqual(2);
    expect(score).toBe(Math.round(100 + (900 * correct) / 3));
    await expect(results.getByTestId('exam-verdict')).toHaveAttribute('data-passed', String(score >= 720));
    await expect(results.getByTestId('exam-verdict')).toHaveText(score >= 720 ? /^✓\s*합격$/ : /^✗\s*불합격$/, { useInnerText: true });
    await expect(results.getByTestId('exam-pass-mark')).toHaveText('720');
    await expect(results.getByTestId('exam-correct')).toHaveText(`${correct} / 3`);

    // The breakdown: service tags by default, another namespace on demand.
    const rows = results.getByTestId('exam-breakdown-row');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const tag of await rows.evaluateAll((each) => each.map((row) => row.getAttribute('data-tag')))) expect(tag).toMatch(/^service\//);
    await expect(rows.first()).toContainText(/\d+ \/ \d+/);
    // The exam's questions are drawn at random, so take whichever other namespace they have.
    const namespaces = await results.getByTestId('exam-namespace').locator('option').evaluateAll((options) => options.map((option) => option.getAttribute('value') ?? ''));
    const other = namespaces.find((namespace) => namespace !== 'service');
    if (!other) throw new Error(`the exam's questions have only service tags: ${namespaces.join(', ')}`);
    await results.getByTestId('exam-namespace').selectOption(other);
    for (const tag of await rows.evaluateAll((each) => each.map((row) => row.getAttribute('data-tag')))) expect(tag?.startsWith(`${other}/`)).toBe(true);
    await results.getByTestId('exam-namespace').selectOption('service');

    // Every question again, with picks, the right answers and the explanations.
    const reviewed = results.getByTestId('exam-reviewed-question');
    await expect(reviewed).toHaveCount(3);
    await expect(reviewed.nth(2).getByTestId('exam-reviewed-verdict')).toHaveText(/답하지 않음/);
    await expect(reviewed.nth(2).locator('[data-state="correct-missed"]').first()).toBeVisible();
    await expect(reviewed.locator('.quiz-explanation').first()).toBeVisible();
    for (const item of await reviewed.all()) await expect(item.locator('[data-state^="correct"]').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'exam-results-desktop-light');
    expect(await seriousViolations(page)).toEqual([]);

    // Saved: the two answered questions as exam attempts, the session with its score; the exam is gone.
    const saved = await studyDump(page);
    expect(saved.open).toEqual([]);
    expect(saved.attempts).toMatchObject([
      { mode: 'exam', revealed: false },
      { mode: 'exam', revealed: false },
    ]);
    expect(saved.sessions).toMatchObject([{ mode: 'exam', total: 3, correct, scaledScore: score, passed: score >= 720, exam: { timedOut: true, passMark: 720 } }]);
  });

  test('a reload mid-exam resumes on the same question with the time that is left', async ({ page }) => {
    await startExam(page, 3, 1);
    await answerWithKeys(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('f');
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 3', { useInnerText: true });
    const questionId = await question(page).getAttribute('data-question-id');

    await page.clock.fastForward('00:30');
    await expect(page.getByTestId('exam-timer')).toHaveText(/^2:[23]\d$/);
    await page.reload();

    await expect(page.getByTestId('exam-question-screen')).toBeVisible();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 3', { useInnerText: true });
    await expect(question(page)).toHaveAttribute('data-question-id', questionId ?? '');
    await expect(page.getByTestId('exam-flag')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('exam-navigator').getByRole('button', { name: /^1, 답함$/ })).toBeVisible();
    await expect(page.getByTestId('exam-timer')).toHaveText(/^2:[23]\d$/);
    const left = Number(await page.getByTestId('exam-timer').getAttribute('data-remaining-ms'));
    expect(left).toBeGreaterThan(140_000);
    expect(left).toBeLessThanOrEqual(150_000);

    // Time spent away counts: gone past the deadline, the exam is submitted on return.
    await page.goto('/');
    await page.clock.fastForward('03:00');
    await page.goto('/exam/');
    await expect(page.getByTestId('exam-results')).toBeVisible();
    await expect(page.getByTestId('exam-time-up')).toBeVisible();
  });

  test('a manual submit with every answer right scores 1000 and passes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await startExam(page, 3, 2);
    for (let at = 0; at < 3; at += 1) {
      const answers = await answersOnScreen(page);
      expect(answers.length).toBeGreaterThan(0);
      for (const letter of answers) await page.keyboard.press(letter.toLowerCase());
      for (const letter of answers) await expect(question(page).locator(`[data-letter="${letter}"]`)).toHaveAttribute('data-state', 'chosen');
      if (at < 2) await page.getByTestId('exam-next').click();
    }
    await page.getByTestId('exam-open-review').click();
    await expect(page.getByTestId('exam-count-unanswered')).toHaveText('0');

    // Submitting asks first; cancel keeps the exam going.
    await page.getByTestId('exam-submit').click();
    await expect(page.getByTestId('exam-confirm')).toBeVisible();
    await page.getByTestId('exam-confirm-cancel').click();
    await expect(page.getByTestId('exam-confirm')).toBeHidden();
    await expect(page.getByTestId('exam-review-screen')).toBeVisible();
    await page.getByTestId('exam-submit').click();
    await page.getByTestId('exam-confirm-submit').click();

    const results = page.getByTestId('exam-results');
    await expect(results.getByTestId('exam-score')).toHaveText('1000');
    await expect(results.getByTestId('exam-verdict')).toHaveText(/^✓\s*합격$/, { useInnerText: true });
    await expect(results.getByTestId('exam-verdict')).toHaveAttribute('data-passed', 'true');
    await expect(results.getByTestId('exam-correct')).toHaveText('3 / 3');
    await expect(results.getByTestId('exam-time-up')).toHaveCount(0);
    await expect(results.getByTestId('exam-reviewed-verdict')).toHaveText([/정답입니다/, /정답입니다/, /정답입니다/]);
    await results.getByTestId('exam-only-wrong').check();
    await expect(results.getByTestId('exam-reviewed-question')).toHaveCount(0);
    await results.getByTestId('exam-only-wrong').uncheck();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await saveScreenshot(page, 'exam-results-desktop-dark');
    expect(await seriousViolations(page)).toEqual([]);

    const saved = await studyDump(page);
    expect(saved.attempts).toMatchObject([
      { mode: 'exam', correct: true, revealed: false },
      { mode: 'exam', correct: true, revealed: false },
      { mode: 'exam', correct: true, revealed: false },
    ]);
    expect(saved.sessions).toMatchObject([{ mode: 'exam', correct: 3, total: 3, scaledScore: 1000, passed: true }]);
    expect(saved.open).toEqual([]);

    await results.getByTestId('exam-new').click();
    await expect(page.getByTestId('exam-setup')).toBeVisible();
  });

  test('the whole exam works from the keyboard alone', async ({ page }) => {
    /** Tabs forward until `testId` has the focus, as a keyboard user would. */
    const tabTo = async (testId: string) => {
      for (let step = 0; step < 40; step += 1) {
        if (await page.getByTestId(testId).evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${testId}`);
    };

    await page.goto('/exam/');
    await page.getByRole('spinbutton', { name: '문제 수', exact: true }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('exam-position')).toBeFocused();

    await answerWithKeys(page);
    await page.keyboard.press('f');
    await expect(page.getByTestId('exam-flag')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 2', { useInnerText: true });
    await answerWithKeys(page);
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByTestId('exam-position')).toHaveText('문제 1 / 2', { useInnerText: true });

    await tabTo('exam-open-review');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('exam-count-answered')).toHaveText('2');
    await tabTo('exam-submit');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('exam-confirm-cancel')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('exam-confirm-submit')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('exam-results')).toBeVisible();
    await expect(page.getByRole('heading', { name: '결과', exact: true })).toBeFocused();
    await expect(page.getByTestId('exam-correct')).toHaveText(/^\d \/ 2$/);
  });

  test('a saved exam that cannot be read is kept aside and the student is told', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"version":1,"questionIds":');
        sessionStorage.setItem('seeded', '1');
      }
    }, LEGACY_EXAM_KEY);
    await page.goto('/exam/');
    await expect(page.getByTestId('exam-notice')).toContainText('저장된 시험을 읽을 수 없어');
    await expect(page.getByTestId('exam-setup')).toBeVisible();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('aws-notes/exam/backup/')));
    expect(backups).toHaveLength(1);
    expect(await page.evaluate((key) => localStorage.getItem(key), backups[0] ?? '')).toBe('{"version":1,"questionIds":');
    expect(await stored(page, LEGACY_EXAM_KEY)).toBeNull();
    expect((await studyDump(page)).open).toEqual([]);

    // Told once: after a reload there is nothing to tell.
    await page.reload();
    await expect(page.getByTestId('exam-setup')).toBeVisible();
    await expect(page.getByTestId('exam-notice')).toHaveCount(0);
  });

  test("a finished exam's full result outlasts a reload: answers, flags, time on each question, score", async ({ page }) => {
    /** The page's (fake) clock: time on a question can be no more than the time between two readings around it. */
    const clockNow = () => page.evaluate(() => Date.now());
    await page.goto('/');
    const beforeStart = await clockNow();
    await startExam(page, 2, 2);
    const first = (await question(page).getAttribute('data-question-id')) ?? '';
    const firstKey = await answersOnScreen(page);
    await answerWithKeys(page);
    const firstChosen = await question(page).locator('[data-state="chosen"]').evaluateAll((options) => options.map((option) => option.getAttribute('data-letter')));
    await page.keyboard.press('f');
    await page.clock.fastForward('00:20');
    const beforeNext = await clockNow();
    await page.getByTestId('exam-next').click();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 2', { useInnerText: true });
    const firstMax = (await clockNow()) - beforeStart;
    const second = (await question(page).getAttribute('data-question-id')) ?? '';
    const secondKey = await answersOnScreen(page);

    // Moving on saved the first question's time: a reload loses at most the stretch on screen.
    await expect.poll(async () => timeOn((await studyDump(page)).open[0], first)).toBeGreaterThanOrEqual(20_000);
    await page.reload();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 2', { useInnerText: true });

    // The second question: 40 s, left unanswered.
    await page.clock.fastForward('00:40');
    await page.getByTestId('exam-open-review').click();
    await expect(page.getByTestId('exam-review-screen')).toBeVisible();
    const secondMax = (await clockNow()) - beforeNext;
    await page.getByTestId('exam-submit').click();
    await page.getByTestId('exam-confirm-submit').click();
    const results = page.getByTestId('exam-results');
    await expect(results).toBeVisible();
    const score = Number(await results.getByTestId('exam-score').innerText());
    const correct = Number((await results.getByTestId('exam-correct').innerText()).split('/')[0]);

    // The results have their own address, so a reload shows them again, from the log.
    await expect(page).toHaveURL(/\/exam\/\?result=/);
    await page.reload();
    await expect(results).toBeVisible({ timeout: 20_000 });
    await expect(results.getByTestId('exam-score')).toHaveText(String(score));
    await expect(results.getByTestId('exam-reviewed-question')).toHaveCount(2);
    const saved = await studyDump(page);
    expect(saved.open).toEqual([]);
    expect(saved.sessions).toHaveLength(1);
    const session = saved.sessions[0];
    expect(session).toMatchObject({ mode: 'exam', questionIds: [first, second], correct, total: 2, scaledScore: score, passed: score >= 720 });
    expect(session?.exam).toMatchObject({
      answers: { [first]: firstChosen, [second]: [] },
      flagged: [first],
      keys: { [first]: firstKey, [second]: secondKey },
      passMark: 720,
      timedOut: false,
    });
    expect(timeOn(session?.exam, first)).toBeGreaterThanOrEqual(20_000);
    expect(timeOn(session?.exam, first)).toBeLessThanOrEqual(firstMax);
    expect(timeOn(session?.exam, second)).toBeGreaterThanOrEqual(40_000);
    expect(timeOn(session?.exam, second)).toBeLessThanOrEqual(secondMax);
    expect(saved.attempts).toMatchObject([{ questionId: first, mode: 'exam', chosen: firstChosen, revealed: false }]);

    // A new exam from the results goes back to /exam/ and its setup.
    await results.getByTestId('exam-new').click();
    await expect(page.getByTestId('exam-setup')).toBeVisible();
    await expect(page).toHaveURL(/\/exam\/$/);
  });

  test('an exam in progress saved by the first release (localStorage) resumes from IndexedDB', async ({ page }) => {
    const ids = (await siteEntries(page))
      .filter((each) => each.selectCount === 1)
      .slice(0, 3)
      .map((each) => each.id);
    expect(ids).toHaveLength(3);
    const now = Date.now();
    const old = {
      version: 1,
      id: 'legacy-exam',
      questionIds: ids,
      answers: { [ids[0] ?? '']: ['A'] },
      flagged: [ids[1]],
      current: 1,
      startedAt: new Date(now - 60_000).toISOString(),
      deadline: new Date(now + 10 * 60_000).toISOString(),
      passMark: 720,
      settings: { count: 3, minutesPerQuestion: 3.67, passMark: 720 },
    };
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key ?? '', value ?? '');
      },
      [LEGACY_EXAM_KEY, JSON.stringify(old)],
    );

    await page.goto('/exam/');
    await expect(page.getByTestId('exam-question-screen')).toBeVisible();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 3', { useInnerText: true });
    await expect(question(page)).toHaveAttribute('data-question-id', ids[1] ?? '');
    await expect(page.getByTestId('exam-flag')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('exam-navigator').getByRole('button', { name: /^1, 답함$/ })).toBeVisible();
    await expect(page.getByTestId('exam-timer')).toHaveText(/^(10:00|9:[45]\d)$/);
    await expect(page.getByTestId('exam-notice')).toHaveCount(0);

    // Moved, not copied: the old key is gone and the store holds the exam.
    expect(await stored(page, LEGACY_EXAM_KEY)).toBeNull();
    expect((await studyDump(page)).open).toMatchObject([{ mode: 'exam', id: 'legacy-exam', questionIds: ids, current: 1, flagged: [ids[1]] }]);

    // And it goes on like any exam: a reload resumes it from IndexedDB.
    await page.keyboard.press('1');
    await expect(page.getByTestId('exam-navigator').getByRole('button', { name: /^2, 답함, 검토 표시$/ })).toBeVisible();
    // The save is a write in flight: a reload within the same few milliseconds could beat it.
    await expect.poll(async () => (await studyDump(page)).open[0]?.answers).toMatchObject({ [ids[1] ?? '']: ['A'] });
    await page.reload();
    await expect(page.getByTestId('exam-navigator').getByRole('button', { name: /^2, 답함, 검토 표시$/ })).toBeVisible();
  });
});

test.describe('the mock exam on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`question and review screens fit without sideways scrolling (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await startExam(page, 5, 2);
      await page.keyboard.press('1');
      await page.keyboard.press('f');
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `exam-question-phone-${theme}`);
      if (theme === 'dark') expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('exam-open-review').click();
      await expect(page.getByTestId('exam-review-screen')).toBeVisible();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `exam-review-screen-phone-${theme}`);
    });
  }
});

const bankOf = siteEntries;

/** A saved list of ids; its type is not trusted. */
const idList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((each): each is string => typeof each === 'string') : []);

/** A finished two-question exam: the first answered with its right answer, the second left unanswered (missed). */
async function finishShortExam(page: Page): Promise<{ id: string; right: string; missed: string }> {
  await startExam(page, 2, 2);
  const right = (await question(page).getAttribute('data-question-id')) ?? '';
  for (const letter of await answersOnScreen(page)) await page.keyboard.press(letter.toLowerCase());
  await page.clock.fastForward('00:25');
  await page.getByTestId('exam-next').click();
  const missed = (await question(page).getAttribute('data-question-id')) ?? '';
  await page.clock.fastForward('00:40');
  await page.getByTestId('exam-open-review').click();
  await page.getByTestId('exam-submit').click();
  await page.getByTestId('exam-confirm-submit').click();
  await expect(page.getByTestId('exam-results')).toBeVisible();
  await expect(page).toHaveURL(/\?result=/);
  const id = new URL(page.url()).searchParams.get('result') ?? '';
  await expect.poll(async () => (await studyDump(page)).sessions.map((session) => session.id)).toEqual([id]);
  return { id, right, missed };
}

const openStats = async (page: Page) => {
  await page.goto('/stats/');
  await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
};

test.describe('past exams, retakes and exams from a tag filter', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`a past exam reopens from /stats/ after a reload: score, breakdown, explanations, time per question (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const { id, right, missed } = await finishShortExam(page);
      await openStats(page);
      await page.reload();
      await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
      const row = page.getByTestId('stats-session');
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-mode', 'exam');
      await row.getByTestId('stats-session-result').click();

      await expect(page).toHaveURL(new RegExp(`/exam/\\?result=${encodeURIComponent(id)}$`));
      const results = page.getByTestId('exam-results');
      await expect(results.getByTestId('exam-score')).toHaveText('550');
      await expect(results.getByTestId('exam-correct')).toHaveText('1 / 2');
      expect(await results.getByTestId('exam-breakdown-row').count()).toBeGreaterThan(0);
      const reviewed = results.getByTestId('exam-reviewed-question');
      await expect(reviewed).toHaveCount(2);
      await expect(reviewed.nth(0)).toHaveAttribute('data-question-id', right);
      await expect(reviewed.nth(0)).toHaveAttribute('data-correct', 'true');
      await expect(reviewed.nth(1)).toHaveAttribute('data-question-id', missed);
      await expect(reviewed.nth(1).getByTestId('exam-reviewed-verdict')).toHaveText(/답하지 않음/);
      await expect(reviewed.locator('.quiz-explanation').first()).toBeVisible();
      // Time on each question, as spent: 25 s on the first, 40 s on the second (plus the real seconds the clicks took).
      const shownMs = async (at: number) => Number(await reviewed.nth(at).getByTestId('exam-reviewed-time').getAttribute('data-ms'));
      expect(await shownMs(0)).toBeGreaterThanOrEqual(25_000);
      expect(await shownMs(0)).toBeLessThan(40_000);
      expect(await shownMs(1)).toBeGreaterThanOrEqual(40_000);
      expect(await shownMs(1)).toBeLessThan(55_000);
      await expect(reviewed.nth(0).getByTestId('exam-reviewed-time')).toHaveText(/^풀이 시간 0:[23]\d$/, { useInnerText: true });
      await expect(results.getByTestId('exam-time-total')).toHaveText(/^1:[0-3]\d$/);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `exam-results-reopened-desktop-${theme}`);
      expect(await seriousViolations(page)).toEqual([]);

      // The address is the result: a reload shows it again.
      await page.reload();
      await expect(results.getByTestId('exam-score')).toHaveText('550');
    });
  }

  test('an unknown result address says so and goes on to the setup', async ({ page }) => {
    await page.goto('/exam/?result=no-such-exam');
    await expect(page.getByTestId('exam-notice')).toHaveAttribute('data-notice', 'result-missing');
    await expect(page.getByTestId('exam-setup')).toBeVisible();
    await expect(page).toHaveURL(/\/exam\/$/);
  });

  test('"retake the missed ones" starts a practice of exactly those, asking before replacing one in progress', async ({ page }) => {
    const { right, missed } = await finishShortExam(page);
    await page.getByTestId('exam-retake').click();
    await expect(page).toHaveURL(/\/practice\/$/);
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', missed, { timeout: 20_000 });
    const open = async () => (await studyDump(page)).open.find((session) => session.mode === 'practice');
    await expect.poll(async () => (await open())?.questionIds).toEqual([missed]);
    // The key was shown with the results: practising it now counts as after seeing the answer.
    expect((await open())?.revealed).toEqual([missed]);
    expect(missed).not.toBe(right);

    // Back to the result, with that practice still open: asked first; cancel keeps it.
    await page.goBack();
    await expect(page.getByTestId('exam-results')).toBeVisible();
    await page.getByTestId('exam-retake').click();
    const confirm = page.getByTestId('exam-retake-confirm');
    await expect(confirm).toBeVisible();
    await expect(page.getByTestId('exam-retake-cancel')).toBeFocused();
    await saveScreenshot(page, 'exam-retake-confirm-desktop-light');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect(confirm).toBeHidden();
    await expect(page).toHaveURL(/\/exam\/\?result=/);
    const kept = (await open())?.id;
    await page.getByTestId('exam-retake').click();
    await page.getByTestId('exam-retake-replace').click();
    await expect(page.getByTestId('practice-run')).toHaveAttribute('data-question', missed, { timeout: 20_000 });
    await expect.poll(async () => (await open())?.id).not.toBe(kept);
  });

  for (const match of ['all', 'any'] as const) {
    test(`an exam drawn from a tag filter (${match} of service/glue, service/s3) asks only those questions`, async ({ page }) => {
      const bank = await bankOf(page);
      const tags = ['service/glue', 'service/s3'];
      const allowed = bank.filter((each) => (match === 'all' ? tags.every((tag) => each.tags.includes(tag)) : tags.some((tag) => each.tags.includes(tag)))).map((each) => each.id);
      expect(allowed.length).toBeGreaterThan(0);
      expect(allowed.length).toBeLessThan(bank.length);

      await page.goto('/exam/');
      await expect(page.getByTestId('exam-pool')).toHaveAttribute('data-count', String(bank.length));
      for (const tag of tags) await page.getByTestId('exam-setup').locator(`input[data-tag="${tag}"]`).check();
      await page.getByRole('radio', { name: match === 'all' ? '모두 붙은 문제 (AND)' : '하나라도 붙은 문제 (OR)' }).check();
      await expect(page.getByTestId('exam-pool')).toHaveAttribute('data-count', String(allowed.length));
      // Untouched, the count follows the filter: every matching question.
      await expect(page.getByRole('spinbutton', { name: '문제 수', exact: true })).toHaveValue(String(allowed.length));
      if (match === 'any') {
        await saveScreenshot(page, 'exam-setup-tags-desktop-light');
        expect(await seriousViolations(page)).toEqual([]);
      }
      await page.getByTestId('exam-start').click();
      await expect(page.getByTestId('exam-question-screen')).toBeVisible();

      const saved = async () => (await studyDump(page)).open.find((session) => session.mode === 'exam');
      await expect.poll(async () => idList((await saved())?.questionIds).length).toBe(allowed.length);
      expect(idList((await saved())?.questionIds).sort()).toEqual([...allowed].sort());
      expect((await saved())?.settings).toMatchObject({ tags, match });
      expect(allowed).toContain(await question(page).getAttribute('data-question-id'));
    });
  }

  test('a tag filter nothing matches cannot start an exam', async ({ page }) => {
    const bank = await bankOf(page);
    const [first, second] = ['service/sagemaker', 'service/glue'];
    expect(bank.some((each) => each.tags.includes(first) && each.tags.includes(second))).toBe(false);
    await page.goto('/exam/');
    await page.getByTestId('exam-setup').locator(`input[data-tag="${first}"]`).check();
    await page.getByTestId('exam-setup').locator(`input[data-tag="${second}"]`).check();
    await expect(page.getByTestId('exam-pool')).toHaveAttribute('data-count', '0');
    await expect(page.getByTestId('exam-pool')).toContainText('조건에 맞는 문제가 없습니다');
    await expect(page.getByTestId('exam-start')).toBeDisabled();
  });
});

test.describe('past exams on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test.beforeEach(async ({ page }) => {
    await page.clock.install();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the sessions list is readable and reachable by keyboard, and opens the result (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      // The setup on a phone: the tag list folds away behind its button.
      await page.goto('/exam/');
      await expect(page.getByTestId('exam-setup')).toBeVisible();
      await expect(page.getByRole('button', { name: '태그 고르기' })).toHaveAttribute('aria-expanded', 'false');
      await saveScreenshot(page, `exam-setup-phone-${theme}`);
      expect(await seriousViolations(page)).toEqual([]);
      await finishShortExam(page);
      await openStats(page);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      const row = page.getByTestId('stats-session');
      await expect(row).toHaveCount(1);
      // A card: every cell inside the screen, each naming its column.
      const box = await row.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
      for (const cell of await row.locator('td:visible').all()) {
        const cellBox = await cell.boundingBox();
        expect(cellBox && cellBox.x >= 0 && cellBox.x + cellBox.width <= 360).toBe(true);
      }
      await expect(row.locator('.stats-cell-label').first()).toBeVisible();
      await expect(row).toContainText('날짜');
      await expect(row).toContainText('550');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.getByTestId('stats-sessions').scrollIntoViewIfNeeded();
      await saveScreenshot(page, `stats-sessions-phone-${theme}`);
      await page.getByTestId('stats-sessions').screenshot({ path: `artifacts/screenshots/stats-sessions-card-phone-${theme}.png` });
      expect(await seriousViolations(page)).toEqual([]);

      // Tab to the result link from the sessions heading, and open it with Enter.
      await page.locator('#stats-sessions-heading').evaluate((heading) => {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      });
      const link = row.getByTestId('stats-session-result');
      for (let step = 0; step < 10 && !(await link.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      await expect(link).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('exam-results')).toBeVisible();
      await expect(page.getByTestId('exam-score')).toHaveText('550');
      expect(await overflow()).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, 0));
      await saveScreenshot(page, `exam-results-reopened-phone-${theme}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('the mock exam on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test('keyboard hints are hidden where there is no keyboard', async ({ page }) => {
    await page.clock.install();
    expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
    await startExam(page, 2, 2);
    await expect(page.locator('.quiz-keys')).toHaveCount(1);
    await expect(page.locator('.quiz-keys')).toBeHidden();
  });
});

test('on a desktop the exam keyboard hint is shown', async ({ page }) => {
  await page.clock.install();
  await startExam(page, 2, 2);
  await expect(page.locator('.quiz-keys')).toBeVisible();
});
