import { mkdirSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { studyCount } from './study-db';

export const GLUE_NOTE = '/notes/etl-glue-minimal-operations/';
export const FIREHOSE_NOTE = '/notes/kinesis-firehose-destinations/';

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Saves a full-page screenshot (or only the viewport) as a CI artifact (artifacts/screenshots). */
export async function saveScreenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

/** Every axe-core violation on the page, whatever its impact, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** axe-core's serious and critical violations on the page, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Goes to a note and picks its options, ready to submit. */
export async function chooseOnNote(page: Page, path: string, letters: string[]): Promise<Locator> {
  await page.goto(path);
  const quiz = page.getByTestId('quiz');
  const role = letters.length > 1 ? 'checkbox' : 'radio';
  for (const letter of letters) await quiz.getByRole(role, { name: new RegExp(`^${letter}\\.`) }).check();
  return quiz;
}

/** Answers a note's question on its page and waits for the grade. */
export async function answerOnNote(page: Page, path: string, letters: string[]): Promise<void> {
  const quiz = await chooseOnNote(page, path, letters);
  // Progress seeded the first release's way moves into IndexedDB as the store opens: count once it has.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('aws-notes/progress/v1'))).toBeNull();
  const before = await studyCount(page, 'attempts');
  await quiz.getByTestId('quiz-submit').click();
  await expect(quiz).toHaveAttribute('data-phase', 'graded');
  // Grading shows before the write lands: a test that leaves the page at once must not beat it.
  await expect.poll(() => studyCount(page, 'attempts')).toBe(before + 1);
}

export type SiteNote = { slug: string; title: string; tags: string[] };
/** A question as the bank's index lists it, with its note. */
export type SiteEntry = SiteNote & { id: string; fingerprint: string; selectCount: number; position: number };
/** A question with what the quiz shows of it: its stem and options (never its answers). */
export type SiteQuestion = SiteEntry & { stemHtml: string; options: { letter: string; html: string }[] };

type BankIndex = { parts: number; notes: (SiteNote & { questions: Omit<SiteEntry, keyof SiteNote>[] })[] };

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  return response.json();
}

/** The question bank's index, with its further parts when a big vault has them. */
async function bankIndex(page: Page): Promise<BankIndex> {
  const index = await getJson<BankIndex>(page, '/questions.json');
  const parts = await Promise.all(Array.from({ length: index.parts - 1 }, (_, at) => getJson<Pick<BankIndex, 'notes'>>(page, `/question-bank/${at + 1}.json`)));
  return { parts: index.parts, notes: [...index.notes, ...parts.flatMap((part) => part.notes)] };
}

/**
 * Every note with questions the site was built from, as the site itself lists them (the
 * question bank's index, `/questions.json`), so tests follow the content instead of
 * hard-coding it.
 */
export async function siteNotes(page: Page): Promise<SiteNote[]> {
  return (await bankIndex(page)).notes.map(({ slug, title, tags }) => ({ slug, title, tags }));
}

/** Every question of the bank's index, in its order, with its note. */
export async function siteEntries(page: Page): Promise<SiteEntry[]> {
  return (await bankIndex(page)).notes.flatMap(({ slug, title, tags, questions }) => questions.map((question) => ({ ...question, slug, title, tags })));
}

/** Every question with its stem and options, from its note's `/questions/<slug>.json`, as a study page gets them. */
export async function siteQuestions(page: Page): Promise<SiteQuestion[]> {
  const entries = await siteEntries(page);
  const files = new Map<string, { questions: (Pick<SiteEntry, 'id'> & Pick<SiteQuestion, 'stemHtml' | 'options'>)[] }>();
  for (const slug of new Set(entries.map((entry) => entry.slug))) {
    const response = await page.request.get(`/questions/${encodeURIComponent(slug)}.json`);
    expect(response.ok(), slug).toBe(true);
    files.set(slug, await response.json());
  }
  return entries.map((entry) => {
    const body = files.get(entry.slug)?.questions.find((each) => each.id === entry.id);
    if (!body) throw new Error(`/questions/${entry.slug}.json has no ${entry.id}`);
    return { ...entry, stemHtml: body.stemHtml, options: body.options };
  });
}

export const tagged = (notes: SiteNote[], ...tags: string[]) => notes.filter((note) => tags.every((tag) => note.tags.includes(tag)));

/** What a graded quiz shows, to compare before and after a reload: each option's verdict and pick, the grade, every explanation. */
export async function gradedView(quiz: Locator): Promise<{ options: string[]; status: string; explanations: string[] }> {
  return quiz.evaluate((form) => ({
    options: [...form.querySelectorAll('.quiz-option')].map((option) => `${option.getAttribute('data-letter')} ${option.getAttribute('data-state')} ${option.querySelector('input')?.checked ? 'picked' : '-'}`),
    status: form.querySelector('[data-testid="quiz-status"]')?.textContent ?? '',
    explanations: [...form.querySelectorAll('.quiz-explanation, .quiz-why, .quiz-after')].map((part) => part.textContent ?? ''),
  }));
}

/** Scrolls the home page's list to its end, until no card is left to load. */
export async function showEveryCard(page: Page) {
  const more = page.getByTestId('more-notes');
  await expect(async () => {
    if ((await more.count()) > 0) await more.click({ timeout: 2_000 });
    await expect(more).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
