import { defineConfig } from '@playwright/test';

/*
 * End-to-end tests: Debian's Chromium (never a downloaded browser) against the static
 * production build in out/, served as the README's start command serves it.
 */

/** E2E_OUT and E2E_PORT test a build in another dist folder (NEXT_DIST_DIR) beside the main one. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? 'out';
/** The 46 real notes in ../shared/corpus, built into out-corpus/ by `npm run build:corpus`. */
const CORPUS_PORT = 4175;
/** The Obsidian fixture vault (tests/fixtures/obsidian-vault), built into out-vault/ by `npm run build:vault`. */
const VAULT_PORT = 4176;
/** 10,000 recombined notes (.e2e/big-vault), built into out-big/ by `npm run build:big`. */
const BIG_PORT = 4178;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // The study flows (a whole mock exam, a review round) are long, and CI has two cores.
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    trace: 'retain-on-failure',
    // The service worker serves from its caches, out of reach of page.route(); the offline
    // tests (offline.spec.ts, update.spec.ts) allow it.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testIgnore: /(corpus|vault|big-home)\.spec\.ts/, grepInvert: /@scale/ },
    { name: 'corpus', testMatch: /corpus\.spec\.ts/, use: { baseURL: `http://localhost:${CORPUS_PORT}` } },
    { name: 'vault', testMatch: /vault\.spec\.ts/, use: { baseURL: `http://localhost:${VAULT_PORT}` } },
    { name: 'big', testMatch: /big-home\.spec\.ts/, use: { baseURL: `http://localhost:${BIG_PORT}` } },
    // Tens of thousands of answers pushed and pulled by three browsers: alone at the end, so
    // neither they nor the other tests are slowed past their time by sharing two cores.
    { name: 'scale', testMatch: /sync\.spec\.ts/, grep: /@scale/, dependencies: ['site', 'corpus', 'vault', 'big'] },
  ],
  webServer: [
    { command: `npx serve ${OUT} --listen ${PORT} --no-clipboard`, port: PORT, reuseExistingServer: !process.env.CI },
    { command: `npx serve out-corpus --listen ${CORPUS_PORT} --no-clipboard`, port: CORPUS_PORT, reuseExistingServer: !process.env.CI },
    { command: `npx serve out-vault --listen ${VAULT_PORT} --no-clipboard`, port: VAULT_PORT, reuseExistingServer: !process.env.CI },
    { command: `npx serve out-big --listen ${BIG_PORT} --no-clipboard`, port: BIG_PORT, reuseExistingServer: !process.env.CI },
  ],
});
