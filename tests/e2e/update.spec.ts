import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test, type Page, type Request } from '@playwright/test';
import { GLUE_NOTE, saveScreenshot, seriousViolations, setTheme } from './helpers';

/*
 * A new build deployed while a page is open: the page offers it, keeps showing the old
 * build until the student accepts, then reloads on the new one, with the new notes, the
 * old build's caches gone and the notes kept for offline use carried over.
 *
 * The spec serves the builds itself, with `serve-handler` (what `serve`, the README's
 * start command, answers with), from a folder it switches mid-test: first the build under
 * test, then out-rebuilt (the same notes plus tests/fixtures/rebuilt-vault).
 */

type ServeHandler = (request: IncomingMessage, response: ServerResponse, config: { public: string; etag: boolean }) => Promise<void>;
const serveHandler: ServeHandler = createRequire(import.meta.url)('serve-handler');

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIRST = process.env.E2E_OUT ?? 'out';
const REBUILT = process.env.E2E_REBUILT ?? 'out-rebuilt';
const PORT = 4177;

/** The first H1 of a note's markdown: the title the site shows for it. */
function markdownTitle(file: string): string {
  const title = /^# (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
  if (!title) throw new Error(`no H1 in ${file}`);
  return title;
}

const FIXTURES = path.join(ROOT, 'tests/fixtures/rebuilt-vault');
const NEW_NOTES = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ slug: file.slice(0, -3), title: markdownTitle(path.join(FIXTURES, file)) }));
const NEW_NOTE = NEW_NOTES[0]!;
const NEW_NOTE_PATH = `/notes/${NEW_NOTE.slug}/`;
const GLUE_TITLE = markdownTitle(path.join(ROOT, 'content', `${GLUE_NOTE.split('/')[2]}.md`));

/** The cache a build keeps opened pages in, as the keep-pages script its sw.js imports names it. */
function pagesCacheOf(folder: string): string {
  const dir = path.join(ROOT, folder);
  const script = /importScripts\("\/(sw-keep-pages-[^"]+\.js)"\)/.exec(readFileSync(path.join(dir, 'sw.js'), 'utf8'))?.[1];
  const name = script && /self\.PAGES_CACHE = "([^"]+)"/.exec(readFileSync(path.join(dir, script), 'utf8'))?.[1];
  if (!name) throw new Error(`${folder} has no service worker build`);
  return name;
}

let served = FIRST;
const server = createServer((request, response) => {
  void serveHandler(request, response, { public: path.join(ROOT, served), etag: true });
});

// One server on a fixed port whose folder the tests switch: the tests run one after another.
// Each test installs two builds' precache (5.5 MB each): more than the default minute on shared cores.
test.describe.configure({ mode: 'serial', timeout: 90_000 });
test.use({ serviceWorkers: 'allow', baseURL: `http://localhost:${PORT}` });

test.beforeAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(PORT, resolve);
  });
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const pagesCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('pages-')));

const keptIn = (page: Page, cache: string, pathname: string) =>
  page.evaluate(
    async ([name, wanted]) => (await (await caches.open(name)).keys()).some((request) => new URL(request.url).pathname === wanted),
    [cache, pathname] as const,
  );

/** Opens a page of the build under test, lets its service worker take it, then deploys the rebuilt site. */
async function deployWhileOpen(page: Page, pathname: string): Promise<void> {
  served = FIRST;
  await page.goto(pathname);
  await controlled(page);
  served = REBUILT;
}

type ChunkLoad = { url: string; build: string; status: number | string };

/**
 * Every JS chunk the page asks for, with the build the page was on when it asked: the
 * first build until the main frame navigates after `nextBuild()`, then the rebuilt one.
 */
function watchChunks(page: Page) {
  const loads: ChunkLoad[] = [];
  const asked = new Map<Request, string>();
  let build = FIRST;
  let switching = false;
  const isChunk = (request: Request) => new URL(request.url()).pathname.startsWith('/_next/static/chunks/');
  page.on('framenavigated', (frame) => {
    if (switching && frame === page.mainFrame()) build = REBUILT;
  });
  page.on('request', (request) => {
    if (isChunk(request)) asked.set(request, build);
  });
  page.on('response', (response) => {
    const build = asked.get(response.request());
    if (build) loads.push({ url: response.url(), build, status: response.status() });
  });
  page.on('requestfailed', (request) => {
    const build = asked.get(request);
    if (build) loads.push({ url: request.url(), build, status: request.failure()?.errorText ?? 'failed' });
  });
  return {
    loads,
    nextBuild: () => {
      switching = true;
    },
  };
}

test('a rebuilt site is offered to the open page and shows its new note after the reload', async ({ page, context }) => {
  const oldCache = pagesCacheOf(FIRST);
  const newCache = pagesCacheOf(REBUILT);
  expect(newCache, 'the rebuilt site is another build').not.toBe(oldCache);
  expect(existsSync(path.join(ROOT, REBUILT, NEW_NOTE_PATH, 'index.html')), `${REBUILT} has the fixture note`).toBe(true);
  const chunks = watchChunks(page);
  const newNoteLink = page.locator(`a[href="${NEW_NOTE_PATH}"]`);

  served = FIRST;
  await page.goto('/');
  await controlled(page);
  await expect(page.getByRole('link', { name: GLUE_TITLE })).toBeVisible();
  await expect(newNoteLink).toHaveCount(0);
  // A note opened on the first build is kept for offline use.
  await page.goto(GLUE_NOTE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GLUE_TITLE);
  await expect.poll(() => keptIn(page, oldCache, GLUE_NOTE)).toBe(true);
  await page.goto('/');

  // Deployed while the page is open; the student comes back and reloads.
  served = REBUILT;
  await page.reload();
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // Nothing changes before the student accepts: still the first build's home and caches.
  await expect(page.getByRole('link', { name: GLUE_TITLE })).toBeVisible();
  await expect(newNoteLink).toHaveCount(0);
  expect(await pagesCaches(page)).toContain(oldCache);
  // The waiting build has already fetched the kept note afresh into its own cache.
  expect(await keptIn(page, newCache, GLUE_NOTE)).toBe(true);

  chunks.nextBuild();
  await page.getByTestId('update-reload').click();
  await expect(page.getByRole('link', { name: NEW_NOTE.title })).toBeVisible({ timeout: 15_000 });
  await expect(prompt).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  // The old build's kept pages are gone; the new build keeps what the student had opened.
  await expect.poll(() => pagesCaches(page)).toEqual([newCache]);

  await page.getByRole('link', { name: NEW_NOTE.title }).click();
  await expect(page).toHaveURL(NEW_NOTE_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEW_NOTE.title);

  // The note opened before the update still opens without a network, on the new build.
  await context.setOffline(true);
  await page.goto(GLUE_NOTE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(GLUE_TITLE);
  await expect(page.getByTestId('offline-page')).toHaveCount(0);
  await context.setOffline(false);

  // Every chunk a page asked for belongs to the build that page came from, and loaded
  // (a lazy chunk still in flight when the page navigates away is aborted: no failure).
  const byBuild = (build: string) => chunks.loads.filter((load) => load.build === build);
  expect(byBuild(FIRST).length).toBeGreaterThan(0);
  expect(byBuild(REBUILT).length).toBeGreaterThan(0);
  const wrong = chunks.loads.filter(
    (load) =>
      !existsSync(path.join(ROOT, load.build, decodeURIComponent(new URL(load.url).pathname))) ||
      (load.status !== 200 && load.status !== 'net::ERR_ABORTED'),
  );
  expect(wrong).toEqual([]);
});

test('"later" hides the update prompt and keeps the page on its build; the prompt passes axe, light and dark, at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // The mock exam's start page: where a student is told the update can wait.
  await deployWhileOpen(page, '/exam/');
  const prompt = page.getByTestId('update-prompt');
  for (const theme of ['light', 'dark'] as const) {
    // The theme is set at first paint: reload in it (the first reload finds the new build,
    // the second is offered the build already waiting).
    await setTheme(page, theme);
    await page.reload();
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    // The whole prompt is on a 360 px screen, at its bottom, over the page.
    await expect(prompt).toBeInViewport({ ratio: 1 });
    const box = (await prompt.boundingBox())!;
    expect(box.y + box.height / 2).toBeGreaterThan(740 / 2);
    await saveScreenshot(page, `update-prompt-360-${theme}`, { fullPage: false });
    expect(await seriousViolations(page), theme).toEqual([]);
  }

  await prompt.getByTestId('update-later').click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByTestId('update-later')).toHaveCount(0);
  // Still on the first build: the new one keeps waiting, the old caches stay.
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
  expect(await pagesCaches(page)).toContain(pagesCacheOf(FIRST));
});
