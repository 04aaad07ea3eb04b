import { expect, test } from '@playwright/test';
import { saveScreenshot, siteNotes, tagged } from './helpers';

test.describe('home: browse and filter by tag', () => {
  test('every note is a card with title, key point, tags, question badge and last result', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByTestId('note-card');
    await expect(cards).toHaveCount((await siteNotes(page)).length);
    const glue = cards.filter({ hasText: 'ETL 파이프라인 - 최소 운영 관리를 위한 AWS Glue 활용' });
    await expect(glue).toContainText('운영 관리를 최소화해야 하는 경우');
    await expect(glue).toContainText('service/glue');
    await expect(glue).toContainText(/1\s*문제/);
    await expect(glue.getByTestId('last-result')).toHaveAttribute('data-result', 'none');
  });

  test('two tags narrow the notes (AND), live in the URL, survive reload and can be shared', async ({ page, browser }) => {
    const notes = await siteNotes(page);
    const glue = tagged(notes, 'service/glue');
    const both = tagged(notes, 'service/glue', 'constraint/serverless');
    // The content must make this a real narrowing: some Glue notes have the second tag, some do not.
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(glue.length);
    const titles = () => page.getByTestId('note-card').locator('h3').allInnerTexts();

    await page.goto('/');
    await page.getByRole('button', { name: /^glue/ }).click();
    await expect(page).toHaveURL(/\?tag=service%2Fglue$/);
    await expect(page.getByTestId('note-card')).toHaveCount(glue.length);
    await page.getByRole('button', { name: /^serverless/ }).click();
    await expect(page).toHaveURL(/\?tag=service%2Fglue&tag=constraint%2Fserverless$/);
    await expect(page.getByTestId('note-card')).toHaveCount(both.length);
    expect((await titles()).sort()).toEqual(both.map((note) => note.title).sort());
    await expect(page.getByRole('button', { name: /^glue/ })).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(page.getByTestId('note-card')).toHaveCount(both.length);
    await expect(page.getByTestId('active-filter')).toHaveCount(2);

    const shared = await browser.newPage();
    await shared.goto(page.url());
    await expect(shared.getByTestId('note-card')).toHaveCount(both.length);
    expect((await shared.getByTestId('note-card').locator('h3').allInnerTexts()).sort()).toEqual(both.map((note) => note.title).sort());
    await shared.close();
    await saveScreenshot(page, 'home-filtered-desktop-light');
  });

  test('a tag combination no note has shows a clear empty state that can be cleared', async ({ page }) => {
    await page.goto('/?tag=service/glue&tag=service/kinesis-firehose');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.getByTestId('empty-state')).toContainText('조건에 맞는 노트가 없습니다');
    await page.getByTestId('empty-state').getByRole('button').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('note-card')).toHaveCount((await siteNotes(page)).length);
  });

  test('sorts by newest or by title', async ({ page }) => {
    await page.goto('/');
    const titles = () => page.getByTestId('note-card').locator('h3').allInnerTexts();
    const dates = await page.getByTestId('note-card').locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByTestId('sort').selectOption('title');
    await expect(page).toHaveURL(/sort=title/);
    const sorted = await titles();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'ko')));
  });
});
