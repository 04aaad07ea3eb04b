import { expect, test } from '@playwright/test';
import { FIREHOSE_NOTE, GLUE_NOTE, seriousViolations } from './helpers';

const PAGES = ['/', '/tags/', '/tags/service/glue/', GLUE_NOTE, FIREHOSE_NOTE, '/practice/', '/exam/', '/review/', '/stats/', '/search/', '/notes/no-such-note/'];

test.describe('axe-core finds no serious or critical violation', () => {
  for (const path of PAGES) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${path} (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }

  test('a graded quiz, with explanations shown', async ({ page }) => {
    await page.goto(FIREHOSE_NOTE);
    await page.getByRole('checkbox', { name: /^B\./ }).check();
    await page.getByRole('checkbox', { name: /^D\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.locator('.quiz-explanation').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
