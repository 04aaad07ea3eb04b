import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerOnNote, chooseOnNote, FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot, seriousViolations } from './helpers';

const KEY = 'aws-notes/progress/v1';
const GLUE_Q = 'etl-glue-minimal-operations--q1';
const FIREHOSE_Q = 'kinesis-firehose-destinations--q1';

/** The headline numbers as the page shows them. */
async function numbers(page: Page) {
  await expect(page.getByTestId('stats-answered')).toBeVisible();
  const read = (testId: string, name: string) => page.getByTestId(testId).getAttribute(name);
  return {
    answered: await read('stats-answered', 'data-answered'),
    total: await read('stats-answered', 'data-total'),
    attempts: await read('stats-accuracy', 'data-attempts'),
    correct: await read('stats-accuracy', 'data-correct'),
    latest: await page.getByTestId('stats-latest').locator('.stats-figure-value').textContent(),
    streak: await read('stats-streak', 'data-days'),
    accuracyText: await page.getByTestId('stats-accuracy').locator('.stats-figure-value').textContent(),
  };
}

test.describe('stats', () => {
  test('nothing answered yet: zeros, an empty week, no sessions', async ({ page }) => {
    const bank: { questions: unknown[] } = await (await page.request.get('/questions.json')).json();
    await page.goto('/stats/');
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '0');
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-total', String(bank.questions.length));
    await expect(page.getByTestId('stats-accuracy')).toContainText('—');
    await expect(page.getByTestId('stats-streak')).toHaveAttribute('data-days', '0');
    await expect(page.getByTestId('chart-due').getByTestId('chart-column')).toHaveCount(7);
    await expect(page.getByTestId('stats-sessions-empty')).toBeVisible();
  });

  test('two tabs answering at once lose nothing', async ({ page }) => {
    const other = await page.context().newPage();
    const [first, second] = await Promise.all([chooseOnNote(page, GLUE_NOTE, ['A']), chooseOnNote(other, FIREHOSE_NOTE, ['A', 'C'])]);
    await Promise.all([first.getByTestId('quiz-submit').click(), second.getByTestId('quiz-submit').click()]);
    await expect(first.getByTestId('quiz-status')).toContainText('정답입니다');
    await expect(second.getByTestId('quiz-status')).toContainText('정답입니다');

    await Promise.all([page.reload(), other.reload()]);
    for (const tab of [page, other]) {
      const saved = JSON.parse((await tab.evaluate((key) => localStorage.getItem(key), KEY)) ?? '{}');
      expect(saved.attempts.map((attempt: { questionId: string }) => attempt.questionId).sort()).toEqual([GLUE_Q, FIREHOSE_Q]);
    }
    await page.goto('/stats/');
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '2');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-attempts', '2');
    await other.close();
  });

  test('export, then import into a fresh browser, restores the stats; a bad file changes nothing', async ({ page, browser }, testInfo) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await page.getByTestId('quiz-retry').click();
    await page.getByTestId('quiz').getByRole('radio', { name: /^A\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('quiz-status')).toContainText('정답입니다');
    await page.getByTestId('rate-easy').click();
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'B']);

    await page.goto('/stats/');
    const before = await numbers(page);
    expect(before).toMatchObject({ answered: '2', attempts: '3', correct: '1', streak: '1' });
    const dueBefore = await page.getByTestId('chart-due').getByTestId('chart-column').evaluateAll((columns) => columns.map((column) => column.getAttribute('data-count')));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^aws-notes-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'aws-notes', progress: { version: 2 } });
    expect(exported.progress.attempts).toHaveLength(3);

    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const other = await fresh.newPage();
    await other.goto('/stats/');
    await expect(other.getByTestId('stats-answered')).toHaveAttribute('data-answered', '0');
    await other.getByLabel('기록 가져오기 (JSON 파일)').setInputFiles(file);
    const result = other.getByTestId('stats-import-result');
    await expect(result).toHaveAttribute('data-ok', 'true');
    await expect(result).toContainText('가져왔습니다');
    await expect(result).toContainText('풀이 기록 +3', { useInnerText: true });
    await expect(result).toContainText('평가 +1', { useInnerText: true });
    expect(await numbers(other)).toEqual(before);
    const dueAfter = await other.getByTestId('chart-due').getByTestId('chart-column').evaluateAll((columns) => columns.map((column) => column.getAttribute('data-count')));
    expect(dueAfter).toEqual(dueBefore);

    // The same file again adds nothing and loses nothing.
    await other.getByTestId('stats-import').setInputFiles(file);
    await expect(result).toContainText('새 기록이 없습니다');
    expect(await numbers(other)).toEqual(before);

    // Bad files: a clear reason each time, and the progress stays as it was.
    const badFiles = [
      { content: 'this is not json', message: 'JSON 파일이 아닙니다' },
      { content: '{"hello": "world"}', message: '이 앱에서 내보낸 기록 파일이 아닙니다' },
      { content: JSON.stringify({ app: 'aws-notes', exportedAt: new Date().toISOString(), progress: { version: 99 } }), message: '새 버전에서 내보낸 파일입니다' },
      { content: JSON.stringify({ app: 'aws-notes', exportedAt: new Date().toISOString(), progress: { version: 2, attempts: 'oops' } }), message: '손상되어' },
    ];
    for (const bad of badFiles) {
      await other.getByTestId('stats-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad.content) });
      await expect(result).toHaveAttribute('data-ok', 'false');
      await expect(result).toContainText(bad.message);
      await expect(result).toContainText('지금 기록은 그대로입니다');
      expect(await numbers(other)).toEqual(before);
    }
    await other.reload();
    expect(await numbers(other)).toEqual(before);
    await fresh.close();
  });

  test('unreadable saved progress: the student is told, and the raw value is kept under a backup key', async ({ page }) => {
    const raw = '{"version":2,"attempts":[{"broken"';
    await page.goto('/stats/');
    // Once the page has read its (empty) progress, so what it reads next is the broken value.
    await expect(page.getByTestId('stats-answered')).toBeVisible();
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: KEY, value: raw });
    await page.reload();
    await expect(page.getByTestId('progress-notice')).toContainText('따로 보관하고 새로 시작합니다');
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '0');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('aws-notes/progress/backup/'))
        .map((key) => localStorage.getItem(key)),
    );
    expect(backups).toEqual([raw]);
  });

  test('charts, sessions and screenshots with a week of study (light, dark, 360 px phone); axe finds nothing serious', async ({ page }) => {
    await page.goto('/stats/');
    await expect(page.getByTestId('stats-answered')).toBeVisible();
    const bank: { questions: { id: string; fingerprint: string }[] } = await (await page.request.get('/questions.json')).json();
    await page.evaluate(seedWeek, bank.questions.slice(0, 12));
    await page.reload();

    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '12');
    await expect(page.getByTestId('stats-streak')).toHaveAttribute('data-days', '4');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-attempts', '15');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-correct', '11');

    // Mastery per tag: one chart per namespace, each bar labelled with its tag and numbers.
    const service = page.getByTestId('chart-mastery-service');
    await expect(service).toBeVisible();
    const bars = service.getByTestId('chart-bar');
    expect(await bars.count()).toBeGreaterThan(3);
    await expect(service.locator('svg')).toHaveAttribute('role', 'img');
    await expect(bars.first().locator('title')).toHaveText(/^service\/[a-z0-9-]+: \d+\/\d+ \(\d+%\)/);
    // Sorted: the best-known tags first.
    const shares = await bars.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-value'))));
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);

    // The next seven days, today first, with weekday labels; today includes what is overdue.
    const due = page.getByTestId('chart-due');
    const columns = due.getByTestId('chart-column');
    await expect(columns).toHaveCount(7);
    await expect(columns.first()).toContainText('오늘');
    await expect(columns.nth(1)).toContainText(/[일월화수목금토]/);
    const counts = await columns.evaluateAll((all) => all.map((column) => Number(column.getAttribute('data-count'))));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-count', String(counts[0]));
    await page.goto('/stats/');

    // Recent sessions, newest first; exams with their scaled score and result.
    const sessions = page.getByTestId('stats-session');
    await expect(sessions).toHaveCount(4);
    await expect(sessions.first()).toHaveAttribute('data-mode', 'review');
    const exam = sessions.filter({ hasText: '780' });
    await expect(exam).toContainText('합격');
    await expect(exam).toContainText('52 / 65');
    await expect(sessions.filter({ hasText: '640' })).toContainText('불합격');

    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'stats-desktop-light');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await expect(page.getByTestId('chart-due')).toBeVisible();
    // The bars take the theme's colours.
    const fill = await due.locator('.chart-bar-fill').first().evaluate((bar) => getComputedStyle(bar).fill);
    expect(fill).not.toBe('rgb(0, 0, 0)');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'stats-desktop-dark');

    await page.getByTestId('language-toggle').click();
    await expect(columns.first()).toContainText('Today');
    await saveScreenshot(page, 'stats-desktop-dark-en');
    await page.getByTestId('language-toggle').click();

    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expect(page.getByTestId('chart-due')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'stats-phone-dark');
  });

  test('axe finds nothing serious on the empty page, light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('/stats/');
      await expect(page.getByTestId('stats-answered')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});

/**
 * Runs in the page: four days of study on twelve questions (15 attempts, 11 right, some
 * rated), and four sessions, saved as progress version 2.
 */
function seedWeek(questions: { id: string; fingerprint: string }[]): void {
  const dayAt = (daysAgo: number, hour: number) => {
    const date = new Date();
    date.setDate(date.getDate() - daysAgo);
    date.setHours(hour, 0, 0, 0);
    return date.toISOString();
  };
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
    const at = dayAt(daysAgo, 9);
    attempts.push({ id, questionId: question.id, fingerprint: question.fingerprint, chosen: ['A'], correct, at, mode: 'practice' });
    if (rating) ratings.push({ attemptId: id, rating, at });
  }
  // Three questions answered again today: one of them wrong again.
  for (const [index, correct] of [[2, true], [5, false], [11, true]] as const) {
    const question = questions[index];
    if (question) attempts.push({ id: `seed-again-${index}`, questionId: question.id, fingerprint: question.fingerprint, chosen: ['A'], correct, at: dayAt(0, 11), mode: 'review' });
  }
  const session = (id: string, mode: string, daysAgo: number, correct: number, total: number, exam?: { scaledScore: number; passed: boolean }) => ({
    id,
    mode,
    startedAt: dayAt(daysAgo, 8),
    endedAt: dayAt(daysAgo, 10),
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
  localStorage.setItem('aws-notes/progress/v1', JSON.stringify({ version: 2, attempts, ratings, sessions }));
}
