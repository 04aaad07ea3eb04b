import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreenshot, seriousViolations, setTheme } from './helpers';
import { studyCount } from './study-db';

/*
 * A vault's own question layouts, built from tests/fixtures/obsidian-vault/Questions: a
 * note of 40 questions (Q1–20 as Q-blocks with translations, Q21–40 as bold numbers with
 * `(A)` options and the answer in a folded callout), a one-question note in the `**A.**`
 * layout, a sheet without answers and a note with unreadable questions. The answers below
 * were read off the fixture files by hand.
 */

const note = (slug: string) => `/notes/${encodeURIComponent(slug)}/`;
const FORTY = note('ec2-연습-문제-40');
const SHEET = note('자가-진단-시트');
const UNREADABLE = note('읽을-수-없는-문제');
const CODEDEPLOY = note('codedeploy-배포-문제');

const question = (page: Page, n: number) => page.locator(`#q-${n}`);

async function answer(quiz: Locator, letters: string[]): Promise<void> {
  const role = letters.length > 1 ? 'checkbox' : 'radio';
  for (const letter of letters) await quiz.getByRole(role, { name: new RegExp(`^${letter}\\.`) }).check();
  await quiz.getByTestId('quiz-submit').click();
  await expect(quiz.getByTestId('quiz')).toHaveAttribute('data-phase', 'graded');
}

test.describe('a note with 40 questions in two layouts', () => {
  test('lists them, and grades each on its own with its own result', async ({ page }) => {
    await page.goto(FORTY);
    await expect(page.getByTestId('question-jump')).toContainText('문제 40개');
    await expect(page.getByTestId('question-jump').getByRole('link')).toHaveCount(40);
    await expect(page.getByTestId('note-question')).toHaveCount(40);
    await expect(page.getByTestId('practice-link')).toHaveText('이 노트의 문제 40개 연습 →', { useInnerText: true });

    const first = question(page, 1);
    await expect(first.getByTestId('quiz')).toContainText('A team (case 1) needs single-digit millisecond key-value reads');
    await answer(first, ['B']);
    await expect(first.getByTestId('quiz-status')).toHaveText('정답입니다', { useInnerText: true });
    await expect(first.getByTestId('last-result')).toHaveAttribute('data-result', 'correct');
    // The right option's explanation shows under it; the others under theirs.
    await expect(first.locator('.quiz-option[data-letter="B"] .quiz-explanation')).toContainText('Amazon DynamoDB이(가) 사례 1의 요구에 맞는다');
    await expect(first.locator('.quiz-option[data-letter="A"] .quiz-explanation')).toContainText('Amazon CloudFront은(는) 사례 1의 요구와 맞지 않는다');

    // Only that question was graded.
    await expect(question(page, 2).getByTestId('quiz')).toHaveAttribute('data-phase', 'answering');
    await expect(question(page, 2).getByTestId('last-result')).toHaveAttribute('data-result', 'none');

    // A question of the other layout: a wrong pick shows the answer from the folded callout.
    const q21 = question(page, 21);
    await q21.scrollIntoViewIfNeeded();
    await answer(q21, ['A']);
    await expect(q21.getByTestId('quiz-status')).toContainText('정답: B', { useInnerText: true });
    await expect(q21.locator('.quiz-option[data-letter="B"] .quiz-explanation')).toContainText('사례 21에 맞는 선택이다');
    await expect(q21.getByTestId('last-result')).toHaveAttribute('data-result', 'wrong');
    await expect.poll(() => studyCount(page, 'attempts')).toBe(2);

    // A select-two question takes two picks.
    const q5 = question(page, 5);
    await answer(q5, ['B', 'D']);
    await expect(q5.getByTestId('quiz-status')).toHaveText('정답입니다', { useInnerText: true });
  });

  test('Q goes to the next unanswered question, whose keys then work', async ({ page }) => {
    await page.goto(FORTY);
    await page.keyboard.press('q');
    await expect(question(page, 1).locator('input').first()).toBeFocused();
    await page.keyboard.press('b');
    await page.keyboard.press('Enter');
    await expect(question(page, 1).getByTestId('quiz-status')).toHaveText('정답입니다', { useInnerText: true });
    // From the graded question, Q goes on to the next one, not back.
    await page.keyboard.press('q');
    await expect(question(page, 2).locator('input').first()).toBeFocused();
    await page.keyboard.press('q');
    await expect(question(page, 3).locator('input').first()).toBeFocused();
  });

  test('shows a translation only on asking, and remembers the choice', async ({ page }) => {
    await page.goto(FORTY);
    const first = question(page, 1);
    const translation = first.getByTestId('stem-translation');
    await expect(translation).toBeHidden();
    await expect(first.locator('.quiz-option-translation').first()).toBeHidden();
    await first.getByTestId('translation-toggle').click();
    await expect(translation).toBeVisible();
    await expect(translation).toHaveText('팀(사례 1)에 DynamoDB 같은 기능이 필요하다. 가장 적은 노력으로 요구 사항을 충족하는 서비스는?');
    await expect(first.locator('.quiz-option-translation').first()).toHaveText('CloudFront 사용');
    // One preference for every question.
    await expect(question(page, 2).getByTestId('translation-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(question(page, 2).getByTestId('stem-translation')).toBeVisible();

    await page.reload();
    await expect(question(page, 1).getByTestId('stem-translation')).toBeVisible();
    await question(page, 3).getByTestId('translation-toggle').click();
    await expect(question(page, 1).getByTestId('stem-translation')).toBeHidden();
  });

  test('links to each question, from the jump list and from outside', async ({ page }) => {
    await page.goto(`${FORTY}#q-33`);
    await expect(question(page, 33)).toBeInViewport();
    await page.getByTestId('question-jump').getByRole('link', { name: '12', exact: true }).click();
    await expect(page).toHaveURL(/#q-12$/);
    await expect(question(page, 12)).toBeInViewport();
  });

  test('practises the note\'s questions from its page', async ({ page }) => {
    await page.goto(FORTY);
    await page.getByTestId('practice-link').click();
    await expect(page).toHaveURL(/\/practice\/\?note=/);
    await expect(page.getByTestId('practice-start')).toHaveText('40문제 시작', { useInnerText: true });
    await page.getByTestId('practice-start').click();
    const run = page.getByTestId('practice-run');
    await expect(run.getByTestId('quiz')).toBeVisible();
    expect(await run.getAttribute('data-question')).toMatch(/^ec2-연습-문제-40--q\d+$/);
  });

  test('a mock exam draws from it, and review brings back a wrong answer', async ({ page }) => {
    await page.clock.install();
    await page.goto(FORTY);
    await answer(question(page, 21), ['A']);
    await expect.poll(() => studyCount(page, 'attempts')).toBe(1);

    // Past the 10-minute learning step, the wrong answer is due.
    await page.clock.fastForward('11:00');
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', '1');
    await page.getByTestId('review-start').click();
    const run = page.getByTestId('review-run');
    await expect(run.getByTestId('quiz')).toContainText('요구 사항(사례 21): automatic failover of a relational database.');

    await page.goto('/exam/');
    await expect(page.getByTestId('exam-setup')).toBeVisible();
    await page.locator('input[data-tag="practice/ec2"]').check({ force: true });
    await page.getByRole('spinbutton', { name: '문제 수', exact: true }).fill('40');
    await page.getByTestId('exam-start').click();
    await expect(page.getByTestId('exam-question-screen')).toBeVisible();
    await expect(page.getByTestId('exam-position')).toHaveText('문제 1 / 40', { useInnerText: true });
    await expect(page.getByTestId('exam-question')).toContainText(/A team \(case \d+\)|요구 사항\(사례 \d+\)/);
  });

  test('reads well and is accessible: light, dark, a 360 px phone', async ({ page }) => {
    // axe reads 40 quizzes, twice.
    test.slow();
    await page.goto(FORTY);
    await question(page, 1).getByTestId('translation-toggle').click();
    await answer(question(page, 1), ['A']);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'questions-40-desktop-light', { fullPage: false });
    await setTheme(page, 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await question(page, 1).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'questions-40-desktop-dark', { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 780 });
    await setTheme(page, 'light');
    await page.goto(`${FORTY}#q-21`);
    await page.reload();
    await saveScreenshot(page, 'questions-40-phone-light', { fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a page with 40 questions loads the same scripts as a page with one', async ({ page }) => {
    const scripts = async (path: string) => {
      await page.goto(path);
      // Hydrated: every question's own result has been read from the study record.
      await expect(page.locator('[data-testid="last-result"][data-result="loading"]')).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      // The app's own code (the font warmer runs on a first visit only, whatever the page).
      return urls.filter((url) => url.endsWith('.js') && url.includes('/_next/')).map((url) => new URL(url).pathname).sort();
    };
    expect(await scripts(FORTY)).toEqual(await scripts(CODEDEPLOY));
  });
});

test('one question per note: **A.** options, # 해설, the reasons for each wrong option', async ({ page }) => {
  await page.goto(CODEDEPLOY);
  await expect(page.locator('h1')).toHaveText('CodeDeploy 배포 문제');
  const quiz = page.getByTestId('quiz');
  await expect(quiz).toContainText('한 회사가 CodeDeploy로 EC2 인스턴스 20대에 새 버전을 배포한다.');
  // The answer and the explanations are not on the page before grading.
  await expect(page.getByTestId('note')).not.toContainText('HalfAtATime은 한 번에 절반까지만');
  await quiz.getByRole('radio', { name: /^A\./ }).check();
  await quiz.getByTestId('quiz-submit').click();
  await expect(quiz.getByTestId('quiz-status')).toContainText('정답: B', { useInnerText: true });
  await expect(quiz.locator('.quiz-option[data-letter="A"] .quiz-explanation')).toContainText('모든 인스턴스를 한꺼번에 내려서');
  await expect(quiz).toContainText('HalfAtATime은 한 번에 절반까지만 내리므로');
});

test('a sheet without answers is shown to read, with a notice, and never graded', async ({ page }) => {
  await page.goto(SHEET);
  await expect(page.getByTestId('unanswered-notice')).toContainText('이 노트의 문제 3개는 정답이 적혀 있지 않아 채점하지 않습니다');
  await expect(page.getByTestId('quiz')).toHaveCount(0);
  await expect(page.getByTestId('practice-link')).toHaveCount(0);
  await expect(page.getByTestId('note')).toContainText('Which service orchestrates a multi-step workflow with retries?');
  await expect(page.getByTestId('note')).toContainText('AWS Step Functions');
  expect(await seriousViolations(page)).toEqual([]);

  // Nor does it enter the question bank.
  const index: { notes: { slug: string }[] } = await (await page.request.get('/questions.json')).json();
  expect(index.notes.map((each) => each.slug)).not.toContain('자가-진단-시트');
});

test('unreadable questions are shown as written; the readable one is a quiz', async ({ page }) => {
  await page.goto(UNREADABLE);
  await expect(page.getByTestId('quiz')).toHaveCount(1);
  await expect(page.getByTestId('quiz')).toContainText('Which service runs containers without servers?');
  await expect(page.getByTestId('note')).toContainText('Which storage class is cheapest for data read once a year?');
  await expect(page.getByTestId('note')).toContainText('이건 문제가 아닌 목록');
});

test('search finds a question by its stem and its translation, and opens the note at it', async ({ page }) => {
  for (const query of ['automatic failover relational', '다중 AZ']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    const hit = page.getByTestId('search-results').locator('li a').filter({ hasText: 'EC2·스토리지 연습 문제 40 · ' }).first();
    await expect(hit).toBeVisible();
    await hit.click();
    await expect(page).toHaveURL(/\/notes\/ec2-%EC%97%B0%EC%8A%B5-%EB%AC%B8%EC%A0%9C-40\/#q-\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`#${anchor}`)).toBeInViewport();
    await expect(page.locator(`#${anchor}`)).toContainText(query === '다중 AZ' ? 'Amazon RDS Multi-AZ' : 'automatic failover of a relational database');
  }
});
