/*
 * `npm run bench:pwa [-- DIR]`: Lighthouse's installability report on the built site
 * (default out/, as `npm run build` leaves it), on the home page and a note page.
 * Lighthouse 12 dropped its PWA category; its last release with one (11.7, installed as
 * `lighthouse-pwa`) asks Chromium the same questions an install prompt does. Exits 1 when
 * any installability audit fails.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse-pwa';
import { serving } from './serve-folder';

const OUT = path.resolve(process.argv[2] ?? 'out');
const PORT = 4176;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The PWA category's automatic audits; the rest of the category is manual checks. */
const REQUIRED = ['installable-manifest', 'splash-screen', 'themed-omnibox', 'maskable-icon', 'content-width', 'viewport'];

async function audit(url: string): Promise<boolean> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['pwa'] });
    const audits = result?.lhr.audits ?? {};
    let ok = true;
    for (const id of REQUIRED) {
      const found = audits[id];
      const passed = found?.score === 1;
      ok &&= passed;
      const why = found?.explanation ? ` (${found.explanation})` : '';
      console.log(`  ${passed ? 'ok  ' : 'FAIL'} ${url.replace(/^https?:\/\/[^/]+/, '')} ${id}: ${found?.title ?? 'missing'}${why}`);
    }
    return ok;
  } finally {
    chrome.kill();
  }
}

async function main(): Promise<number> {
  const note = readdirSync(path.join(OUT, 'notes'))[0];
  if (!note) throw new Error(`${OUT} has no note pages: build first (npm run build)`);
  const pages = ['/', `/notes/${note}/`];
  const results = await serving(OUT, PORT, async () => {
    const all: boolean[] = [];
    for (const page of pages) all.push(await audit(`http://localhost:${PORT}${page}`));
    return all;
  });
  const ok = results.every(Boolean);
  console.log(ok ? 'bench:pwa: installable (Lighthouse PWA audits pass)' : 'bench:pwa: OVER BUDGET: an installability audit fails');
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
