import { expect, test, type Page } from '@playwright/test';
import { FIREHOSE_NOTE, GLUE_NOTE, saveScreenshot, siteNotes, tagged } from './helpers';

const PAGES = [
  ['home', '/'],
  ['note', GLUE_NOTE],
  ['note-multi', FIREHOSE_NOTE],
  ['tags', '/tags/'],
  ['tag', '/tags/service/glue/'],
] as const;

test.describe('a 360 px wide phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const [name, path] of PAGES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${name} fits without sideways scrolling (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `${name}-phone-${theme}`);
      });
    }
  }

  test('the tag filters fold away so the notes come first, and open on demand', async ({ page }) => {
    await page.goto('/');
    // The filters wait in a sheet (a dialog) behind one button.
    const toggle = page.getByRole('button', { name: /^필터/ });
    await expect(toggle).toHaveAttribute('aria-haspopup', 'dialog');
    await expect(page.getByRole('button', { name: /^glue/ })).toBeHidden();
    await expect(page.getByTestId('note-card').first()).toBeInViewport();
    await toggle.click();
    await page.getByRole('dialog').getByRole('button', { name: /^glue/ }).click();
    await expect(page).toHaveURL(/tag=service%2Fglue/);
    await expect(page.getByTestId('note-card')).toHaveCount(tagged(await siteNotes(page), 'service/glue').length);
  });

  test('the note keeps its contents in a collapsible list', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    await expect(page.locator('aside.toc-side')).toBeHidden();
    await page.locator('details.toc-inline summary').click();
    await page.locator('details.toc-inline').getByRole('link', { name: '📝 관련 문제' }).click();
    await expect(page.getByTestId('quiz')).toBeInViewport();
  });
});

test.describe('desktop screenshots', () => {
  for (const [name, path] of PAGES) {
    test(`${name} (dark)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(/dark/);
      await saveScreenshot(page, `${name}-desktop-dark`);
    });
  }
});

test.describe('the header does not move between pages', () => {
  /**
   * Where the header and each of its parts sit, and the fonts they ask for, once every font
   * the page asked for has loaded. Pretendard comes with font-display: optional, so whether a
   * page load paints in it depends on how fast it arrives: the fonts asked for tell the
   * difference every time, the boxes whenever it arrived in time.
   */
  const headerBoxes = (page: Page) =>
    page.evaluate(async () => {
      await document.fonts.ready;
      const parts = document.querySelectorAll('.site-header, .site-header-inner > *, .site-nav > a');
      return [...parts].map((part) => {
        const box = part.getBoundingClientRect();
        const font = getComputedStyle(part).fontFamily;
        return { part: part.getAttribute('href') ?? part.className, font, x: box.x, y: box.y, width: box.width, height: box.height };
      });
    });

  for (const width of [1280, 360]) {
    test(`a first visit and the next page load, Pretendard cached by then (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      // The first visit paints in the system font (nothing fetched before the page).
      await expect(page.locator('html')).not.toHaveClass(/web-font/);
      const first = await headerBoxes(page);
      expect(first.length).toBeGreaterThan(8);
      // It warms Pretendard after painting; from the next page load on, the page is in Pretendard.
      await expect.poll(() => page.evaluate(() => localStorage.getItem('aws-notes/web-font')), { timeout: 20_000 }).toBe('cached');
      await page.goto('/tags/');
      await expect(page.locator('html')).toHaveClass(/web-font/);
      // The page is in Pretendard, and the header's glyphs of it are loaded, as when they arrive in time.
      const loaded = await page.evaluate(async () => {
        const text = document.querySelector('.site-header')?.textContent ?? '';
        const faces = await Promise.all(['400 1em "Pretendard Variable"', '700 1em "Pretendard Variable"'].map((font) => document.fonts.load(font, text)));
        return faces.every((found) => found.length > 0) && getComputedStyle(document.querySelector('main') ?? document.body).fontFamily.startsWith('"Pretendard Variable"');
      });
      expect(loaded).toBe(true);
      expect(await headerBoxes(page)).toEqual(first);
    });
  }
});
