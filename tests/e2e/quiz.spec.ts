import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIREHOSE_NOTE, GLUE_NOTE, answerOnNote, chooseOnNote, saveScreenshot, siteEntries } from './helpers';
import { seedLegacyProgress, studyDump } from './study-db';

const GLUE_Q = 'etl-glue-minimal-operations--q1';

/** axe-core's serious and critical violations inside the quiz (the note around it has its own tests). */
async function quizViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="quiz"], [data-testid="exam-question-screen"]').analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
}

/** A screenshot of just the quiz, readable at a glance (artifacts/screenshots). */
async function shootQuiz(quiz: Locator, name: string): Promise<void> {
  await quiz.screenshot({ path: path.resolve(import.meta.dirname, '../../artifacts/screenshots', `${name}.png`) });
}

test.describe('reaching the quiz from the keyboard', () => {
  test('the second Tab stop skips to the question, whose keys then work', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '본문으로 건너뛰기' })).toBeFocused();
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-to-quiz');
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await expect(skip).toHaveText('문제로 건너뛰기 (Q)', { useInnerText: true });
    await page.keyboard.press('Enter');
    const quiz = page.getByTestId('quiz');
    await expect(quiz.locator('input').first()).toBeFocused();
    await page.keyboard.press('b');
    await expect(quiz.getByRole('radio', { name: /^B\./ })).toBeChecked();
  });

  test('Q from anywhere on the note goes to its question', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('q');
    await expect(page.getByTestId('quiz').locator('input').first()).toBeFocused();
    await expect(page.getByTestId('quiz')).toBeInViewport();
  });

  test('a page without a question has no such link', async ({ page }) => {
    await page.goto('/tags/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('skip-to-quiz')).not.toBeFocused();
    await expect(page.getByTestId('skip-to-quiz')).toBeHidden();
  });
});

test.describe('the quiz', () => {
  test('holds no answer or explanation before submitting', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const html = await page.content();
    expect(html).not.toContain('15분 실행 시간 제한으로 ETL 작업에 부적합하며');
    expect(html).not.toContain('정답: A');
    await expect(page.locator('.quiz-explanation')).toHaveCount(0);
  });

  test('answer wrong, see why, then retry: the revealed answer is kept but never counts as right', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const quiz = page.getByTestId('quiz');
    await expect(quiz.getByTestId('quiz-submit')).toBeDisabled();
    await quiz.getByRole('radio', { name: /^B\./ }).check();
    await quiz.getByTestId('quiz-submit').click();

    await expect(quiz.getByTestId('quiz-status')).toContainText('오답입니다');
    await expect(quiz.getByTestId('quiz-status')).toContainText('A');
    await expect(quiz.locator('[data-letter="B"]')).toHaveAttribute('data-state', 'wrong-picked');
    await expect(quiz.locator('[data-letter="A"]')).toHaveAttribute('data-state', 'correct-missed');
    await expect(quiz.locator('[data-letter="B"] .quiz-explanation')).toContainText('15분 실행 시간 제한');
    await expect(quiz.locator('[data-letter="C"] .quiz-explanation')).toContainText('Redshift는 단순 데이터 저장용');
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', 'wrong');
    await saveScreenshot(page, 'quiz-wrong-desktop-light');

    // The answer is on screen now: picking it is not knowing it.
    await quiz.getByTestId('quiz-retry').click();
    await expect(quiz.locator('.quiz-explanation')).toHaveCount(0);
    await quiz.getByRole('radio', { name: /^A\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz.getByTestId('quiz-status')).toContainText('해설을 본 뒤라 맞힌 것으로 세지 않습니다');
    await expect(quiz.locator('[data-letter="A"]')).toHaveAttribute('data-state', 'correct-picked');
    await expect(quiz.getByTestId('rating-bar')).toHaveCount(0);
    const badge = page.getByTestId('last-result').first();
    await expect(badge).toHaveAttribute('data-result', 'revealed');
    await expect(badge).toContainText('해설 본 뒤 정답');

    await page.reload();
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', 'revealed');
    await page.goto('/');
    const card = page.getByTestId('note-card').filter({ hasText: '최소 운영 관리' });
    await expect(card.getByTestId('last-result')).toHaveAttribute('data-result', 'revealed');
    const saved = await studyDump(page);
    expect(saved.attempts.map(({ questionId, chosen, correct, revealed, mode }) => ({ questionId, chosen, correct, revealed, mode }))).toEqual(
      expect.arrayContaining([
        { questionId: GLUE_Q, chosen: ['B'], correct: false, revealed: false, mode: 'note' },
        { questionId: GLUE_Q, chosen: ['A'], correct: true, revealed: true, mode: 'note' },
      ]),
    );
    expect(saved.attempts).toHaveLength(2);

    await page.goto('/stats/');
    const accuracy = page.getByTestId('stats-accuracy');
    await expect(accuracy).toHaveAttribute('data-attempts', '1');
    await expect(accuracy).toHaveAttribute('data-correct', '0');
    await expect(accuracy).not.toContainText('100%');
  });

  test('a clean right answer shows unlike one given after seeing the answer', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['A']);
    const quiz = page.getByTestId('quiz');
    await expect(quiz.getByTestId('quiz-status')).toContainText('정답입니다');
    await expect(quiz.getByTestId('quiz-status')).not.toContainText('해설을 본 뒤');
    const badge = page.getByTestId('last-result').first();
    await expect(badge).toHaveAttribute('data-result', 'correct');
    await expect(badge).toContainText('최근: 정답');
    await expect(quiz.getByTestId('rating-bar')).toContainText("평가하지 않으면 '어려움'으로 예약됩니다");
    await page.goto('/stats/');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-correct', '1');
    await expect(page.getByTestId('stats-accuracy')).toContainText('100%');
  });

  test('a right answer asks how well it was known and saves the rating; a wrong one does not ask', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const quiz = page.getByTestId('quiz');
    await quiz.getByRole('radio', { name: /^B\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz.getByTestId('quiz-status')).toContainText('오답입니다');
    await expect(quiz.getByTestId('rating-bar')).toHaveCount(0);

    await page.reload();
    await quiz.getByRole('radio', { name: /^A\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    const bar = quiz.getByTestId('rating-bar');
    // Anki's labels, each with its key and the interval it would give (first answered wrong, so still learning).
    await expect(bar.getByRole('button')).toHaveText([/^1\s*다시\s*10분$/, /^2\s*어려움\s*15분$/, /^3\s*좋음\s*\d+일$/, /^4\s*쉬움\s*\d+(일|개월)$/], { useInnerText: true });
    await bar.getByTestId('rate-easy').click();
    await expect(bar.getByTestId('rate-easy')).toHaveAttribute('aria-pressed', 'true');
    await expect(bar).toContainText('평가를 저장했습니다');
    await expect.poll(async () => (await studyDump(page)).ratings.length).toBe(1);
    const saved = await studyDump(page);
    const right = saved.attempts.find((attempt) => attempt.correct);
    expect(saved.ratings).toEqual([expect.objectContaining({ attemptId: right?.id, questionId: GLUE_Q, rating: 'easy' })]);
  });

  for (const key of ['Enter', 'Space'] as const) {
    test(`${key} on a rating button saves the rating`, async ({ page }) => {
      await answerOnNote(page, GLUE_NOTE, ['A']);
      const bar = page.getByTestId('rating-bar');
      await bar.getByTestId('rate-good').focus();
      await page.keyboard.press(key);
      await expect(bar.getByTestId('rate-good')).toHaveAttribute('aria-pressed', 'true');
      await expect(bar).toContainText('평가를 저장했습니다');
      // The key did what the button says, and nothing else: the quiz was not submitted again.
      await expect(page.getByTestId('quiz')).toHaveAttribute('data-phase', 'graded');
      await expect.poll(async () => (await studyDump(page)).ratings.map((rating) => rating.rating)).toEqual(['good']);
      expect((await studyDump(page)).attempts).toHaveLength(1);
    });
  }

  test('Enter on "try again" retries, and Enter on an option still submits', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    const quiz = page.getByTestId('quiz');
    await quiz.getByTestId('quiz-retry').focus();
    await page.keyboard.press('Enter');
    await expect(quiz).toHaveAttribute('data-phase', 'answering');
    await page.keyboard.press('a');
    await page.keyboard.press('Enter');
    await expect(quiz).toHaveAttribute('data-phase', 'graded');
  });

  test('a result given before the question was edited still shows, marked as edited', async ({ page }) => {
    const attempt = { id: 'old', questionId: GLUE_Q, fingerprint: 'before-the-edit', chosen: ['A'], correct: true, at: '2026-01-01T00:00:00.000Z', mode: 'note' };
    await seedLegacyProgress(page, { version: 2, attempts: [attempt], ratings: [], sessions: [] });
    await page.goto(GLUE_NOTE);
    const badge = page.getByTestId('last-result').first();
    await expect(badge).toHaveAttribute('data-result', 'correct');
    await expect(badge).toHaveAttribute('data-edited', 'true');
    await expect(badge).toContainText('문제가 수정됨');
  });

  test('without IndexedDB (some private modes) answers still count for this visit, and the student is told', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    const quiz = await chooseOnNote(page, GLUE_NOTE, ['A']);
    await quiz.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('progress-notice')).toHaveAttribute('data-notice', 'memory-only');
    await expect(page.getByTestId('progress-notice')).toContainText('이번 방문 동안만');
    await expect(page.getByTestId('last-result').first()).toHaveAttribute('data-result', 'correct');
  });

  test('a multi-answer question takes exactly N checkboxes and grades all-or-nothing', async ({ page }) => {
    await page.goto(FIREHOSE_NOTE);
    const quiz = page.getByTestId('quiz');
    await expect(quiz.locator('.quiz-select-hint')).toContainText('2개를 고르세요');
    await expect(quiz.getByRole('checkbox')).toHaveCount(5);
    await quiz.getByRole('checkbox', { name: /^A\./ }).check();
    await expect(quiz.getByTestId('quiz-submit')).toBeDisabled();
    await quiz.getByRole('checkbox', { name: /^B\./ }).check();
    await expect(quiz.getByTestId('quiz-submit')).toBeEnabled();
    // A third pick is refused: the question asks for two.
    await quiz.getByRole('checkbox', { name: /^C\./ }).click();
    await expect(quiz.getByRole('checkbox', { name: /^C\./ })).not.toBeChecked();

    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz.getByTestId('quiz-status')).toContainText('오답입니다');
    await expect(quiz.getByTestId('quiz-status')).toContainText('A, C');
    await expect(quiz.locator('[data-letter="A"]')).toHaveAttribute('data-state', 'correct-picked');
    await expect(quiz.locator('[data-letter="B"]')).toHaveAttribute('data-state', 'wrong-picked');
    await expect(quiz.locator('[data-letter="C"]')).toHaveAttribute('data-state', 'correct-missed');
    await expect(quiz.locator('[data-letter="B"] .quiz-explanation')).toContainText('직접 전송 대상이 아니며');

    await quiz.getByTestId('quiz-retry').click();
    await quiz.getByRole('checkbox', { name: /^C\./ }).check();
    await quiz.getByRole('checkbox', { name: /^A\./ }).check();
    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz.getByTestId('quiz-status')).toContainText('해설을 본 뒤라 맞힌 것으로 세지 않습니다');
    await saveScreenshot(page, 'quiz-multi-correct-desktop-light');
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const quiz = page.getByTestId('quiz');
    // Tab from the top of the page until focus reaches the first option.
    for (let step = 0; step < 60; step += 1) {
      await page.keyboard.press('Tab');
      if (await quiz.getByRole('radio').first().evaluate((input) => input === document.activeElement)) break;
    }
    await expect(quiz.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('d');
    await expect(quiz.getByRole('radio', { name: /^D\./ })).toBeChecked();
    await page.keyboard.press('1');
    await expect(quiz.getByRole('radio', { name: /^A\./ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(quiz.getByTestId('quiz-status')).toContainText('정답입니다');
    await expect(quiz.getByTestId('quiz-status')).toBeFocused();
    await expect(quiz.getByTestId('quiz-status')).toHaveAttribute('aria-live', 'polite');
    await page.keyboard.press('r');
    await expect(quiz).toHaveAttribute('data-phase', 'answering');
    await expect(quiz.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await expect(quiz.getByTestId('quiz-status')).toContainText('오답입니다');
  });

  test('multi-answer by keyboard: letters toggle checkboxes', async ({ page }) => {
    await page.goto(FIREHOSE_NOTE);
    const quiz = page.getByTestId('quiz');
    await quiz.getByRole('checkbox').first().focus();
    await page.keyboard.press('a');
    await page.keyboard.press('c');
    await page.keyboard.press('c');
    await page.keyboard.press('3');
    await expect(quiz.getByRole('checkbox', { name: /^A\./ })).toBeChecked();
    await expect(quiz.getByRole('checkbox', { name: /^C\./ })).toBeChecked();
    await page.keyboard.press('Enter');
    await expect(quiz.getByTestId('quiz-status')).toContainText('정답입니다');
  });

  test.describe('multi-answer: the count as it is picked, and a refused pick says why', () => {
    for (const [width, theme] of [
      [1280, 'light'],
      [1280, 'dark'],
      [360, 'light'],
      [360, 'dark'],
    ] as const) {
      test(`by keyboard alone at ${width} px (${theme})`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(FIREHOSE_NOTE);
        const quiz = page.getByTestId('quiz');
        const count = quiz.getByTestId('select-count');
        await expect(count).toHaveAttribute('aria-live', 'polite');
        await expect(count).toHaveText('0 / 2 선택', { useInnerText: true });
        await quiz.getByRole('checkbox').first().focus();
        await page.keyboard.press('a');
        await expect(count).toHaveText('1 / 2 선택', { useInnerText: true });
        await page.keyboard.press('b');
        await expect(count).toHaveText('2 / 2 선택', { useInnerText: true });
        // A third pick: refused, and the student is told why.
        await page.keyboard.press('c');
        await expect(quiz.getByRole('checkbox', { name: /^C\./ })).not.toBeChecked();
        await expect(quiz.getByTestId('select-refused')).toHaveText('2개까지 고를 수 있습니다. 하나를 해제하고 고르세요.', { useInnerText: true });
        await expect(count).toContainText('2 / 2 선택');
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(await quizViolations(page)).toEqual([]);
        await shootQuiz(quiz, `quiz-select-refused-${width}-${theme}`);
        // Clearing one (Space on the focused A) lets the next pick in, and the message goes.
        await page.keyboard.press('Space');
        await expect(count).toHaveText('1 / 2 선택', { useInnerText: true });
        await expect(quiz.getByTestId('select-refused')).toHaveCount(0);
        await page.keyboard.press('c');
        await expect(count).toHaveText('2 / 2 선택', { useInnerText: true });
        await expect(quiz.getByTestId('select-refused')).toHaveCount(0);
      });
    }

    test('in English', async ({ page }) => {
      await page.goto(FIREHOSE_NOTE);
      await page.getByTestId('language-toggle').click();
      const quiz = page.getByTestId('quiz');
      await quiz.getByRole('checkbox').first().focus();
      await page.keyboard.press('1');
      await page.keyboard.press('2');
      await page.keyboard.press('3');
      await expect(quiz.getByTestId('select-count')).toHaveText('2 / 2 selected You can choose 2. Clear one to choose another.', { useInnerText: true });
    });
  });

  test('the key hint names only the letters the question has', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const hint = page.getByTestId('quiz').locator('.quiz-keys');
    await expect(hint).toHaveText('키보드: A–D 또는 1–4 선택, Enter 채점', { useInnerText: true });
    // Graded, the letters choose nothing and 1–4 rate: the hint names only what is left.
    await page.getByTestId('quiz').getByRole('radio', { name: /^B\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(hint).toHaveText('키보드: R 다시 풀기', { useInnerText: true });
    await page.goto(FIREHOSE_NOTE);
    await expect(hint).toHaveText('키보드: A–E 또는 1–5 선택, Enter 채점', { useInnerText: true });
  });

  test.describe('the right answer explained', () => {
    const CTAS_NOTE = '/notes/athena-ctas-parquet-conversion/';
    const WORDS = 'CTAS로 Parquet + Snappy 변환, event_date로 파티셔닝';

    test('is not in the page or the question bank before grading', async ({ page }) => {
      await page.goto(CTAS_NOTE);
      expect(await page.content()).not.toContain(WORDS);
      await expect(page.getByTestId('quiz-why')).toHaveCount(0);
      for (const file of ['/questions.json', '/questions/athena-ctas-parquet-conversion.json']) {
        const response = await page.request.get(file);
        expect(response.ok(), file).toBe(true);
        const bank = await response.text();
        expect(bank).not.toContain(WORDS);
        expect(bank).not.toContain('keyPointHtml');
      }
    });

    for (const [width, theme] of [
      [1280, 'light'],
      [1280, 'dark'],
      [360, 'light'],
      [360, 'dark'],
    ] as const) {
      test(`after grading: under the first right option, the answer line's words and the key point (${width} px, ${theme})`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(CTAS_NOTE);
        const keyPoint = (await page.locator('#key-point .prose').innerText()).trim();
        const quiz = page.getByTestId('quiz');
        await quiz.getByRole('checkbox', { name: /^A\./ }).check();
        await quiz.getByRole('checkbox', { name: /^B\./ }).check();
        await quiz.getByTestId('quiz-submit').click();
        await expect(quiz).toHaveAttribute('data-phase', 'graded');
        const why = quiz.getByTestId('quiz-why');
        // Once, under B (the first of B and E), not under the wrong pick A.
        await expect(why).toHaveCount(1);
        await expect(quiz.locator('[data-letter="B"]').getByTestId('quiz-why')).toBeVisible();
        await expect(why.getByTestId('quiz-why-words')).toHaveText(`정답 요약: ${WORDS}`, { useInnerText: true });
        await expect(why).toContainText('핵심 포인트');
        await expect(why).toContainText(keyPoint.slice(0, 40));
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(await quizViolations(page)).toEqual([]);
        await shootQuiz(quiz, `quiz-why-right-${width}-${theme}`);
        // Trying again hides it until the next grade.
        await quiz.getByTestId('quiz-retry').click();
        await expect(quiz.getByTestId('quiz-why')).toHaveCount(0);
      });
    }

    test('an answer line that copies its option adds no words; the key point still shows', async ({ page }) => {
      await answerOnNote(page, GLUE_NOTE, ['A']);
      const why = page.getByTestId('quiz').locator('[data-letter="A"]').getByTestId('quiz-why');
      await expect(why).toContainText('운영 관리를 최소화해야 하는 경우');
      await expect(why.getByTestId('quiz-why-words')).toHaveCount(0);
    });
  });

  test('the exam\'s question screen: the count, a refused pick, and the letters it has', async ({ page }) => {
    const bank = await siteEntries(page);
    await page.goto('/exam/');
    await page.getByRole('spinbutton', { name: '문제 수', exact: true }).fill(String(bank.length));
    await page.getByTestId('exam-start').click();
    const screen = page.getByTestId('exam-question-screen');
    const question = page.getByTestId('exam-question');
    // Move with → to a question that asks for two or more.
    for (let step = 0; step < bank.length && Number(await question.getAttribute('data-select-count')) < 2; step += 1) {
      await page.keyboard.press('ArrowRight');
    }
    const needed = Number(await question.getAttribute('data-select-count'));
    expect(needed).toBeGreaterThan(1);
    const letters = await question.locator('[data-letter]').evaluateAll((options) => options.map((option) => option.getAttribute('data-letter')));
    await expect(screen.locator('.quiz-keys')).toContainText(`키보드: A–${letters.at(-1)} 또는 1–${letters.length} 선택`);
    const count = question.getByTestId('select-count');
    await expect(count).toHaveText(`0 / ${needed} 선택`, { useInnerText: true });
    for (let key = 1; key <= needed; key += 1) await page.keyboard.press(String(key));
    await expect(count).toHaveText(`${needed} / ${needed} 선택`, { useInnerText: true });
    await page.keyboard.press(String(needed + 1));
    await expect(question.getByTestId('select-refused')).toHaveText(`${needed}개까지 고를 수 있습니다. 하나를 해제하고 고르세요.`, { useInnerText: true });
    await expect(question.locator('[data-state="chosen"]')).toHaveCount(needed);
    expect(await quizViolations(page)).toEqual([]);
    await shootQuiz(screen, 'exam-select-refused-1280-light');
  });
});
