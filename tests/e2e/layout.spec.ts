import { expect, test } from '@playwright/test';
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
