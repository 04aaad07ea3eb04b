import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerOnNote, GLUE_NOTE, saveScreenshot, seriousViolations, showEveryCard, siteNotes, tagged, type SiteNote } from './helpers';

test.describe('home: browse and filter by tag', () => {
  test('every note is a card with title, key point, tags, question badge and last result', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByTestId('note-card');
    await showEveryCard(page);
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
    await hydrated(page);
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
    // The static page lists the newest notes until the browser has read the URL: room for a busy machine.
    await expect(shared.getByTestId('note-card')).toHaveCount(both.length, { timeout: 20_000 });
    expect((await shared.getByTestId('note-card').locator('h3').allInnerTexts()).sort()).toEqual(both.map((note) => note.title).sort());
    await shared.close();
    await saveScreenshot(page, 'home-filtered-desktop-light');
  });

  test('Back undoes each filter and sort choice, one at a time; Forward redoes them', async ({ page }) => {
    const notes = await siteNotes(page);
    const glue = tagged(notes, 'service/glue');
    const both = tagged(notes, 'service/glue', 'constraint/serverless');
    const cards = page.getByTestId('note-card');
    const sort = page.getByRole('combobox', { name: '정렬' });
    const facet = (name: RegExp) => page.getByRole('button', { name });

    await page.goto('/');
    await hydrated(page);
    await facet(/^glue/).click();
    await expect(page).toHaveURL(/\?tag=service%2Fglue$/);
    await facet(/^serverless/).click();
    await expect(page).toHaveURL(/\?tag=service%2Fglue&tag=constraint%2Fserverless$/);
    await sort.selectOption('title');
    await expect(page).toHaveURL(/\?tag=service%2Fglue&tag=constraint%2Fserverless&sort=title$/);

    await page.goBack();
    await expect(page).toHaveURL(/\?tag=service%2Fglue&tag=constraint%2Fserverless$/);
    await expect(sort).toHaveValue('newest');
    await expect(cards).toHaveCount(both.length);
    await page.goBack();
    await expect(page).toHaveURL(/\?tag=service%2Fglue$/);
    await expect(cards).toHaveCount(glue.length);
    await expect(page.getByTestId('active-filter')).toHaveCount(1);
    await expect(facet(/^serverless/)).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-count', String(notes.length));
    await expect(page.getByTestId('active-filter')).toHaveCount(0);

    await page.goForward();
    await expect(page).toHaveURL(/\?tag=service%2Fglue$/);
    await expect(cards).toHaveCount(glue.length);
    await page.goForward();
    await expect(page).toHaveURL(/\?tag=service%2Fglue&tag=constraint%2Fserverless$/);
    await expect(cards).toHaveCount(both.length);
    await expect(facet(/^serverless/)).toHaveAttribute('aria-pressed', 'true');
  });

  // `manual`: as in a browser that restores the position before the list is drawn, or not at all.
  for (const [width, restoration] of [
    [1280, 'auto'],
    [360, 'auto'],
    [1280, 'manual'],
  ] as const) {
    test(`Back from a note returns to the same place in the list (${width} px, browser restoration ${restoration})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await hydrated(page);
      await page.evaluate((mode) => (history.scrollRestoration = mode), restoration);
      // A card far down the list, in the middle of the screen (the last of the first screen:
      // scrolled to, it brings more cards below it).
      const slug = await page.getByTestId('note-card').last().getAttribute('data-slug');
      const card = page.locator(`[data-testid="note-card"][data-slug="${slug}"]`);
      await card.locator('a').evaluate((link) => link.scrollIntoView({ block: 'center' }));
      const left = await page.evaluate(() => window.scrollY);
      expect(left).toBeGreaterThan(600);
      await card.locator('a').click();
      await expect(page).toHaveURL(`/notes/${slug}/`);
      await expect(page.locator('h1')).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);

      await page.goBack();
      await expect(page).toHaveURL(/\/$/);
      await expect(card).toBeVisible();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(left - 4);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - left)).toBeLessThanOrEqual(3);
      await expect(card).toBeInViewport();
    });
  }

  test('Back from a note past the first screen draws the list as far as it was, and lands on the card', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await showEveryCard(page);
    const slug = await page.getByTestId('note-card').last().getAttribute('data-slug');
    const card = page.locator(`[data-testid="note-card"][data-slug="${slug}"]`);
    await card.locator('a').evaluate((link) => link.scrollIntoView({ block: 'center' }));
    const left = await page.evaluate(() => window.scrollY);
    await card.locator('a').click();
    await expect(page).toHaveURL(`/notes/${slug}/`);
    await page.goBack();
    await expect(page.locator(`[data-testid="note-card"][data-slug="${slug}"]`)).toBeInViewport();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - left)).toBeLessThanOrEqual(3);
  });

  test('a tag combination no note has shows a clear empty state that can be cleared', async ({ page }) => {
    await page.goto('/?tag=service/glue&tag=service/kinesis-firehose');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.getByTestId('empty-state')).toContainText('조건에 맞는 노트가 없습니다');
    await page.getByTestId('empty-state').getByRole('button').click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-count', String((await siteNotes(page)).length));
    await showEveryCard(page);
    await expect(page.getByTestId('note-card')).toHaveCount((await siteNotes(page)).length);
  });

  test('sorts by newest or by title', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    const titles = () => page.getByTestId('note-card').locator('h3').allInnerTexts();
    const dates = await page.getByTestId('note-card').locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.getByRole('combobox', { name: '정렬' }).selectOption('title');
    await expect(page).toHaveURL(/sort=title/);
    const sorted = await titles();
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'ko')));
  });
});

/** The page's island has run once the note cards' last-result badges have left their placeholder. */
async function hydrated(page: Page) {
  await expect(page.getByTestId('last-result').first()).not.toHaveAttribute('data-result', 'loading', { timeout: 20_000 });
}

/** What the filter would keep with `tag` added, from the site's own note list. */
const kept = (notes: SiteNote[], selected: string[], tag?: string) =>
  notes.filter((note) => [...selected, ...(tag ? [tag] : [])].every((wanted) => note.tags.includes(wanted))).length;

/** The facet buttons a student can see now, with the numbers on them. */
async function visibleFacets(scope: Locator) {
  return scope.locator('button.facet:visible').evaluateAll((buttons) =>
    buttons.map((button) => ({ tag: button.getAttribute('data-tag') ?? '', count: Number(button.querySelector('.facet-count')?.textContent), pressed: button.getAttribute('aria-pressed') === 'true' })),
  );
}

test.describe('home: the filter says what it shows', () => {
  const SELECTED = ['service/glue', 'constraint/serverless'];
  const FILTERED = '/?tag=service%2Fglue&tag=constraint%2Fserverless';

  test('the heading names the filter and its count, in Korean and English', async ({ page }) => {
    const notes = await siteNotes(page);
    const count = kept(notes, SELECTED);
    await page.goto(FILTERED);
    const heading = page.getByTestId('results-heading');
    await expect(heading).toHaveText(`glue · serverless: ${count}개 노트`, { useInnerText: true });
    await page.getByTestId('language-toggle').click();
    await expect(heading).toHaveText(`glue · serverless: ${count} ${count === 1 ? 'note' : 'notes'}`, { useInnerText: true });
    // One tag that only one note has: English says "1 note".
    const single = [...new Set(notes.flatMap((note) => note.tags))].find((tag) => kept(notes, [tag]) === 1);
    expect(single).toBeTruthy();
    await page.goto(`/?tag=${encodeURIComponent(single ?? '')}`);
    await expect(heading).toHaveText(new RegExp(`: 1 note$`), { useInnerText: true });
    await page.goto('/');
    await expect(heading).toHaveText(`All notes ${notes.length} notes`, { useInnerText: true });
  });

  test('each count is what adding that tag would keep; tags that would leave nothing fold away', async ({ page }) => {
    const notes = await siteNotes(page);
    await page.goto('/?tag=service%2Fglue');
    const aside = page.locator('aside.facets');
    await expect(aside.locator('[data-tag="service/glue"]')).toHaveAttribute('aria-pressed', 'true');
    // Once the list has loaded (the counts are the filter's), a namespace shows its first
    // tags; the rest come when asked.
    await expect(page.getByTestId('result-count')).toBeVisible();
    for (const expand of await aside.getByTestId('facet-expand').all()) {
      await expand.click();
      await expect(expand).toHaveAttribute('aria-expanded', 'true');
    }
    const shown = await visibleFacets(aside);
    expect(shown.length).toBeGreaterThan(3);
    for (const facet of shown) {
      expect(facet.count, facet.tag).toBe(facet.pressed ? kept(notes, ['service/glue']) : kept(notes, ['service/glue'], facet.tag));
      expect(facet.count, facet.tag).toBeGreaterThan(0);
    }
    // The folded ones are every tag of the site that would leave no note: hidden until asked for.
    const allTags = [...new Set(notes.flatMap((note) => note.tags))];
    const dead = allTags.filter((tag) => kept(notes, ['service/glue'], tag) === 0).sort();
    expect(dead.length).toBeGreaterThan(0);
    expect(shown.map((facet) => facet.tag).sort()).toEqual(allTags.filter((tag) => !dead.includes(tag)).sort());
    const more = aside.getByTestId('facet-more');
    for (const disclosure of await more.all()) {
      await disclosure.locator('summary').click();
      await expect(disclosure.locator('button.facet').first()).toBeVisible();
    }
    const folded = await aside.getByTestId('facet-more').locator('button.facet').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-tag') ?? ''));
    expect(folded.sort()).toEqual(dead);
    await expect(aside.getByTestId('facet-more').locator('button.facet').first()).toBeDisabled();
    // The count on a tag is what a click gives.
    const serverless = aside.locator('[data-tag="constraint/serverless"]');
    const promised = Number(await serverless.locator('.facet-count').textContent());
    await serverless.click();
    await expect(page.getByTestId('note-card')).toHaveCount(promised);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'home-facets-desktop-light');
  });

  test('"이 노트들로 연습" starts practice with the filter\'s tags (all of them)', async ({ page }) => {
    await page.goto(FILTERED);
    const link = page.getByRole('link', { name: '이 노트들로 연습' });
    await expect(link).toBeVisible();
    const expected = new URLSearchParams();
    for (const tag of SELECTED) expected.append('tag', tag);
    await expect(link).toHaveAttribute('href', `/practice/?${expected.toString()}`);
    await page.getByTestId('language-toggle').click();
    await expect(page.getByRole('link', { name: 'Practise these notes' })).toBeVisible();
    // Not offered without a filter, nor when the filter keeps nothing.
    await page.goto('/');
    await expect(page.getByTestId('practise-these')).toHaveCount(0);
    await page.goto('/?tag=service/glue&tag=service/kinesis-firehose');
    await expect(page.getByTestId('practise-these')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`phone (360 px, ${theme}): notes first, filters in a sheet, keyboard only`, async ({ page }) => {
      const notes = await siteNotes(page);
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto('/?tag=service%2Fglue');
      // The notes come first: the facet sidebar is not on the page, the first card is in view.
      await expect(page.locator('aside.facets')).toBeHidden();
      await expect(page.getByTestId('note-card').first()).toBeInViewport();
      const open = page.getByTestId('filter-open');
      await expect(open).toBeVisible();
      await expect(open).toContainText('1');

      // Tab to the filter button, open it with Enter.
      for (let step = 0; step < 40 && !(await open.evaluate((button) => button === document.activeElement)); step += 1) await page.keyboard.press('Tab');
      await expect(open).toBeFocused();
      await page.keyboard.press('Enter');
      const sheet = page.getByTestId('filter-sheet');
      await expect(sheet).toBeVisible();
      // The chosen tags are on top, above the facets.
      const chosen = sheet.getByTestId('sheet-active-filter');
      await expect(chosen).toHaveCount(1);
      const firstFacet = sheet.locator('button.facet').first();
      expect((await chosen.first().boundingBox())!.y).toBeLessThan((await firstFacet.boundingBox())!.y);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `home-filter-sheet-phone-${theme}`);

      // Tab to a facet and press Space: the filter narrows, the sheet stays open.
      const serverless = sheet.locator('button.facet[data-tag="constraint/serverless"]');
      for (let step = 0; step < 80 && !(await serverless.evaluate((button) => button === document.activeElement)); step += 1) await page.keyboard.press('Tab');
      await expect(serverless).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/tag=service%2Fglue&tag=constraint%2Fserverless$/);
      await expect(chosen).toHaveCount(2);
      await expect(serverless).toHaveAttribute('aria-pressed', 'true');

      // A chosen tag comes off from the top of the sheet.
      const glueChip = sheet.locator('[data-testid="sheet-active-filter"][data-tag="service/glue"]');
      for (let step = 0; step < 80 && !(await glueChip.evaluate((button) => button === document.activeElement)); step += 1) await page.keyboard.press('Shift+Tab');
      await expect(glueChip).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\?tag=constraint%2Fserverless$/);
      await expect(chosen).toHaveCount(1);

      // Escape closes the sheet and gives focus back to its button; the notes match the filter.
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect(open).toBeFocused();
      await expect(page.getByTestId('note-card')).toHaveCount(kept(notes, ['constraint/serverless']));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `home-filtered-phone-${theme}`);
    });
  }

  test('desktop dark: facets, heading and practice link; axe clean', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(FILTERED);
    await expect(page.getByTestId('practise-these')).toBeVisible();
    await expect(page.getByTestId('filter-open')).toBeHidden();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'home-filtered-desktop-dark');
  });
});

test.describe('home: the first screen comes with the page, the rest as data', () => {
  const FIRST = 24;

  test('the 24 newest notes come with the page; the rest loads once, when the list is scrolled or asked for', async ({ page }) => {
    const notes = await siteNotes(page);
    // The bundled notes are more than a first screen, so the rest has to come from the list.
    expect(notes.length).toBeGreaterThan(FIRST);
    await page.addInitScript(() => Reflect.deleteProperty(window, 'IntersectionObserver'));
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/note-list/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto('/');
    await hydrated(page);
    const cards = page.getByTestId('note-card');
    await expect(cards).toHaveCount(FIRST);
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-count', String(notes.length));
    const more = page.getByTestId('more-notes');
    await expect(more).toHaveText(`노트 더 보기 (${notes.length - FIRST}개 남음)`, { useInnerText: true });
    expect(fetched).toEqual([]);

    // Keyboard: Tab from the last card to the button, and Enter (the page has no
    // IntersectionObserver here, so the button is what loads them, not the scroll).
    await cards.last().locator('a').focus();
    await page.keyboard.press('Tab');
    await expect(more).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cards).toHaveCount(notes.length);
    await expect(more).toHaveCount(0);
    expect(fetched).toEqual(['/note-list/0.json']);
    const dates = await cards.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await cards.evaluateAll((all) => all.map((card) => card.getAttribute('data-slug')))).sort()).toEqual(notes.map((note) => note.slug).sort());

    // Scrolling to the end is enough: the next cards come by themselves.
    const other = await page.context().newPage();
    await other.goto('/');
    await hydrated(other);
    await other.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(other.getByTestId('note-card')).toHaveCount(notes.length);
    await other.close();
  });

  test("a namespace's tags past its first 8 come with the list, when asked for", async ({ page }) => {
    const serviceTags = new Set((await siteNotes(page)).flatMap((note) => note.tags.filter((tag) => tag.startsWith('service/'))));
    // The bundled notes name more services than the facets show at first.
    expect(serviceTags.size).toBeGreaterThan(8);
    await page.goto('/');
    await hydrated(page);
    const service = page.locator('aside.facets [data-namespace="service"]');
    await expect(service.locator('button.facet')).toHaveCount(8);
    const expand = service.getByTestId('facet-expand');
    await expect(expand).toHaveText(`태그 ${serviceTags.size - 8}개 더 보기`, { useInnerText: true });
    await expand.click();
    await expect(service.locator('button.facet')).toHaveCount(serviceTags.size);
    expect(new Set(await service.locator('button.facet').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-tag'))))).toEqual(serviceTags);
    await expect(expand).toHaveAttribute('aria-expanded', 'true');
    await expand.click();
    await expect(service.locator('button.facet')).toHaveCount(8);
    await page.getByTestId('language-toggle').click();
    await expect(expand).toHaveText(`Show ${serviceTags.size - 8} more tag${serviceTags.size - 8 === 1 ? '' : 's'}`, { useInnerText: true });
  });

  test('without JavaScript: the newest notes, and tags that lead to their own pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('note-card')).toHaveCount(FIRST);
    const first = await page.getByTestId('note-card').locator('time').first().getAttribute('datetime');
    const dates = await page.getByTestId('note-card').locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(first).toBe([...dates].sort().reverse()[0]);
    await expect(page.getByTestId('more-by-tag')).toHaveAttribute('href', '/tags/');
    const glue = page.locator('aside.facets a.facet[data-tag="service/glue"]');
    await expect(glue).toHaveAttribute('href', '/tags/service/glue/');
    await glue.click();
    await expect(page).toHaveURL('/tags/service/glue/');
    await expect(page.getByTestId('note-card').first()).toBeVisible();
    await context.close();
  });

  test('a list that does not load says so, and loads when tried again', async ({ page }) => {
    const glue = tagged(await siteNotes(page), 'service/glue');
    await page.route('**/note-list/*.json', (route) => route.abort());
    await page.goto('/?tag=service%2Fglue');
    const failed = page.getByTestId('list-failed');
    await expect(failed).toContainText('노트 목록을 불러오지 못했습니다');
    await expect(page.getByTestId('note-card')).toHaveCount(0);
    await page.unroute('**/note-list/*.json');
    await failed.getByRole('button', { name: '다시 시도' }).click();
    await expect(page.getByTestId('note-card')).toHaveCount(glue.length);
    await expect(failed).toHaveCount(0);
  });
});

test.describe('home in English', () => {
  test('sort options come in the chosen language only', async ({ page }) => {
    await page.goto('/');
    const options = (name: string) => page.getByRole('combobox', { name }).locator('option').allTextContents();
    expect(await options('정렬')).toEqual(['최신순', '제목순']);
    await page.getByTestId('language-toggle').click();
    await expect(page.getByRole('combobox', { name: 'Sort' })).toBeVisible();
    expect(await options('Sort')).toEqual(['Newest', 'Title']);
    await expect(page.getByRole('combobox', { name: '정렬' })).toHaveCount(0);
    // Either select sorts, and the choice shows in the other language too.
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('title');
    await expect(page).toHaveURL(/sort=title/);
    await page.getByTestId('language-toggle').click();
    await expect(page.getByRole('combobox', { name: '정렬' })).toHaveValue('title');
  });

  test('"1 question", and "✓ Last: correct" with its spaces', async ({ page }) => {
    await answerOnNote(page, GLUE_NOTE, ['A']);
    await page.getByTestId('language-toggle').click();
    await page.goto('/');
    const card = page.getByTestId('note-card').filter({ has: page.locator(`a[href="${GLUE_NOTE}"]`) });
    await expect(card.locator('.badge-info')).toHaveText('1 question', { useInnerText: true });
    await expect(card.getByTestId('last-result')).toHaveText('✓ Last: correct', { useInnerText: true });
    await page.getByTestId('language-toggle').click();
    await expect(card.locator('.badge-info')).toHaveText('1문제', { useInnerText: true });
    await expect(card.getByTestId('last-result')).toHaveText('✓ 최근: 정답', { useInnerText: true });
  });
});

test.describe('404', () => {
  test('a missing page has its own title', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId('not-found')).toBeVisible();
    await expect(page).toHaveTitle('페이지를 찾을 수 없습니다 · AWS 자격증 노트');
  });
});
