import { expect, test, type Page } from '@playwright/test';

/*
 * Installability, checked the way Chromium decides it (Lighthouse 12 dropped its PWA
 * category; its old installable-manifest audit read these same DevTools protocol calls),
 * plus the head tags Safari's "Add to Home Screen" reads.
 */

test.use({ serviceWorkers: 'allow' });

type ManifestIcon = { src: string; sizes?: string; type?: string; purpose?: string };
type RawManifest = { name?: string; short_name?: string; display?: string; start_url?: string; icons?: ManifestIcon[] };

/** Width and height from a PNG's IHDR chunk, as served. */
async function pngSize(page: Page, url: string): Promise<{ type: string; width: number; height: number }> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  const bytes = await response.body();
  expect(bytes.subarray(1, 4).toString('latin1'), `${url} is a PNG`).toBe('PNG');
  return { type: response.headers()['content-type'] ?? '', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Chromium finds the site installable: manifest without errors, icons, a service worker in control', async ({ playwright, launchOptions, baseURL }, testInfo) => {
  // Chromium never offers to install from an incognito window, and every Playwright context
  // is one: a profile on disk, like a student's browser.
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...launchOptions, baseURL, serviceWorkers: 'allow' });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cdp = await context.newCDPSession(page);

  const { url, errors, data, manifest } = await cdp.send('Page.getAppManifest', {});
  expect(new URL(url).pathname).toBe('/manifest.webmanifest');
  expect(errors).toEqual([]);
  // As Chromium parsed it (its protocol names the display mode `kStandalone`).
  expect(manifest.name).toBe('AWS 자격증 노트');
  expect(manifest.display).toMatch(/^k?standalone$/i);
  // Chromium leaves the short name and the icons' purpose out of the parsed form: read
  // them from the manifest as served.
  const raw: RawManifest = JSON.parse(data ?? '{}');
  expect(raw.short_name?.trim()).toBeTruthy();
  expect(raw.short_name!.length).toBeLessThanOrEqual(12);
  expect(raw.display).toBe('standalone');
  expect(manifest.icons?.map((icon) => icon.url)).toEqual((raw.icons ?? []).map((icon) => new URL(icon.src, url).href));
  const icons = raw.icons ?? [];
  for (const size of [192, 512]) {
    for (const purpose of ['any', 'maskable']) {
      const icon = icons.find((entry) => entry.sizes === `${size}x${size}` && (entry.purpose ?? 'any').split(' ').includes(purpose));
      expect(icon, `${purpose} icon ${size}x${size}`).toBeDefined();
      // The file is really a PNG of the size the manifest says.
      expect(await pngSize(page, new URL(icon!.src, url).href)).toEqual({ type: 'image/png', width: size, height: size });
    }
  }

  // Chromium's own verdict (an empty list is what the install prompt waits for).
  await expect
    .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((error) => error.errorId), { timeout: 15_000 })
    .toEqual([]);
  await context.close();
});

test('the head carries the tags Safari and the browsers\' theme colour read', async ({ page }) => {
  await page.goto('/');
  const head = page.locator('head');
  const appleIcon = head.locator('link[rel="apple-touch-icon"]');
  await expect(appleIcon).toHaveCount(1);
  const iconUrl = new URL((await appleIcon.getAttribute('href')) ?? '', page.url()).href;
  const apple = await pngSize(page, iconUrl);
  expect(apple.width).toBe(apple.height);
  expect(apple.width).toBeGreaterThanOrEqual(180);

  await expect(head.locator('meta[name="mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
  await expect(head.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', /\S/);
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');

  const themes = await head.locator('meta[name="theme-color"]').evaluateAll((metas) =>
    metas.map((meta) => ({ media: meta.getAttribute('media'), content: meta.getAttribute('content') })),
  );
  const light = themes.find((theme) => theme.media?.includes('prefers-color-scheme: light'));
  const dark = themes.find((theme) => theme.media?.includes('prefers-color-scheme: dark'));
  expect(light?.content).toMatch(/^#[0-9a-f]{6}$/i);
  expect(dark?.content).toMatch(/^#[0-9a-f]{6}$/i);
  expect(dark?.content).not.toBe(light?.content);
});
