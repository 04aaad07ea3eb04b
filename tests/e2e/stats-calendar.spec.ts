import { expect, test, type Page } from '@playwright/test';
import { answerOnNote, GLUE_NOTE, saveScreenshot, seriousViolations, siteEntries, type SiteEntry } from './helpers';
import { seedLegacyProgress } from './study-db';

/*
 * The study calendar on /stats/, on a fixed clock in a fixed time zone: "today" is Tuesday
 * 10 March 2026 in Seoul, and the answers are seeded on known local days.
 */

test.use({ timezoneId: 'Asia/Seoul' });

const NOW = new Date('2026-03-10T15:00:00+09:00');

/** Answers per local (Seoul) day. */
const PLAN: [day: string, answers: number][] = [
  // More than a year ago: outside the calendar.
  ['2025-03-10', 1],
  // The first day shown.
  ['2025-03-11', 1],
  // Across New Year.
  ['2025-12-31', 3],
  ['2026-01-01', 2],
  // The longest run: five days.
  ['2026-01-10', 1],
  ['2026-01-11', 1],
  ['2026-01-12', 1],
  ['2026-01-13', 1],
  ['2026-01-14', 1],
  // The current run, up to yesterday; nothing yet today.
  ['2026-03-07', 2],
  ['2026-03-08', 1],
  ['2026-03-09', 4],
];

/** Progress as the first releases saved it (version 2): the plan's answers, all right, at 9:00 Seoul time. */
function seeded(bank: SiteEntry[]) {
  const attempts = PLAN.flatMap(([day, answers]) =>
    Array.from({ length: answers }, (_, index) => {
      const question = bank[index % bank.length]!;
      return { id: `cal-${day}-${index}`, questionId: question.id, fingerprint: question.fingerprint, chosen: ['A'], correct: true, at: new Date(`${day}T09:0${index}:00+09:00`).toISOString(), mode: 'practice' };
    }),
  );
  return { version: 2, attempts, ratings: [], sessions: [] };
}

async function openStats(page: Page): Promise<void> {
  await page.goto('/stats/');
  await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  await expect(page.getByTestId('stats-calendar')).toBeVisible();
}

const day = (page: Page, key: string) => page.locator(`[data-testid="stats-calendar-day"][data-day="${key}"]`);

test.describe('study calendar', () => {
  // IndexedDB, axe runs and screenshots on a machine that may be busy.
  test.describe.configure({ timeout: 120_000 });

  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(NOW);
    await seedLegacyProgress(page, seeded(await siteEntries(page)));
  });

  test('shows each day’s answers on its date, the streaks, and reads them out', async ({ page }) => {
    await openStats(page);
    const calendar = page.getByTestId('stats-calendar');

    // A year ending today: from 11 March 2025 to 10 March 2026.
    const days = calendar.getByTestId('stats-calendar-day');
    await expect(days).toHaveCount(365);
    // The table is read row by row (a weekday each): sorted, the dates run from the first day to today.
    const dates = (await days.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-day') ?? ''))).sort();
    expect([dates[0], dates.at(-1)]).toEqual(['2025-03-11', '2026-03-10']);
    expect(new Set(dates).size).toBe(365);
    await expect(day(page, '2025-03-10')).toHaveCount(0);

    for (const [key, count] of [['2025-03-11', 1], ['2025-12-31', 3], ['2026-01-01', 2], ['2026-01-12', 1], ['2026-03-09', 4], ['2026-03-08', 1], ['2026-03-06', 0], ['2026-03-10', 0]] as const) {
      await expect(day(page, key), key).toHaveAttribute('data-count', String(count));
    }
    // Shades against the busiest day (4): a quarter or less is the palest, three quarters the third.
    await expect(day(page, '2026-03-09')).toHaveAttribute('data-level', '4');
    await expect(day(page, '2025-12-31')).toHaveAttribute('data-level', '3');
    await expect(day(page, '2026-03-07')).toHaveAttribute('data-level', '2');
    await expect(day(page, '2026-03-08')).toHaveAttribute('data-level', '1');
    await expect(day(page, '2026-03-06')).toHaveAttribute('data-level', '0');

    // Nothing answered yet today: yesterday's run still stands.
    await expect(calendar.getByTestId('stats-calendar-current')).toHaveAttribute('data-days', '3');
    await expect(calendar.getByTestId('stats-calendar-current')).toHaveText('현재 연속 3일', { useInnerText: true });
    await expect(calendar.getByTestId('stats-calendar-longest')).toHaveAttribute('data-days', '5');
    await expect(calendar.getByTestId('stats-calendar-year')).toHaveAttribute('data-answers', '18');
    await expect(calendar.getByTestId('stats-calendar-year')).toHaveAttribute('data-days', '11');
    await expect(page.getByTestId('stats-streak')).toHaveAttribute('data-days', '3');

    // Each day is a table cell a screen reader reads with its weekday row.
    const table = calendar.getByRole('table', { name: '날짜별 푼 문제 수 (최근 1년)' });
    await expect(table.getByRole('cell', { name: '2026년 3월 9일: 4문제', exact: true })).toHaveAttribute('data-day', '2026-03-09');
    await expect(table.getByRole('cell', { name: '2026년 1월 1일: 2문제', exact: true })).toHaveAttribute('data-day', '2026-01-01');
    await expect(table.getByRole('cell', { name: '2026년 3월 10일: 안 풂 (오늘)', exact: true })).toHaveAttribute('aria-current', 'date');
    await expect(table.getByRole('rowheader', { name: '월', exact: true })).toHaveCount(1);
    // Hovering shows the date and the count.
    await expect(day(page, '2026-03-09')).toHaveAttribute('title', '2026-03-09: 4');

    await page.getByTestId('language-toggle').click();
    await expect(day(page, '2026-03-09')).toHaveText('Mar 9, 2026: 4 answers', { useInnerText: true });
    await expect(day(page, '2025-03-11')).toHaveText('Mar 11, 2025: 1 answer', { useInnerText: true });
    await expect(calendar.getByTestId('stats-calendar-longest')).toHaveText('Longest streak 5 days', { useInnerText: true });
    await expect(calendar.getByTestId('stats-calendar-year')).toHaveText('Past year 18 answers on 11 days', { useInnerText: true });
    await page.getByTestId('language-toggle').click();

    // An answer today makes it four days in a row, on today's square.
    await answerOnNote(page, GLUE_NOTE, ['B']);
    await openStats(page);
    await expect(day(page, '2026-03-10')).toHaveAttribute('data-count', '1');
    await expect(calendar.getByTestId('stats-calendar-current')).toHaveAttribute('data-days', '4');
    await expect(calendar.getByTestId('stats-calendar-longest')).toHaveAttribute('data-days', '5');
  });

  test('axe-clean in light and dark; on a 360 px phone it scrolls in its own box, this week in sight', async ({ page }) => {
    test.slow();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await openStats(page);
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      // The busiest day stands apart from a day without answers, in either theme.
      const [busiest, none] = await Promise.all([
        day(page, '2026-03-09').evaluate((cell) => getComputedStyle(cell).backgroundColor),
        day(page, '2026-03-06').evaluate((cell) => getComputedStyle(cell).backgroundColor),
      ]);
      expect(busiest).not.toBe(none);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `stats-calendar-desktop-${theme}`);
    }

    await page.setViewportSize({ width: 360, height: 740 });
    await openStats(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = page.getByTestId('stats-calendar-scroll');
    const inBox = async (key: string) => {
      const [outer, inner] = await Promise.all([box.boundingBox(), day(page, key).boundingBox()]);
      return !!outer && !!inner && inner.x >= outer.x && inner.x + inner.width <= outer.x + outer.width;
    };
    // Too wide for the phone: the year scrolls inside the box, which opens on this week.
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await inBox('2026-03-10')).toBe(true);
    expect(await inBox('2026-03-09')).toBe(true);
    expect(await inBox('2025-03-11')).toBe(false);
    // The weekday names stay in sight.
    await expect(box.getByRole('rowheader', { name: '수', exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'stats-calendar-phone-dark');

    // The keyboard reaches the box and scrolls it back to the first weeks.
    await box.focus();
    for (let press = 0; press < 40 && !(await inBox('2025-03-11')); press += 1) await page.keyboard.press('ArrowLeft');
    expect(await inBox('2025-03-11')).toBe(true);
  });
});
