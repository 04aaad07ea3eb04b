import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { showEveryCard } from './helpers';

/*
 * Every real note in ../shared/corpus, built as a student's vault (CONTENT_DIR): each page
 * renders without an error, and its quiz grades.
 */

const SLUGS = readdirSync(path.resolve(import.meta.dirname, '../../out-corpus/notes')).sort();

test('the corpus site lists all 46 notes', async ({ page }) => {
  expect(SLUGS).toHaveLength(46);
  await page.goto('/');
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-count', '46');
  await showEveryCard(page);
  await expect(page.getByTestId('note-card')).toHaveCount(46);
});

for (const slug of SLUGS) {
  test(`${slug} renders and its quiz grades`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`/notes/${slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    const quiz = page.getByTestId('quiz');
    const choices = quiz.locator('input');
    const count = Number(await quiz.locator('.quiz-select-hint').innerText().then((hint) => /\d/.exec(hint)?.[0] ?? '1'));
    for (let index = 0; index < count; index += 1) await choices.nth(index).check();
    await quiz.getByTestId('quiz-submit').click();
    await expect(quiz.getByTestId('quiz-status')).toHaveText(/정답입니다|오답입니다/);
    expect(errors).toEqual([]);
  });
}

test('search over the vault: every note is found by its own title, from the search page', async ({ page }) => {
  const titles: { slug: string; title: string }[] = [];
  for (const slug of SLUGS.slice(0, 5)) {
    await page.goto(`/notes/${slug}/`);
    titles.push({ slug, title: (await page.getByRole('heading', { level: 1 }).textContent()) ?? '' });
  }
  for (const { slug, title } of titles) {
    await page.goto(`/search/?q=${encodeURIComponent(title)}`);
    await expect(page.getByTestId('search-results').locator('a').first()).toHaveAttribute('href', `/notes/${slug}/`);
  }
});
