import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreenshot, seriousViolations, showEveryCard } from './helpers';

/*
 * The Obsidian fixture vault (tests/fixtures/obsidian-vault), built as a student's vault
 * into out-vault/: notes without frontmatter, folders, wikilinks, embeds, callouts,
 * highlights, comments and math, read the way Obsidian shows them.
 */

const note = (slug: string) => `/notes/${encodeURIComponent(slug)}/`;
const S3 = note('amazon-s3');
const COMPARISON = note('스토리지-비교');
const EXAM_TIPS = note('sap-c02-시험-팁');
const RDS = note('amazon-rds');
const DAILY = note('2024-01-15');
const LAMBDA = note('lambda-동시성');
const HOME = note('home');

/** A picture's size on the page, in whole CSS pixels. */
async function shownSize(image: Locator): Promise<{ width: number; height: number } | null> {
  const box = await image.boundingBox();
  return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
}

/** The slugs of every note, as the site's search index lists them. */
async function allSlugs(page: Page): Promise<string[]> {
  const response = await page.request.get('/search-index.json');
  expect(response.ok()).toBe(true);
  const index: { docs: { slug: string; anchor?: string }[] } = await response.json();
  // A note's own result; a question of a note with many is a result of its own, at its anchor.
  return index.docs.filter((doc) => !doc.anchor).map((doc) => doc.slug);
}

/** What a reader sees of the note, code left out (code may quote Obsidian's syntax on purpose). */
async function proseText(page: Page): Promise<string> {
  return page.getByTestId('note').evaluate((article) => {
    const copy = article.cloneNode(true);
    if (!(copy instanceof HTMLElement)) return '';
    // Backlinks quote other notes' sentences as plain text, inline code included.
    for (const code of copy.querySelectorAll('pre, code, annotation, .backlink-context')) code.remove();
    return copy.textContent ?? '';
  });
}

/** The note pages the build wrote, read when the tests are listed. */
const PAGES = readdirSync(path.resolve(import.meta.dirname, '../../out-vault/notes')).sort();

test('every note of the vault has its page', async ({ page }) => {
  expect(PAGES).toHaveLength(31);
  expect((await allSlugs(page)).sort()).toEqual(PAGES);
});

for (const slug of PAGES) {
  test(`${slug} shows nothing of Obsidian's syntax as raw text`, async ({ page }) => {
    await page.goto(note(slug));
    const text = await proseText(page);
    for (const raw of ['[[', '![[', '[!', '%%', 'SECRET-COMMENT']) expect(text).not.toContain(raw);
    expect(text).not.toMatch(/==[^=\s][^=]*==/);
  });
}

test('the ignored folders, .trash and .obsidian are not in the site', async ({ page }) => {
  const slugs = await allSlugs(page);
  for (const ignored of ['aws-service-template', 'old', 'deleted-note', 'workspace']) expect(slugs).not.toContain(ignored);
  await page.goto('/');
  await showEveryCard(page);
  await expect(page.getByTestId('note-card')).toHaveCount(31);
  await expect(page.locator('body')).not.toContainText('IGNORED-');
});

test('a note without frontmatter is titled by its H1, or by its file name', async ({ page }) => {
  await page.goto(HOME);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AWS SAP-C02 공부 홈');
  await page.goto(note('arn'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ARN');
});

test('a wikilink with a heading opens its note at that heading', async ({ page }) => {
  await page.goto(COMPARISON);
  await page.getByRole('link', { name: 'EBS types' }).click();
  await expect(page).toHaveURL(/\/notes\/amazon-ebs\/#section-\d+$/);
  await expect(page.getByRole('heading', { name: 'Volume types' })).toBeInViewport();
});

test('links by alias, by other case and to a block all reach their note', async ({ page }) => {
  await page.goto(HOME);
  for (const name of ['Amazon S3', 'amazon s3', 'S3']) await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', S3);
  await page.goto(note('amazon-ebs'));
  await page.getByRole('link', { name: 'Amazon S3 > s3-durability' }).click();
  await expect(page).toHaveURL(/\/notes\/amazon-s3\/#user-content-block-s3-durability$/);
  await expect(page.locator('#user-content-block-s3-durability')).toBeInViewport();
});

test('hovering or focusing a note link previews that note; Escape closes it', async ({ page }) => {
  await page.goto(note('amazon-rds'));
  const link = page.locator('.prose a.internal-link', { hasText: 'EBS' }).first();
  await link.hover();
  const preview = page.getByTestId('link-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Amazon EBS');
  await expect(preview).toContainText('EC2에 붙이는 블록 스토리지');
  await expect(link).toHaveAttribute('aria-describedby', 'link-preview');
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();

  await page.goto(S3);
  await page.locator('body').press('Tab');
  for (let step = 0; step < 60 && !(await page.evaluate(() => document.activeElement?.matches('.prose a.internal-link'))); step += 1) await page.keyboard.press('Tab');
  await expect(page.getByTestId('link-preview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('link-preview')).toBeHidden();
});

test('a link to a note not written yet is marked plain text, not a link', async ({ page }) => {
  await page.goto(HOME);
  const broken = page.locator('.broken-link', { hasText: 'AWS Organizations' });
  await expect(broken).toBeVisible();
  await expect(page.getByRole('link', { name: 'AWS Organizations' })).toHaveCount(0);
  await expect(broken).toHaveCSS('text-decoration-style', 'dashed');
});

test('each note lists the notes that link to it, with the sentence around the link', async ({ page }) => {
  await page.goto(S3);
  const backlinks = page.getByTestId('backlinks');
  await expect(backlinks.getByRole('link', { name: 'AWS SAP-C02 공부 홈' })).toBeVisible();
  await expect(backlinks.getByRole('link', { name: '스토리지 비교 (S3 vs EBS vs EFS)' })).toBeVisible();
  await expect(backlinks).not.toContainText('[[');
  await backlinks.getByRole('link', { name: 'Athena 쿼리 - 파티션 프로젝션으로 크롤러 없이 최신 파티션 조회' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Athena 쿼리 - 파티션 프로젝션으로 크롤러 없이 최신 파티션 조회');
});

test('embedded pictures load from the vault at the size the note gives', async ({ page }) => {
  await page.goto(DAILY);
  const pasted = page.locator('img.embed-image').first();
  await expect(pasted).toBeVisible();
  expect(await pasted.evaluate((image) => image instanceof HTMLImageElement && image.complete && image.naturalWidth)).toBe(40);

  await page.goto(RDS);
  const [wide, small] = await page.locator('img.embed-image').all();
  if (!wide || !small) throw new Error('two pictures expected');
  await wide.scrollIntoViewIfNeeded();
  await expect.poll(() => wide.evaluate((image) => image instanceof HTMLImageElement && image.naturalWidth)).toBe(800);
  expect(await shownSize(wide)).toEqual({ width: 600, height: 450 });
  await small.scrollIntoViewIfNeeded();
  // `|300x200` is a box: the 4:3 picture fitted inside it, not stretched.
  expect(await shownSize(small)).toEqual({ width: 267, height: 200 });
  await expect(wide).toHaveAttribute('loading', 'lazy');
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a note opened online keeps its pictures offline', async ({ page, context }) => {
    test.setTimeout(120_000);
    await page.goto(RDS);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await page.reload();
    for (const image of await page.locator('img.embed-image').all()) await image.scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('assets')).keys()).length)).toBe(1);
    await context.setOffline(true);
    await page.reload();
    const picture = page.locator('img.embed-image').first();
    await picture.scrollIntoViewIfNeeded();
    await expect.poll(() => picture.evaluate((image) => image instanceof HTMLImageElement && image.naturalWidth)).toBe(800);
  });
});

test('an attachment is copied and linked', async ({ page }) => {
  await page.goto(DAILY);
  const pdf = page.locator('a.attachment-link');
  await expect(pdf).toHaveAttribute('href', /^\/assets\/cheatsheet\.[0-9a-f]{10}\.pdf$/);
  const response = await page.request.get((await pdf.getAttribute('href')) ?? '');
  expect(response.ok()).toBe(true);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('an embedded note shows its content, and an embed loop stops', async ({ page }) => {
  await page.goto(COMPARISON);
  const embeds = page.locator('.note-embed');
  await expect(embeds.first()).toContainText('Storage classes');
  await expect(embeds.nth(1)).toContainText('gp3');
  await expect(embeds.nth(1)).not.toContainText('스냅샷');
  await page.goto(note('loop-a'));
  await expect(page.locator('.embed-loop')).toHaveCount(1);
  await expect(page.locator('.note-embed').first()).toContainText('Lambda 쪽 정리');
});

test('a folded callout opens by click and by keyboard, without script', async ({ page }) => {
  await page.goto(EXAM_TIPS);
  const folded = page.locator('details.callout', { hasText: 'Folded tip' });
  await expect(folded).not.toHaveAttribute('open');
  const body = folded.locator('.callout-body');
  await expect(body).toBeHidden();
  await folded.locator('summary').click();
  await expect(body).toBeVisible();
  await folded.locator('summary').press('Enter');
  await expect(body).toBeHidden();
  await folded.locator('summary').focus();
  await page.keyboard.press('Space');
  await expect(body).toBeVisible();
  await expect(page.locator('details.callout', { hasText: 'Open question' })).toHaveAttribute('open');
  await expect(page.locator('.callout[data-callout="abstract"]').first()).toContainText('한 줄 요약');
  await expect(page.locator('.callout', { hasText: 'Unknown type' })).toHaveAttribute('data-callout', 'note');
});

test('highlights, comments, math and inline tags read as in Obsidian', async ({ page }) => {
  await page.goto(LAMBDA);
  await expect(page.locator('mark').first()).toBeVisible();
  await expect(page.getByTestId('note')).not.toContainText('Hidden link in comment');
  await expect(page.locator('code', { hasText: '%%' })).toBeVisible();
  const formula = page.locator('math').first();
  await expect(formula).toBeVisible();
  expect((await formula.boundingBox())?.width).toBeGreaterThan(20);
  await page.goto(note('vpc'));
  const tag = page.locator('.prose a.tag', { hasText: '#concept' }).first();
  await expect(tag).toHaveAttribute('href', '/tags/concept/');
  await expect(page.locator('.prose a.tag', { hasText: '#1' })).toHaveCount(0);
});

test('hostile names and titles stay text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(note('bbold-nameb-&-script'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bold name');
  await expect(page.locator('.prose script, .prose iframe')).toHaveCount(0);
  await page.goto(HOME);
  await page.getByRole('link', { name: 'What is IAM?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is IAM?');
  expect(dialogs).toEqual([]);
});

test('a bare tag (no namespace) opens its own page listing its notes', async ({ page }) => {
  await page.goto(note('bbold-nameb-&-script'));
  const tag = page.locator('a[href="/tags/hostile/"]').first();
  await expect(tag).toBeVisible();
  await tag.click();
  await expect(page).toHaveURL(/\/tags\/hostile\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('hostile');
  await expect(page.getByRole('link', { name: /bold name/ })).toBeVisible();
  const stray = await page.request.get('/tags/other/hostile/');
  expect(stray.status()).toBe(404);
});

test('vault pages have no serious accessibility violation, light and dark', async ({ page }) => {
  for (const path of [EXAM_TIPS, COMPARISON, RDS]) {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      expect(await seriousViolations(page), `${path} ${theme}`).toEqual([]);
    }
  }
});

test('screenshots: light, dark and a 360 px phone', async ({ page }) => {
  await page.goto(EXAM_TIPS);
  await saveScreenshot(page, 'vault-callouts-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(COMPARISON);
  await saveScreenshot(page, 'vault-embeds-dark');
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(S3);
  await saveScreenshot(page, 'vault-note-phone-dark');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
