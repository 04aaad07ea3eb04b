import { expect, test } from '@playwright/test';
import { GLUE_NOTE, saveScreenshot, showEveryCard, siteNotes, tagged } from './helpers';

test.describe('reading a note', () => {
  test('opens from its card with title, dates, tags, aliases, sections and contents', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'ETL 파이프라인 - 최소 운영 관리를 위한 AWS Glue 활용' }).click();
    await expect(page).toHaveURL(GLUE_NOTE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ETL 파이프라인 - 최소 운영 관리를 위한 AWS Glue 활용');
    await expect(page.getByTestId('note')).toContainText('2025-08-17');
    await expect(page.getByTestId('note')).toContainText('glue-etl, serverless-etl, managed-etl');
    await expect(page.locator('h2.note-section-heading')).toHaveText(['🎯 핵심 포인트', '📝 설명', '🔍 주요개념', '📝 관련 문제']);
    await expect(page.locator('#key-point')).toHaveClass(/note-section-keyPoint/);

    const contents = page.locator('aside.toc-side');
    await contents.getByRole('link', { name: '🔍 주요개념' }).click();
    await expect(page).toHaveURL(/#concepts$/);
    await expect(page.locator('#concepts')).toBeInViewport();
  });

  test('on a 360 px phone the labels of the dates and aliases stay on one line each', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(GLUE_NOTE);
    const labels = page.locator('.note-meta dt');
    await expect(labels).toHaveCount(3);
    const heights = await labels.evaluateAll((all) => all.map((label) => label.getBoundingClientRect().height));
    const line = Math.min(...heights);
    for (const height of heights) expect(height).toBeLessThan(line * 1.5);
  });

  test('draws the architecture flow as boxes and arrows and marks the trade-offs', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    const flow = page.locator('figure.flow').first();
    await expect(flow.locator('.flow-box')).toHaveCount(6);
    await expect(flow.locator('.flow-box').nth(1)).toContainText('AWS Glue');
    await expect(flow.locator('.flow-box').nth(1)).toContainText('(ETL Job/Crawler)');
    await expect(page.locator('.tradeoff-pro')).toHaveCount(2);
    await expect(page.locator('.tradeoff-con')).toHaveCount(2);
  });

  test('tags link to their tag page; related and next notes link on', async ({ page }) => {
    await page.goto(GLUE_NOTE);
    await page.getByRole('link', { name: 'service/glue' }).click();
    await expect(page).toHaveURL('/tags/service/glue/');
    await expect(page.getByTestId('note-card')).toHaveCount(tagged(await siteNotes(page), 'service/glue').length);

    await page.goto(GLUE_NOTE);
    await expect(page.locator('.related')).toContainText('ETL 마이그레이션에서 AWS Glue와 PySpark 활용');
    const previous = page.locator('a[rel="prev"]');
    const previousTitle = (await previous.locator('span').last().innerText()).trim();
    await previous.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(previousTitle);
    await saveScreenshot(page, 'note-desktop-light');
  });

  test('the tags page shows namespaces and tags with counts; a namespace shows its newest notes and links to all of them', async ({ page }) => {
    await page.goto('/tags/');
    const service = page.locator('section.tag-namespace', { has: page.getByRole('heading', { name: /^service/ }) });
    const notes = await siteNotes(page);
    await expect(service.getByRole('link', { name: new RegExp(`^glue\\s*${tagged(notes, 'service/glue').length}(?!\\d)`) })).toBeVisible();
    await saveScreenshot(page, 'tags-desktop-light');
    await service.getByRole('link', { name: 'service', exact: true }).click();
    await expect(page).toHaveURL('/tags/service/');
    const inNamespace = notes.filter((note) => note.tags.some((tag) => tag.startsWith('service/')));
    // The bundled notes are more than a tag page shows (24), so the page says so and links on.
    expect(inNamespace.length).toBeGreaterThan(24);
    await expect(page.locator('h1 .count')).toHaveText(String(inNamespace.length));
    await expect(page.getByTestId('note-card')).toHaveCount(24);
    await expect(page.getByTestId('tag-more')).toContainText('최신 노트 24개입니다.');
    await saveScreenshot(page, 'tag-namespace-desktop-light');
    await page.getByTestId('tag-all-notes').click();
    await expect(page).toHaveURL('/?tag=service');
    await expect(page.getByTestId('result-count')).toHaveAttribute('data-count', String(inNamespace.length));
    await showEveryCard(page);
    await expect(page.getByTestId('note-card')).toHaveCount(inNamespace.length);
  });

  test('a tag page with few notes lists them all, without a link to more', async ({ page }) => {
    await page.goto('/tags/service/glue/');
    await expect(page.getByTestId('note-card')).toHaveCount(tagged(await siteNotes(page), 'service/glue').length);
    await expect(page.getByTestId('tag-more')).toHaveCount(0);
  });

  test.describe('unknown addresses get the 404 page', () => {
    for (const path of ['/notes/no-such-note/', '/tags/no-such-namespace/', '/tags/service/no-such-tag/']) {
      test(path, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByTestId('not-found')).toContainText('페이지를 찾을 수 없습니다');
        await page.getByRole('link', { name: '노트 목록으로' }).click();
        await expect(page.getByTestId('note-card').first()).toBeVisible();
      });
    }
  });
});
