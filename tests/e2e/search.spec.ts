import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { GLUE_NOTE, saveScreenshot, seriousViolations, siteNotes, tagged } from './helpers';

const box = (page: Page) => page.locator('#site-search');
const options = (page: Page) => page.locator('#site-search-results [role="option"]');
const pageResults = (page: Page) => page.getByTestId('search-results').locator('li');

test.describe('the header search box', () => {
  test('a Korean query with a particle, picked with the keyboard, opens the note', async ({ page }) => {
    const notes = await siteNotes(page);
    const bookmarks = notes.filter((note) => note.title.includes('북마크'));
    expect(bookmarks.length).toBeGreaterThan(0);

    await page.goto('/');
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('북마크를');
    await expect(options(page).first()).toBeVisible();
    for (const note of bookmarks) await expect(page.locator('#site-search-results')).toContainText(note.title);
    // The word is marked without its particle.
    await expect(options(page).first().locator('mark').first()).toHaveText('북마크');
    await saveScreenshot(page, 'search-panel-light');

    await page.keyboard.press('ArrowDown');
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id')) ?? '');
    const chosen = (await options(page).first().locator('.search-hit-title').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/notes\/[^/]+\/$/);
    await expect(page.locator('h1')).toHaveText(chosen);
    // The box lets go of the old query: the next keys are the note's, not a new search.
    await expect(box(page)).toHaveValue('');
    await expect(box(page)).not.toBeFocused();
  });

  test('Ctrl+K focuses it on any page; arrows wrap; Escape closes; Enter alone opens every result', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    await page.keyboard.press('Control+k');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('glue');
    await expect(options(page).first()).toBeVisible();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#site-search-results [aria-selected="true"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('#site-search-results')).toHaveCount(0);
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.type(' 잡');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=glue\+%EC%9E%A1$/);
    await expect(page.locator('#search-query')).toHaveValue('glue 잡');
    await expect(pageResults(page).first()).toBeVisible();
  });

  test('the results narrow by tag from the keyboard, and "all results" keeps the tag', async ({ page }) => {
    await page.goto('/');
    await box(page).click();
    await page.keyboard.type('파티션');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Tab');
    const chip = page.locator('.search-panel .search-tag').first();
    await expect(chip).toBeFocused();
    const tag = ((await chip.textContent()) ?? '').replace(/\s*\d+$/, '');
    await page.keyboard.press('Space');
    await expect(chip).toHaveAttribute('aria-pressed', 'true');
    for (const tags of await options(page).locator('.search-hit-tags').allTextContents()) expect(tags.split(' · ')).toContain(tag);
    await page.locator('.search-all').click();
    await expect(page).toHaveURL(new RegExp(`/search/\\?q=.+&tag=${encodeURIComponent(tag)}$`));
    await expect(page.locator('.search-tag[aria-pressed="true"]')).toContainText(tag);
    for (const tags of await pageResults(page).locator('.search-hit-tags').allTextContents()) expect(tags.split(' · ')).toContain(tag);
  });

  test('typing "/" into another field types a slash', async ({ page }) => {
    await page.goto('/search/');
    await page.locator('#search-query').fill('a/b');
    await expect(page.locator('#search-query')).toHaveValue('a/b');
    await expect(box(page)).not.toBeFocused();
  });

  test('no result says so', async ({ page }) => {
    await page.goto('/');
    await box(page).click();
    await page.keyboard.type('qqqzzzxxx');
    await expect(page.locator('.search-panel-footer')).toContainText('qqqzzzxxx');
    await expect(options(page)).toHaveCount(0);
  });

  test('nothing of search loads with the page; the index loads on first focus', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((path) => path.includes('search-index') || path.includes('search-snippets'))).toEqual([]);
    await box(page).focus();
    await expect.poll(() => fetched.includes('/search-index.json')).toBe(true);
  });

  test('on a 360 px phone the header has a search button that opens the search page, ready to type', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(GLUE_NOTE);
    await expect(box(page)).toBeHidden();
    await page.getByRole('banner').getByRole('link', { name: '노트 검색' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#search-query')).toBeFocused();
    await page.keyboard.type('파티션을');
    await expect(pageResults(page).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await saveScreenshot(page, 'search-page-phone-dark');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('the search page', () => {
  test('works from a link: ?q=글루 lists every Glue note, and the tag filter narrows them', async ({ page }) => {
    const glue = tagged(await siteNotes(page), 'service/glue');
    expect(glue.length).toBeGreaterThan(1);
    await page.goto(`/search/?q=${encodeURIComponent('글루')}`);
    await expect(page.locator('#search-query')).toHaveValue('글루');
    await expect(pageResults(page).first()).toBeVisible();
    const titles = await pageResults(page).locator('.search-hit-title').allTextContents();
    for (const note of glue) expect(titles).toContain(note.title);
    // Snippets arrive after the results.
    await expect(pageResults(page).first().locator('.search-hit-snippet')).toBeVisible();

    // The most common tags show; the rest wait behind a button.
    const shownTags = await page.locator('.search-tag').count();
    await page.getByRole('button', { name: /태그 \d+개 더 보기/ }).click();
    await expect.poll(() => page.locator('.search-tag').count()).toBeGreaterThan(shownTags);

    const tagButton = page.locator('.search-tag').filter({ hasText: /^service\/glue/ });
    await tagButton.click();
    await expect(tagButton).toHaveAttribute('aria-pressed', 'true');
    await expect(pageResults(page)).toHaveCount(glue.length);
    for (const tags of await pageResults(page).locator('.search-hit-tags').allTextContents()) expect(tags.split(' · ')).toContain('service/glue');
    await saveScreenshot(page, 'search-page-light');

    await page.locator('#search-query').fill('athena');
    await expect(page).toHaveURL(/\/search\/\?q=athena$/);
    await page.reload();
    await expect(page.locator('#search-query')).toHaveValue('athena');
    await expect(pageResults(page).first()).toContainText(/athena/i);
  });

  test('an AWS name typed in Hangul finds the notes that write it in English; a Korean typo finds its word, marked', async ({ page }) => {
    const stepFunctions = tagged(await siteNotes(page), 'service/step-functions');
    expect(stepFunctions.length).toBeGreaterThan(0);
    await page.goto(`/search/?q=${encodeURIComponent('스텝 펑션')}`);
    await expect(pageResults(page).first()).toBeVisible();
    const titles = await pageResults(page).locator('.search-hit-title').allTextContents();
    for (const note of stepFunctions) expect(titles).toContain(note.title);
    await expect(pageResults(page).first().locator('.search-hit-title mark').first()).toHaveText(/^step$/i);

    await page.locator('#search-query').fill('파티숀');
    await expect(pageResults(page).first()).toBeVisible();
    await expect(page.getByTestId('search-results').locator('mark').filter({ hasText: /^파티션$/ }).first()).toBeVisible();
  });

  test('an index that fails to load says so, and trying again loads it', async ({ page }) => {
    await page.route('**/search-index.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":99}' }));
    await page.goto('/search/?q=athena');
    await expect(page.locator('.search-status[role="alert"]')).toContainText('검색 색인을 불러오지 못했습니다');
    await page.unroute('**/search-index.json');
    await page.getByRole('button', { name: '다시 시도' }).click();
    await expect(pageResults(page).first()).toContainText(/athena/i);
  });

  test('a query nothing matches shows the empty state', async ({ page }) => {
    await page.goto('/search/?q=qqqzzzxxx');
    await expect(page.getByTestId('search-empty')).toContainText('qqqzzzxxx');
    await expect(page.getByTestId('search-results')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious with results and the header panel open (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/search/?q=${encodeURIComponent('파티션')}`);
      await expect(pageResults(page).first()).toBeVisible();
      await box(page).click();
      await page.keyboard.type('kinesis');
      await expect(options(page).first()).toBeVisible();
      if (theme === 'dark') await saveScreenshot(page, 'search-page-dark');
      expect(await seriousViolations(page)).toEqual([]);
      // Two search forms, the header's and the page's, each named apart.
      expect((await new AxeBuilder({ page }).withRules(['landmark-unique']).analyze()).violations).toEqual([]);
    });
  }
});
