import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const base = 'http://localhost:4191';
async function shot(name: string, url: string, opts: { width: number; height: number; dark?: boolean; js?: boolean; act?: (page: import('@playwright/test').Page) => Promise<void> }) {
  const context = await browser.newContext({ viewport: { width: opts.width, height: opts.height }, colorScheme: opts.dark ? 'dark' : 'light', javaScriptEnabled: opts.js ?? true });
  const page = await context.newPage();
  await page.goto(base + url);
  await page.waitForTimeout(1500);
  if (opts.act) await opts.act(page);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
  await context.close();
}
await shot('home-desktop', '/', { width: 1280, height: 900 });
await shot('home-nojs', '/', { width: 1280, height: 900, js: false, act: async (page) => { await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight)); } });
await shot('home-end-phone-dark', '/', { width: 360, height: 740, dark: true, act: async (page) => { await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight - 1400)); await page.waitForTimeout(300); } });
await shot('home-expand', '/', { width: 1280, height: 900, act: async (page) => { await page.locator('aside [data-namespace="service"] [data-testid="facet-expand"]').click(); await page.waitForTimeout(800); } });
await browser.close();
