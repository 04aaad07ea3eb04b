import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/*
 * The home page of a 10,000-note vault (`npm run build:big`: .e2e/big-vault, built into
 * out-big/). What each check expects is read from the vault's files here, not from the app.
 */

type VaultNote = { slug: string; title: string; created: string; tags: string[] };

const VAULT = path.join(process.cwd(), '.e2e', 'big-vault');

function readNote(file: string): VaultNote {
  const lines = readFileSync(path.join(VAULT, file), 'utf8').split('\n');
  const end = lines.indexOf('---', 1);
  const front = lines.slice(1, end);
  const tagsAt = front.indexOf('tags:');
  const tags: string[] = [];
  for (const line of front.slice(tagsAt + 1)) {
    const item = /^- (.+)$/.exec(line);
    if (!item?.[1]) break;
    tags.push(item[1].trim().toLowerCase());
  }
  const created = front.find((line) => line.startsWith('created: '))?.slice('created: '.length).trim() ?? '';
  const title = lines.slice(end + 1).find((line) => line.startsWith('# '))?.slice(2).trim() ?? '';
  return { slug: file.replace(/\.md$/, ''), title, created, tags };
}

const notes: VaultNote[] = readdirSync(VAULT)
  .filter((file) => file.endsWith('.md'))
  .map(readNote);

const byTitle = (a: VaultNote, b: VaultNote) => a.title.localeCompare(b.title, 'ko');
const newestFirst = (a: VaultNote, b: VaultNote) => (a.created === b.created ? byTitle(a, b) : a.created < b.created ? 1 : -1);
const taggedWith = (tag: string) => notes.filter((note) => note.tags.includes(tag));

/** Tags by how many notes carry them, most first. */
const tagCounts = [...notes.flatMap((note) => note.tags).reduce((counts, tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
/** A tag narrowing 10,000 notes to a few hundred: a real filter, with more than one screen of cards. */
const [FILTER_TAG] = tagCounts.find(([, count]) => count >= 100 && count <= 1_000) ?? [];
const [URL_TAG] = tagCounts.find(([tag, count]) => tag !== FILTER_TAG && count >= 50 && count <= 500) ?? [];

async function resultCount(page: Page, expected: number) {
  await expect(page.getByTestId('result-count')).toHaveAttribute('data-count', String(expected), { timeout: 30_000 });
}

test.describe('home page of a 10,000-note vault', () => {
  test.beforeAll(() => {
    expect(notes).toHaveLength(10_000);
    expect(FILTER_TAG, 'a tag on 100–1,000 notes').toBeDefined();
    expect(URL_TAG, 'a second tag on 50–500 notes').toBeDefined();
  });

  test('filters by a tag, sorts by title and opens a note', async ({ page }) => {
    const tag = FILTER_TAG ?? '';
    const expected = taggedWith(tag);
    await page.goto('/');
    await resultCount(page, notes.length);
    await page.locator(`.home-facets button.facet[data-tag="${tag}"]`).click();
    await expect(page).toHaveURL(new RegExp(`\\?tag=${encodeURIComponent(tag)}$`));
    await resultCount(page, expected.length);
    const slugs = await page.getByTestId('note-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-slug') ?? ''));
    expect(slugs.length).toBeGreaterThan(0);
    const allowed = new Set(expected.map((note) => note.slug));
    expect(slugs.filter((slug) => !allowed.has(slug))).toEqual([]);

    await page.getByRole('combobox', { name: '정렬' }).selectOption('title');
    await expect(page).toHaveURL(/sort=title/);
    const first = [...expected].sort(byTitle)[0];
    const firstCard = page.getByTestId('note-card').first();
    await expect(firstCard.locator('h3')).toHaveText(first?.title ?? '');
    await firstCard.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/notes/${first?.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');
  });

  test('a shared /?tag= address opens filtered', async ({ page }) => {
    const tag = URL_TAG ?? '';
    await page.goto(`/?tag=${encodeURIComponent(tag)}`);
    await resultCount(page, taggedWith(tag).length);
    await expect(page.getByTestId('active-filter')).toHaveAttribute('data-tag', tag);
    const newest = [...taggedWith(tag)].sort(newestFirst)[0];
    await expect(page.getByTestId('note-card').first()).toHaveAttribute('data-slug', newest?.slug ?? '');
  });
});

test.describe('home page of a 10,000-note vault without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the newest notes and links to the tag pages', async ({ page }) => {
    await page.goto('/');
    const shown = await page.getByTestId('note-card').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-slug') ?? ''));
    expect(shown.length).toBeGreaterThanOrEqual(12);
    expect(shown.length).toBeLessThan(200);
    expect(shown).toEqual([...notes].sort(newestFirst).slice(0, shown.length).map((note) => note.slug));
    const tagLink = page.locator(`.home-facets a.facet[data-tag="${tagCounts[0]?.[0] ?? ''}"]`);
    await expect(tagLink).toHaveAttribute('href', `/tags/${tagCounts[0]?.[0] ?? ''}/`);
    // The page carries a first screen of cards, not the vault: its HTML does not grow with it.
    const html = await (await page.request.get('/')).body();
    expect(html.byteLength).toBeLessThanOrEqual(100 * 1024);
  });
});
