import { chromium, type Page } from '@playwright/test';
import { median } from '../bench-build/budget';

/*
 * bench:web's figure for browsing a big vault's home page: each filter and sort choice,
 * from the click to the frame that shows its result, in a real Chromium, unthrottled.
 */

export type Check = { name: string; value: string; ok: boolean };

/** From a filter or sort choice to the next frame showing its result, over the big vault's whole list, on this machine. */
const BROWSE_BUDGET_MS = 100;
/** Facets chosen (each on, then off) for the figure. */
const BROWSE_FACETS = 5;

/**
 * One choice on the home page, timed in the page: from the click (or the sort's change) to
 * the next frame after the page has changed. Each waits for a change to the result region,
 * so a choice answered late is timed to its answer, not to an early frame.
 */
function respond(page: Page, choice: { tag: string } | { sort: string }): Promise<number> {
  return page.evaluate(
    (choice) =>
      new Promise<number>((resolve, reject) => {
        const region = document.querySelector('main');
        if (!region) return reject(new Error('no <main> on the home page'));
        const start = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          clearTimeout(stuck);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
        });
        const stuck = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`nothing changed within 5 s of choosing ${JSON.stringify(choice)}`));
        }, 5_000);
        observer.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
        if ('tag' in choice) {
          const button = document.querySelector<HTMLButtonElement>(`button[aria-pressed][data-tag="${CSS.escape(choice.tag)}"]`);
          if (!button) return reject(new Error(`no facet button for ${choice.tag}`));
          button.click();
        } else {
          const select = document.querySelector<HTMLSelectElement>('select');
          if (!select) return reject(new Error('no sort select on the home page'));
          select.value = choice.sort;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }),
    choice,
  );
}

/** The home page of the big vault: its list loaded once (the first sort), then facets on and off, and the sort both ways. */
export async function browseResponses(url: string, notes: number, chromiumPath: string): Promise<Check> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    // Without the service worker: on a first visit its precache (at 10,000 notes, tens of
    // megabytes) runs on the same two cores for minutes, which is a cost of its own, not of a
    // filter. The figure is taken once the whole list has loaded.
    const page = await browser.newPage({ serviceWorkers: 'block' });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.getByRole('combobox', { name: '정렬' }).selectOption('title');
    await page.locator('section.results[aria-busy="false"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('result-count').waitFor({ timeout: 60_000 });
    await page.getByRole('combobox', { name: '정렬' }).selectOption('newest');
    const tags = (await page.locator('button[aria-pressed][data-tag]').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-tag') ?? ''))).slice(0, BROWSE_FACETS);
    const timed: Array<{ choice: string; ms: number }> = [];
    for (const tag of tags) {
      timed.push({ choice: `${tag} on`, ms: await respond(page, { tag }) });
      timed.push({ choice: `${tag} off`, ms: await respond(page, { tag }) });
    }
    timed.push({ choice: 'sort by title', ms: await respond(page, { sort: 'title' }) }, { choice: 'sort by newest', ms: await respond(page, { sort: 'newest' }) });
    const times = timed.map((each) => each.ms);
    const worst = Math.max(...times);
    const slowest = timed.find((each) => each.ms === worst)?.choice ?? '';
    return {
      name: `filter and sort at ${notes.toLocaleString('en-US')} notes, each`,
      value: `slowest ${worst.toFixed(0)} ms (${slowest}), median ${median(times).toFixed(0)} ms of ${times.length} choices (${tags.length} facets on and off, sort both ways), budget ${BROWSE_BUDGET_MS} ms`,
      ok: times.length === tags.length * 2 + 2 && tags.length === BROWSE_FACETS && worst <= BROWSE_BUDGET_MS,
    };
  } finally {
    await browser.close();
  }
}

