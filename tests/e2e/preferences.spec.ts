import { expect, test } from '@playwright/test';
import { FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot } from './helpers';

test.describe('dark mode and language', () => {
  test('dark mode follows the system, toggles, and persists with no flash on load', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await page.getByTestId('theme-toggle').click();
    await expect(page.locator('html')).toHaveClass(/dark/);

    // The saved choice beats the system, and is applied before the page paints.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(GLUE_NOTE, { waitUntil: 'commit' });
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(11, 17, 32)');
    await saveScreenshot(page, 'note-desktop-dark');
  });

  test('the UI switches to English and back; lang is set and remembered', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('heading', { name: /모든 노트/ })).toBeVisible();
    await page.getByTestId('language-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: /All notes/ })).toBeVisible();
    await expect(page.getByText('모든 노트')).toBeHidden();

    await page.goto(GLUE_NOTE);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('quiz-submit')).toHaveText('Check answer', { useInnerText: true });
    // The note itself stays marked as Korean, the question as English.
    await expect(page.getByTestId('note')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.quiz-stem')).toHaveAttribute('lang', 'en');
    await saveScreenshot(page, 'note-desktop-light-english');

    await page.getByTestId('language-toggle').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByTestId('quiz-submit')).toHaveText('채점하기', { useInnerText: true });
  });
});

test.describe('the Korean web font', () => {
  test('a first visit paints in the system font and fetches Pretendard only after loading, for the next page', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fontRequests.push(request.url());
    });
    await page.goto(GLUE_NOTE, { waitUntil: 'load' });
    const fontFamily = () => page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(await fontFamily()).not.toContain('Pretendard');
    // The warm-up starts at the load event, so by the time the test looks it may have begun:
    // the page's own timeline tells what was fetched before the load event.
    const beforeLoad = await page.evaluate(() => {
      const loadAt = performance.getEntriesByType('navigation').find((entry) => entry instanceof PerformanceNavigationTiming)?.loadEventStart ?? 0;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => /\.woff2(\?|$)/.test(entry.name) && entry.startTime < loadAt)
        .map((entry) => entry.name);
    });
    expect(beforeLoad).toEqual([]);

    // Warmed after the first paint, in idle time; then remembered.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('aws-notes/web-font')), { timeout: 10_000 }).toBe('cached');
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(fontRequests.every((url) => url.includes('Pretendard'))).toBe(true);

    await page.goto(FIREHOSE_NOTE);
    await expect(page.locator('html')).toHaveClass(/web-font/);
    expect(await fontFamily()).toMatch(/^"Pretendard Variable"/);
  });
});
