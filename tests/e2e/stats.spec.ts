import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answerOnNote, chooseOnNote, FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot, seriousViolations, siteEntries, type SiteEntry } from './helpers';
import { seedLegacyProgress, studyCount, studyDump } from './study-db';

const GLUE_Q = 'etl-glue-minimal-operations--q1';
const FIREHOSE_Q = 'kinesis-firehose-destinations--q1';
const BACKUP_PREFIX = 'aws-notes/progress/backup/';

type BankQuestion = SiteEntry;
const bankQuestions = siteEntries;

/** Opens /stats/ and waits until the bank and the store are loaded. */
async function openStats(page: Page): Promise<void> {
  await page.goto('/stats/');
  await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
}

/** The headline numbers as the page shows them. */
async function numbers(page: Page) {
  await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true');
  const read = (testId: string, name: string) => page.getByTestId(testId).getAttribute(name);
  return {
    answered: await read('stats-answered', 'data-answered'),
    total: await read('stats-answered', 'data-total'),
    attempts: await read('stats-accuracy', 'data-attempts'),
    correct: await read('stats-accuracy', 'data-correct'),
    revealed: (await page.getByTestId('stats-revealed').count()) === 0 ? null : await read('stats-revealed', 'data-count'),
    latest: await page.getByTestId('stats-latest').locator('.stats-figure-value').textContent(),
    streak: await read('stats-streak', 'data-days'),
    accuracyText: await page.getByTestId('stats-accuracy').locator('.stats-figure-value').textContent(),
  };
}

/** The answers /stats/ says are stored, once it has counted them. */
async function storedAnswers(page: Page, count: number): Promise<void> {
  const figures = page.getByTestId('stats-storage-figures');
  await expect(figures).toHaveAttribute('data-answers', String(count));
  await expect(page.getByTestId('stats-storage-answers')).toContainText(count.toLocaleString('en-US'));
}

test.describe('stats', () => {
  // Every test reads and writes IndexedDB, on a machine that may be busy: room for a slow disk.
  test.describe.configure({ timeout: 90_000 });

  test('nothing answered yet: a clear start with links to a note, practice and an exam, not empty charts', async ({ page }) => {
    // Several axe runs and screenshots: more time on a busy machine.
    test.slow();
    const bank = await bankQuestions(page);
    await openStats(page);
    const empty = page.getByTestId('stats-empty');
    await expect(empty).toBeVisible();
    await expect(empty.getByRole('heading', { level: 2 })).toHaveText('아직 푼 문제가 없습니다', { useInnerText: true });
    await expect(empty.getByTestId('stats-start-note')).toHaveAttribute('href', `/notes/${bank[0]!.slug}/`);
    await expect(empty.getByTestId('stats-start-practice')).toHaveAttribute('href', '/practice/');
    await expect(empty.getByTestId('stats-start-exam')).toHaveAttribute('href', '/exam/');
    // No wall of 0%: no figures, no mastery bars, no empty week.
    await expect(page.getByTestId('stats-answered')).toHaveCount(0);
    await expect(page.getByTestId('chart-bar')).toHaveCount(0);
    await expect(page.getByTestId('chart-due')).toHaveCount(0);
    // Storage and import stay, for a student who studied on another device.
    await storedAnswers(page, 0);
    await expect(page.locator('label.stats-import-label')).toBeVisible();
    await page.getByTestId('language-toggle').click();
    await expect(empty.getByRole('heading', { level: 2 })).toHaveText('No question answered yet', { useInnerText: true });
    await page.getByTestId('language-toggle').click();

    for (const [width, theme] of [[1280, 'light'], [1280, 'dark'], [360, 'light'], [360, 'dark']] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width, height: 800 });
      // The theme class is set as the page loads.
      await openStats(page);
      await expect(empty.getByTestId('stats-start-exam')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `stats-empty-${width === 360 ? 'phone' : 'desktop'}-${theme}`);
    }
    // The first start is a link the keyboard follows.
    await empty.getByTestId('stats-start-note').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/notes/${bank[0]!.slug}/$`));
  });

  test('mastery tells "wrong" from "not studied", and the wrong part shows in dark mode', async ({ page }) => {
    // Several axe runs and screenshots: more time on a busy machine.
    test.slow();
    const bank = await bankQuestions(page);
    const glueTotal = bank.filter((question) => question.tags.includes('service/glue')).length;
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await expect.poll(async () => (await studyDump(page)).attempts.length).toBe(1);
    await openStats(page);
    const service = page.getByTestId('chart-mastery-service');
    const glue = service.locator('[data-testid="chart-bar"][data-label="service/glue"]');
    await expect(glue).toHaveAttribute('data-value', '0');
    expect(Number(await glue.getAttribute('data-wrong'))).toBeCloseTo(1 / glueTotal, 5);
    await expect(glue.getByTestId('chart-bar-wrong')).toHaveCount(1);
    // A tag never studied has no wrong part: only the empty track.
    const untouched = service.locator('[data-testid="chart-bar"][data-wrong="0"][data-value="0"]').first();
    await expect(untouched).toHaveCount(1);
    await expect(untouched.getByTestId('chart-bar-wrong')).toHaveCount(0);
    await expect(page.getByTestId('stats-mastery-legend')).toContainText('안 푼 문제');
    await expect(page.getByTestId('stats-mastery-legend')).toContainText('오답');

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await openStats(page);
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      const [wrong, track] = await Promise.all([
        glue.getByTestId('chart-bar-wrong').evaluate((bar) => getComputedStyle(bar).fill),
        glue.locator('.chart-track').evaluate((bar) => getComputedStyle(bar).fill),
      ]);
      // Non-text contrast (WCAG 1.4.11): at least 3:1 against the track it sits on.
      expect(contrast(wrong, track), `${theme}: ${wrong} on ${track}`).toBeGreaterThanOrEqual(3);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `stats-mastery-wrong-${theme}`);
    }
  });

  test('two tabs answering at once lose nothing', async ({ page }) => {
    const other = await page.context().newPage();
    const [first, second] = await Promise.all([chooseOnNote(page, GLUE_NOTE, ['A']), chooseOnNote(other, FIREHOSE_NOTE, ['A', 'C'])]);
    await Promise.all([first.getByTestId('quiz-submit').click(), second.getByTestId('quiz-submit').click()]);
    await expect(first.getByTestId('quiz-status')).toContainText('정답입니다');
    await expect(second.getByTestId('quiz-status')).toContainText('정답입니다');

    // Both answers reach the one database the two tabs share, and a reload of either keeps both.
    const savedQuestions = async (tab: Page) => (await studyDump(tab)).attempts.map((attempt) => attempt.questionId).sort();
    await expect.poll(() => savedQuestions(page)).toEqual([GLUE_Q, FIREHOSE_Q]);
    await Promise.all([page.reload(), other.reload()]);
    for (const tab of [page, other]) expect(await savedQuestions(tab)).toEqual([GLUE_Q, FIREHOSE_Q]);

    await openStats(page);
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '2');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-attempts', '2');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-correct', '2');
    await storedAnswers(page, 2);
    await other.close();
  });

  test('a right answer after the answer was shown is named, and kept out of accuracy', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await page.getByTestId('quiz-retry').click();
    await page.getByTestId('quiz').getByRole('radio', { name: /^A\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('quiz-status')).toContainText('해설을 본 뒤');
    await expect.poll(async () => (await studyDump(page)).attempts.length).toBe(2);

    await openStats(page);
    const accuracy = page.getByTestId('stats-accuracy');
    await expect(accuracy).toHaveAttribute('data-attempts', '1');
    await expect(accuracy).toHaveAttribute('data-correct', '0');
    await expect(accuracy.locator('.stats-figure-value')).toContainText('0%');
    await expect(page.getByTestId('stats-revealed')).toContainText('해설 본 뒤 정답 1', { useInnerText: true });
    await page.getByTestId('language-toggle').click();
    await expect(page.getByTestId('stats-revealed')).toContainText('right after seeing the answer 1', { useInnerText: true });
  });

  test('export, then import into a fresh browser, restores the stats; a bad file changes nothing', async ({ page, browser }, testInfo) => {
    // Wrong, then right after seeing the answer; and a clean right answer, rated.
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await page.getByTestId('quiz-retry').click();
    await page.getByTestId('quiz').getByRole('radio', { name: /^A\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.getByTestId('quiz-status')).toContainText('해설을 본 뒤');
    await expect.poll(async () => (await studyDump(page)).attempts.length).toBe(2);
    await answerOnNote(page, FIREHOSE_NOTE, ['A', 'C']);
    await expect(page.getByTestId('quiz-status')).toContainText('정답입니다');
    await page.getByTestId('rate-easy').click();
    await expect(page.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'easy');
    await expect.poll(async () => (await studyDump(page)).ratings.length).toBe(1);

    await openStats(page);
    const before = await numbers(page);
    expect(before).toMatchObject({ answered: '2', attempts: '2', correct: '1', revealed: '1', streak: '1' });
    const dueBefore = await page.getByTestId('chart-due').getByTestId('chart-column').evaluateAll((columns) => columns.map((column) => column.getAttribute('data-count')));

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stats-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^aws-notes-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ app: 'aws-notes', progress: { version: 4, marks: [] } });
    expect(exported.progress.attempts).toHaveLength(3);
    expect(exported.progress.attempts.filter((attempt: { revealed: boolean }) => attempt.revealed)).toHaveLength(1);
    expect(exported.progress.ratings).toHaveLength(1);

    const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const other = await fresh.newPage();
    await openStats(other);
    // Nothing answered in this browser yet: the start screen, not a wall of zeros.
    await expect(other.getByTestId('stats-empty')).toBeVisible();
    await expect(other.getByTestId('stats-answered')).toHaveCount(0);
    await other.getByLabel('기록 가져오기').setInputFiles(file);
    const result = other.getByTestId('stats-import-result');
    await expect(result).toHaveAttribute('data-ok', 'true');
    await expect(result).toContainText('가져왔습니다');
    await expect(result).toContainText('풀이 기록 +3', { useInnerText: true });
    await expect(result).toContainText('평가 +1', { useInnerText: true });
    await expect(other.getByTestId('stats-import-progress')).toHaveCount(0);
    expect(await numbers(other)).toEqual(before);
    const dueAfter = await other.getByTestId('chart-due').getByTestId('chart-column').evaluateAll((columns) => columns.map((column) => column.getAttribute('data-count')));
    expect(dueAfter).toEqual(dueBefore);
    await storedAnswers(other, 3);

    // The same file again adds nothing and loses nothing.
    await other.getByTestId('stats-import').setInputFiles(file);
    await expect(result).toContainText('새 기록이 없습니다');
    expect(await numbers(other)).toEqual(before);

    // Bad files: a clear reason each time (for a damaged record, which one and which field), and the progress stays as it was.
    const envelope = (progress: unknown) => JSON.stringify({ app: 'aws-notes', exportedAt: new Date().toISOString(), progress });
    const goodAttempt = { id: 'x1', questionId: GLUE_Q, fingerprint: 'f', chosen: ['A'], correct: true, at: new Date().toISOString(), mode: 'note' };
    const badFiles = [
      { content: 'this is not json', message: 'JSON 파일이 아닙니다' },
      { content: envelope({ version: 3, attempts: [goodAttempt], ratings: [], sessions: [] }).slice(0, -12), message: '내보낸 파일이 중간에 끊겨 있습니다' },
      { content: '{"hello": "world"}', message: '이 앱에서 내보낸 기록 파일이 아닙니다' },
      { content: envelope({ version: 99 }), message: '새 버전에서 내보낸 파일입니다' },
      { content: envelope({ version: 2, attempts: 'oops' }), message: '손상되어', detail: 'attempts' },
      { content: envelope({ version: 2, attempts: [goodAttempt, { ...goodAttempt, id: 'x2', chosen: 'A' }], ratings: [], sessions: [] }), message: '손상되어', detail: 'attempts[1] chosen' },
      { content: envelope({ version: 3, attempts: [goodAttempt], ratings: [], sessions: [] }), message: '손상되어', detail: 'attempts[0] revealed' },
    ];
    for (const bad of badFiles) {
      await other.getByTestId('stats-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad.content) });
      await expect(result).toHaveAttribute('data-ok', 'false');
      await expect(result).toContainText(bad.message);
      await expect(result).toContainText('지금 기록은 그대로입니다');
      if (bad.detail) await expect(result.getByTestId('stats-import-detail')).toContainText(bad.detail);
      else await expect(result.getByTestId('stats-import-detail')).toHaveCount(0);
      expect(await numbers(other)).toEqual(before);
    }
    await other.reload();
    expect(await numbers(other)).toEqual(before);
    expect((await studyDump(other)).attempts).toHaveLength(3);
    await fresh.close();
  });

  test('the import control is a button the keyboard reaches, with a visible focus ring', async ({ page }) => {
    await openStats(page);
    await page.getByTestId('stats-export').focus();
    await page.keyboard.press('Tab');
    const input = page.getByTestId('stats-import');
    await expect(input).toBeFocused();
    const label = page.locator('label.stats-import-label');
    await expect(label).toBeVisible();
    expect(await label.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    expect(chooser.element()).toBeTruthy();
  });

  const unreadable = [
    { name: 'damaged', progress: { version: 2, attempts: [{ broken: true }], ratings: [], sessions: [] }, notice: '따로 보관하고 새로 시작합니다' },
    { name: 'from a newer version', progress: { version: 9, attempts: [] }, notice: '새 버전' },
  ];
  for (const { name, progress, notice } of unreadable) {
    test(`saved progress ${name}: the student is told, and the raw value is kept under a backup key`, async ({ page }) => {
      await seedLegacyProgress(page, progress);
      await openStats(page);
      await expect(page.getByTestId('progress-notice')).toContainText(notice);
      await expect(page.getByTestId('stats-empty')).toBeVisible();
      const backups = await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => localStorage.getItem(key)), BACKUP_PREFIX);
      expect(backups).toEqual([JSON.stringify(progress)]);
      expect((await studyDump(page)).attempts).toEqual([]);
    });
  }

  test('old progress moves into IndexedDB and stays after a reload', async ({ page }) => {
    const bank = await bankQuestions(page);
    await seedLegacyProgress(page, weekOfStudy(bank.slice(0, 12)));
    await openStats(page);
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '12');
    await page.reload();
    await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '12');
    const dump = await studyDump(page);
    expect(dump.attempts).toHaveLength(15);
    expect(dump.ratings).toHaveLength(9);
    expect(dump.sessions).toHaveLength(4);
  });

  test('40,000 answers of a version 2 file import, survive a reload, and one more makes 40,001', async ({ page }) => {
    test.setTimeout(600_000);
    const bank = await bankQuestions(page);
    const file = twoYearsOfStudy(bank, 40_000, new Date());
    await openStats(page);
    await page.getByTestId('stats-import').setInputFiles({ name: 'two-years.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    // A big file shows how far it has come while the page keeps answering.
    await expect(page.getByTestId('stats-import-progress')).toBeVisible();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    const result = page.getByTestId('stats-import-result');
    await expect(result).toHaveAttribute('data-ok', 'true', { timeout: 300_000 });
    await expect(result).toContainText('풀이 기록 +40,000', { useInnerText: true });
    await expect(page.getByTestId('stats-import-progress')).toHaveCount(0);

    await page.reload();
    await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
    await storedAnswers(page, 40_000);
    expect(await studyCount(page, 'attempts')).toBe(40_000);

    await answerOnNote(page, GLUE_NOTE, ['A']);
    await expect.poll(async () => studyCount(page, 'attempts'), { timeout: 120_000 }).toBe(40_001);
    await page.reload();
    expect(await studyCount(page, 'attempts')).toBe(40_001);
    await openStats(page);
    await storedAnswers(page, 40_001);
  });

  test('charts, sessions and screenshots with a week of study (light, dark, 360 px phone); axe finds nothing serious', async ({ page }) => {
    // Several axe runs and screenshots: more time on a busy machine.
    test.slow();
    const bank = await bankQuestions(page);
    await seedLegacyProgress(page, weekOfStudy(bank.slice(0, 12)));
    await openStats(page);

    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', '12');
    await expect(page.getByTestId('stats-streak')).toHaveAttribute('data-days', '4');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-attempts', '15');
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-correct', '11');
    await storedAnswers(page, 15);

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
    // Today's column is /review's "today" (due now included), and the same as the counts above the chart.
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-today', String(counts[0]));
    await openStats(page);

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
    await storedAnswers(page, 15);
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
    await storedAnswers(page, 15);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'stats-phone-dark');
  });

  test('axe finds nothing serious on the empty page, light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await openStats(page);
      await storedAnswers(page, 0);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
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

/** A seeded pseudo-random sequence in [0, 1) (mulberry32), so the big file is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An export file (version 2, the format the README documents) of two years of study:
 * `count` answers to the bank's real questions on most days, between 7:00 and 23:00,
 * about a third of the right ones rated, and a finished session for every 50 answers.
 */
function twoYearsOfStudy(bank: BankQuestion[], count: number, now: Date): string {
  const random = seeded(20_240_101);
  const pick = <T,>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('nothing to pick from');
    return item;
  };
  const days = 730;
  const attempts = [];
  const ratings = [];
  const sessions = [];
  let block: { id: string; at: string; correct: boolean; questionId: string }[] = [];
  for (let index = 0; index < count; index += 1) {
    // Oldest first; every seventh day is a day off, its answers moved to the next day.
    let daysAgo = days - Math.floor((index * days) / count);
    if (daysAgo % 7 === 3) daysAgo -= 1;
    const at = new Date(dayAt(now, Math.max(daysAgo, 1), 7));
    at.setMinutes(Math.floor(random() * 16 * 60), Math.floor(random() * 60));
    const question = pick(bank);
    const correct = random() < 0.7;
    const id = `bulk-${String(index).padStart(5, '0')}`;
    attempts.push({ id, questionId: question.id, fingerprint: question.fingerprint, chosen: [pick(['A', 'B', 'C', 'D'])], correct, at: at.toISOString(), mode: pick(['note', 'practice', 'review', 'exam']) });
    if (correct && random() < 0.35) ratings.push({ attemptId: id, rating: pick(['hard', 'good', 'easy']), at: new Date(at.getTime() + 20_000).toISOString() });
    block.push({ id, at: at.toISOString(), correct, questionId: question.id });
    if (block.length === 50) {
      const first = block[0]!;
      const last = block.at(-1)!;
      const [startedAt, endedAt] = first.at < last.at ? [first.at, last.at] : [last.at, first.at];
      sessions.push({ id: `bulk-session-${sessions.length}`, mode: pick(['practice', 'review']), startedAt, endedAt, questionIds: block.map((entry) => entry.questionId), correct: block.filter((entry) => entry.correct).length, total: block.length });
      block = [];
    }
  }
  return JSON.stringify({ app: 'aws-notes', exportedAt: now.toISOString(), progress: { version: 2, attempts, ratings, sessions } });
}

/** WCAG contrast ratio of two computed `rgb(r, g, b)` colours, written out here rather than taken from the app. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
