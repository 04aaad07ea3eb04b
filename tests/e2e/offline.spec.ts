import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { answerOnNote, GLUE_NOTE, saveScreenshot, seriousViolations, setTheme } from './helpers';
import { studyDump } from './study-db';

/*
 * Studying offline (issue 12), as a student would: a first visit online lets the service
 * worker install; then, with the network gone, the opened note, its quiz, practice, a mock
 * exam, review and search still work, a page never opened gets the offline page, and
 * "save all" keeps every note. The expected titles, answers and sizes are read from the
 * built site on disk, never from the app's code.
 */

test.use({ serviceWorkers: 'allow' });
// Each test installs the service worker (precaching the whole shell), then walks through many
// pages, on a shared and busy machine.
test.describe.configure({ timeout: 150_000 });

const OUT = path.resolve(import.meta.dirname, '../..', process.env.E2E_OUT ?? 'out');
const fromOut = <T,>(file: string): T => {
  const json: T = JSON.parse(readFileSync(path.join(OUT, file), 'utf8'));
  return json;
};

type BankQuestion = { id: string; slug: string; title: string; tags: string[]; selectCount: number; options: { letter: string }[] };
type SavedPage = { url: string; title: string; kind: 'note' | 'tag'; bytes: number };

/** Every question as built: the bank's index joined with each note's questions file. */
const bank = (): BankQuestion[] =>
  fromOut<{ notes: { slug: string; title: string; tags: string[]; questions: { id: string }[] }[] }>('questions.json').notes.flatMap(({ slug, title, tags, questions }) => {
    const bodies = fromOut<{ questions: { id: string; selectCount: number; options: { letter: string }[] }[] }>(`questions/${slug}.json`).questions;
    return questions.map(({ id }) => {
      const body = bodies.find((each) => each.id === id);
      if (!body) throw new Error(`questions/${slug}.json has no ${id}`);
      return { id, slug, title, tags, selectCount: body.selectCount, options: body.options };
    });
  });
const offlinePages = () => fromOut<{ pages: SavedPage[] }>('offline-pages.json').pages;
/** A note page's title as the question bank has it (not the offline list the page reads), when the note has questions. */
const bankTitle = (url: string): string | undefined => bank().find((each) => `/notes/${each.slug}/` === url)?.title;
/** The offline page's words for a note it does not keep, by its title. */
const missingNote = (title: string, language: 'ko' | 'en' = 'ko') =>
  language === 'ko' ? `‘${title}’ 노트는 아직 이 기기에 저장되지 않았습니다` : `The note ‘${title}’ is not saved on this device yet`;
const question = (id: string | null): BankQuestion => {
  const found = bank().find((each) => each.id === id);
  if (!found) throw new Error(`question ${id} is not in the bank`);
  return found;
};
type AnswerKey = { id: string; answers: string[]; explanations: Record<string, string>; keyPointHtml: string };
/** The question's answer key, from the note's answer-key file as built. */
const answerKey = (q: BankQuestion): AnswerKey => {
  const key = fromOut<{ questions: AnswerKey[] }>(`quiz/${q.slug}.json`).questions.find((each) => each.id === q.id);
  if (!key?.answers.length) throw new Error(`no answer key for ${q.id}`);
  return key;
};
const rightLetters = (q: BankQuestion): string[] => answerKey(q).answers;
/** Right, or as many wrong letters as the question asks for. */
const picks = (q: BankQuestion, right: boolean): string[] => {
  const answers = rightLetters(q);
  return right ? answers : q.options.map((option) => option.letter).filter((letter) => !answers.includes(letter)).slice(0, q.selectCount);
};

const GLUE_SLUG = 'etl-glue-minimal-operations';
const inner = { useInnerText: true };

/** What the test answered, to compare with /stats/ and the store afterwards. */
type Answered = { questionId: string; correct: boolean; mode: string };

/** Opens a page online and waits until the service worker (installed, every shell file precached) controls it. */
async function firstVisit(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

/** Opens a page while online, and waits until the service worker has kept it. */
async function openAndKeep(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.evaluate(async (href) => (await caches.match(href)) !== undefined, url), { timeout: 15_000 }).toBe(true);
}

/**
 * Offline as a browser without a network is: every page, the ones opened later included,
 * reads `navigator.onLine` as false. With Playwright's emulation in Chromium 150, a page
 * loaded after `setOffline(true)` has no network but still reads `onLine` as true (a probe:
 * `fetch` fails, `onLine` is true, until the emulation is sent again), so each page loaded
 * while offline gets the emulation again, which also fires its `offline` event.
 */
const stopReoffline = new WeakMap<Page, () => void>();

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  const reoffline = () => void cdp.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }).catch(() => {});
  page.on('domcontentloaded', reoffline);
  stopReoffline.set(page, () => page.off('domcontentloaded', reoffline));
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-online', 'false');
}

async function goOnline(context: BrowserContext, page: Page): Promise<void> {
  stopReoffline.get(page)?.();
  await context.setOffline(false);
}

/** Picks the letters in a quiz (note, practice or review) and submits; waits for the grade. */
async function answerQuiz(scope: Locator, q: BankQuestion, right: boolean): Promise<void> {
  const quiz = scope.getByTestId('quiz');
  await expect(quiz).toHaveAttribute('data-phase', 'answering');
  for (const letter of picks(q, right)) await quiz.getByRole(q.selectCount > 1 ? 'checkbox' : 'radio', { name: new RegExp(`^${letter}\\.`) }).check();
  await quiz.getByTestId('quiz-submit').click();
  await expect(quiz).toHaveAttribute('data-phase', 'graded');
  await expect(quiz.getByTestId('quiz-status')).toContainText(right ? /^정답입니다/ : /^오답입니다/);
}

/** An explanation's words, without its markup, as the page shows them. */
const plain = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** The graded quiz explains every option the answer key explains, and says why the right one is right. */
async function expectExplained(quiz: Locator, q: BankQuestion): Promise<void> {
  const key = answerKey(q);
  await expect(quiz.locator('[data-letter]')).toHaveCount(q.options.length);
  for (const { letter } of q.options) {
    const explanation = quiz.locator(`[data-letter="${letter}"] .quiz-explanation`);
    const html = key.explanations[letter];
    if (html) await expect(explanation).toContainText(plain(html).slice(0, 20));
    else await expect(explanation).toHaveCount(0);
  }
  expect(Object.keys(key.explanations).length).toBeGreaterThan(0);
  if (plain(key.keyPointHtml)) await expect(quiz.getByTestId('quiz-why')).toContainText(plain(key.keyPointHtml).slice(0, 20));
}

test.describe('studying offline', () => {
  test('the opened note, its quiz, practice, a mock exam, review and search work offline; a page never opened gets the offline page; back online, /stats/ counts every answer', async ({ context, page }) => {
    const glue = bank().find((each) => each.slug === GLUE_SLUG);
    if (!glue) throw new Error('the Glue note has no question');
    const notes = offlinePages().filter((each) => each.kind === 'note');
    const neverOpened = notes.find((each) => each.url !== GLUE_NOTE && bankTitle(each.url));
    if (!neverOpened) throw new Error('the site has only one note with questions');
    const answered: Answered[] = [];

    // Online: the home page, then one note. (The page's clock, to pass a learning step below.)
    await page.clock.install();
    await firstVisit(page);
    await openAndKeep(page, GLUE_NOTE);
    await expect(page.getByTestId('offline-badge')).toHaveCount(0);

    await goOffline(context, page);
    const badge = page.getByTestId('offline-badge');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('href', '/offline/');

    // The note again, by its address: it shows, and its quiz grades and explains.
    await answerOnNote(page, GLUE_NOTE, picks(glue, false));
    answered.push({ questionId: glue.id, correct: false, mode: 'note' });
    await expect(page.locator('h1')).toContainText(glue.title);
    await expect(page.getByTestId('offline-badge')).toBeVisible();
    const quiz = page.getByTestId('quiz');
    await expect(quiz.getByTestId('quiz-status')).toContainText('오답입니다');
    for (const letter of rightLetters(glue)) await expect(quiz.locator(`[data-letter="${letter}"]`)).toHaveAttribute('data-state', /^correct/);
    await expectExplained(quiz, glue);

    // Practice: a tag's questions, one of them, answered right and rated.
    const tag = 'service/athena';
    const withTag = bank().filter((each) => each.tags.includes(tag));
    await page.goto(`/practice/?tag=${encodeURIComponent(tag)}`);
    await expect(page.getByTestId('practice-match-count')).toHaveAttribute('data-count', String(withTag.length));
    await page.getByTestId('practice-count').fill('1');
    await page.getByTestId('practice-start').click();
    const practice = page.getByTestId('practice-run');
    const practised = question(await practice.getAttribute('data-question'));
    expect(practised.tags).toContain(tag);
    await answerQuiz(practice, practised, true);
    answered.push({ questionId: practised.id, correct: true, mode: 'practice' });
    await expectExplained(practice.getByTestId('quiz'), practised);
    await practice.getByTestId('rate-easy').click();
    await expect(practice.getByTestId('rating-bar')).toHaveAttribute('data-rated', 'easy');
    await page.getByTestId('practice-next').click();
    await expect(page.getByTestId('practice-score')).toContainText('1 / 1');

    // A two-question mock exam: the first right, the second wrong, submitted by hand.
    await page.goto('/exam/');
    await page.getByRole('spinbutton', { name: '문제 수', exact: true }).fill('2');
    await page.getByRole('spinbutton', { name: '문제당 시간(분)', exact: true }).fill('2');
    await page.getByTestId('exam-start').click();
    const examQuestion = page.getByTestId('exam-question');
    for (const right of [true, false]) {
      const q = question(await examQuestion.getAttribute('data-question-id'));
      for (const letter of picks(q, right)) await page.keyboard.press(letter.toLowerCase());
      for (const letter of picks(q, right)) await expect(examQuestion.locator(`[data-letter="${letter}"]`)).toHaveAttribute('data-state', 'chosen');
      answered.push({ questionId: q.id, correct: right, mode: 'exam' });
      if (right) {
        await page.getByTestId('exam-next').click();
        await expect(page.getByTestId('exam-position')).toHaveText('문제 2 / 2', inner);
      }
    }
    await page.getByTestId('exam-open-review').click();
    await page.getByTestId('exam-submit').click();
    await page.getByTestId('exam-confirm-submit').click();
    const results = page.getByTestId('exam-results');
    // The scaled score: 100 to 1000, by the share of right answers.
    await expect(results.getByTestId('exam-score')).toHaveText(String(Math.round(100 + 900 / 2)));
    await expect(results.getByTestId('exam-correct')).toHaveText('1 / 2');
    await expect(results.getByTestId('exam-reviewed-question')).toHaveCount(2);

    // Review: past its 10-minute learning step, the question answered wrong on the note is due; every due one is answered right.
    await page.clock.fastForward('11:00');
    await page.goto('/review/');
    await expect(page.getByTestId('review-due-count')).toHaveAttribute('data-now', /^[1-9]/);
    await page.getByTestId('review-start').click();
    const review = page.getByTestId('review-run');
    let queue: string[] = [];
    await expect
      .poll(async () => {
        const open = (await studyDump(page)).open.find((session) => session.mode === 'review');
        queue = Array.isArray(open?.questionIds) ? open.questionIds.map(String) : [];
        return queue.length;
      })
      .toBeGreaterThan(0);
    expect(queue).toContain(glue.id);
    for (const [at, id] of queue.entries()) {
      await expect(review.getByTestId('review-position')).toContainText(`${at + 1} / ${queue.length}`);
      const q = question(id);
      await answerQuiz(review, q, true);
      answered.push({ questionId: q.id, correct: true, mode: 'review' });
      await expect(review.getByTestId('review-note-link')).toHaveText(q.title);
      await review.getByTestId('review-next').click();
    }
    await expect(page.getByTestId('review-done-score')).toHaveAttribute('data-correct', String(queue.length));

    // Search in Korean, then open the kept note from the results.
    const glueNotes = new Set(bank().filter((each) => each.tags.includes('service/glue')).map((each) => each.title));
    await page.goto(`/search/?q=${encodeURIComponent('글루')}`);
    const hits = page.getByTestId('search-results').locator('li');
    await expect(hits.first()).toBeVisible();
    const titles = await hits.locator('.search-hit-title').allTextContents();
    for (const title of glueNotes) expect(titles).toContain(title);
    await hits.filter({ has: page.locator('.search-hit-title', { hasText: glue.title }) }).getByRole('link').click();
    // Offline, the client navigation fails and falls back to loading the page in full: slower.
    await expect(page).toHaveURL(GLUE_NOTE, { timeout: 15_000 });
    await expect(page.locator('h1')).toContainText(glue.title);
    await expect(page.getByTestId('offline-page')).toHaveCount(0);

    // A note never opened: the offline page names it by its title, not its address, and links to the note that is kept.
    await page.goto(neverOpened.url);
    await expect(page.getByTestId('offline-page')).toBeVisible();
    await expect(page).toHaveURL(neverOpened.url);
    await expect(page.getByTestId('offline-missing')).toContainText(missingNote(bankTitle(neverOpened.url) ?? ''), inner);
    await expect(page.getByTestId('offline-missing')).not.toContainText(neverOpened.url);
    const saved = page.getByTestId('offline-saved');
    await expect(saved).toHaveAttribute('data-count', '1');
    const savedLink = saved.getByRole('link', { name: glue.title });
    await expect(savedLink).toHaveAttribute('href', GLUE_NOTE);
    await savedLink.click();
    await expect(page).toHaveURL(GLUE_NOTE, { timeout: 15_000 });
    await expect(page.locator('h1')).toContainText(glue.title);

    // Back online: every answer given offline is in the stats.
    await goOnline(context, page);
    await page.goto('/stats/');
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-online', 'true');
    await expect(page.getByTestId('offline-badge')).toHaveCount(0);
    await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
    const right = answered.filter((each) => each.correct).length;
    await expect(page.getByTestId('stats-storage-figures')).toHaveAttribute('data-answers', String(answered.length));
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-attempts', String(answered.length));
    await expect(page.getByTestId('stats-accuracy')).toHaveAttribute('data-correct', String(right));
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-answered', String(new Set(answered.map((each) => each.questionId)).size));
    await expect(page.getByTestId('stats-answered')).toHaveAttribute('data-total', String(bank().length));

    const byAnswer = (a: Answered, b: Answered) => `${a.mode}${a.questionId}${a.correct}`.localeCompare(`${b.mode}${b.questionId}${b.correct}`);
    const stored = (await studyDump(page)).attempts;
    expect(stored.every((attempt) => !attempt.revealed)).toBe(true);
    expect(stored.map(({ questionId, correct, mode }) => ({ questionId, correct, mode })).sort(byAnswer)).toEqual([...answered].sort(byAnswer));
  });

  test('"save all" keeps every note: then each opens offline with its own title', async ({ context, page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const pages = offlinePages();
    // Every note the export holds is in the list to save.
    const exported = readdirSync(path.join(OUT, 'notes')).filter((slug) => existsSync(path.join(OUT, 'notes', slug, 'index.html')));
    const notes = pages.filter((each) => each.kind === 'note');
    expect(notes.map((each) => each.url).sort()).toEqual(exported.map((slug) => `/notes/${slug}/`).sort());
    expect(notes.length).toBeGreaterThan(20);
    const titles = new Map(bank().map((each) => [`/notes/${each.slug}/`, each.title]));

    await firstVisit(page, '/stats/');
    const card = page.getByTestId('offline-save');
    // Nothing but the shell is kept yet: every note and tag page is still to save.
    await expect(card).toHaveAttribute('data-total', String(pages.length));
    await expect(card).toHaveAttribute('data-saved', '0');
    await expect(card.getByTestId('offline-save-status')).toHaveText(`페이지 ${pages.length}개 중 0개 저장됨`, inner);
    const button = card.getByTestId('offline-save-all');
    await expect(button).toBeEnabled();
    // The size it will store, as the files on disk add up (to the unit's rounding).
    const mb = pages.reduce((sum, each) => sum + each.bytes, 0) / 1024 / 1024;
    const label = (await button.innerText()).trim();
    expect(label).toMatch(/^모든 노트 오프라인 저장 \(\d+(\.\d)? MB\)$/);
    expect(Math.abs(Number(/([\d.]+) MB/.exec(label)?.[1]) - mb)).toBeLessThanOrEqual(0.5);

    // The progress bar as it moves, recorded in the page: it passes too quickly to poll.
    await page.evaluate(() => {
      const progress = document.querySelector('[data-testid="offline-save-progress"]');
      const seen: string[] = [];
      Object.assign(window, { offlineSaveSeen: seen });
      if (!progress) return;
      new MutationObserver(() => {
        const bar = progress.querySelector('progress');
        seen.push(`${progress.getAttribute('data-state')} ${bar ? `${bar.value}/${bar.max}` : ''}`.trim());
      }).observe(progress, { attributes: true, childList: true, subtree: true, characterData: true });
    });
    await button.click();
    const progress = card.getByTestId('offline-save-progress');
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    const seen: unknown = await page.evaluate(() => Reflect.get(window, 'offlineSaveSeen'));
    const steps = (Array.isArray(seen) ? seen.map(String) : []).filter((step) => step.startsWith('saving '));
    expect(steps.length, String(seen)).toBeGreaterThan(0);
    for (const step of steps) expect(step).toMatch(new RegExp(`^saving \\d+/${pages.length}$`));
    const values = steps.map((step) => Number(/(\d+)\//.exec(step)?.[1]));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await expect(progress).toHaveText('모든 노트와 태그 페이지가 이 기기에 저장되었습니다.', inner);
    await expect(card).toHaveAttribute('data-saved', String(pages.length));
    await expect(card.getByTestId('offline-save-status')).toHaveText(`페이지 ${pages.length}개 중 ${pages.length}개 저장됨`, inner);
    await expect(button).toHaveCount(0);
    await card.screenshot({ path: path.resolve(import.meta.dirname, '../../artifacts/screenshots/offline-save-all-done-phone-light.png') });

    // Every tag page is kept too.
    const missing = await page.evaluate(
      async (urls) => (await Promise.all(urls.map(async (url) => ((await caches.match(url)) ? null : url)))).filter((url) => url !== null),
      pages.map((each) => each.url),
    );
    expect(missing).toEqual([]);

    await goOffline(context, page);
    for (const note of notes) {
      // The page's own markup is enough to tell it from the offline page: no need to wait for scripts.
      await page.goto(note.url, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('h1'), note.url).toContainText(titles.get(note.url) ?? note.title);
      await expect(page.getByTestId('offline-page')).toHaveCount(0);
    }
    await expect(page.getByTestId('offline-badge')).toBeVisible();
  });

  test.describe('at 360 px', () => {
    test.use({ viewport: { width: 360, height: 800 } });

    test('the offline page for a page never opened: axe clean in light and dark; a kept note shows the header badge', async ({ context, page }) => {
      const never = offlinePages().find((each) => each.kind === 'note' && each.url !== GLUE_NOTE && bankTitle(each.url));
      if (!never) throw new Error('the site has only one note with questions');
      await firstVisit(page);
      await openAndKeep(page, GLUE_NOTE);
      await goOffline(context, page);

      for (const theme of ['light', 'dark'] as const) {
        await setTheme(page, theme);
        await page.goto(never.url);
        await expect(page.getByTestId('offline-page')).toBeVisible();
        await expect(page.getByTestId('offline-missing')).toContainText(missingNote(bankTitle(never.url) ?? ''), inner);
        await expect(page.getByTestId('offline-saved')).toHaveAttribute('data-count', '1');
        await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(page, `offline-page-phone-${theme}`);
      }
      await page.getByTestId('language-toggle').click();
      await expect(page.getByTestId('offline-missing')).toContainText(missingNote(bankTitle(never.url) ?? '', 'en'), inner);
      await page.getByTestId('language-toggle').click();

      for (const theme of ['dark', 'light'] as const) {
        await setTheme(page, theme);
        await page.goto(GLUE_NOTE);
        await expect(page.getByTestId('offline-badge')).toBeInViewport();
        await saveScreenshot(page, `offline-note-badge-phone-${theme}`, { fullPage: false });
      }
      // The badge leads to what works offline, not to a page that failed.
      await page.getByTestId('offline-badge').click();
      await expect(page).toHaveURL('/offline/', { timeout: 15_000 });
      await expect(page.getByTestId('offline-page')).toBeVisible();
      await expect(page.getByTestId('offline-missing')).toHaveCount(0);
    });
  });
});
