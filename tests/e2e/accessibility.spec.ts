import { expect, test, type Page } from '@playwright/test';
import { FIREHOSE_NOTE, GLUE_NOTE, axeViolations } from './helpers';

/* axe-core finds nothing, of any impact, on every page and in the study flows' states, in both themes. */

const PAGES = ['/', '/tags/', '/tags/service/glue/', GLUE_NOTE, FIREHOSE_NOTE, '/practice/', '/exam/', '/review/', '/stats/', '/search/', '/search/?q=glue', '/offline/', '/notes/no-such-note/'];
const THEMES = ['light', 'dark'] as const;

/** A page in a state only reached by using it: a question being practised, an exam under way. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  'a graded quiz, with explanations shown': async (page) => {
    await page.goto(FIREHOSE_NOTE);
    await page.getByRole('checkbox', { name: /^B\./ }).check();
    await page.getByRole('checkbox', { name: /^D\./ }).check();
    await page.getByTestId('quiz-submit').click();
    await expect(page.locator('.quiz-explanation').first()).toBeVisible();
  },
  'a practice question': async (page) => {
    await page.goto('/practice/');
    await page.getByTestId('practice-start').click();
    await expect(page.getByTestId('quiz')).toBeVisible();
  },
  'an exam under way': async (page) => {
    await page.goto('/exam/');
    await page.getByTestId('exam-start').click();
    await expect(page.getByTestId('exam-question-screen')).toBeVisible();
  },
};

test.describe('axe-core finds no violation', () => {
  for (const theme of THEMES) {
    for (const path of PAGES) {
      test(`${path} (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
    for (const [name, reach] of Object.entries(STATES)) {
      test(`${name} (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await reach(page);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});
