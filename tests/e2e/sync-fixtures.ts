import { randomUUID } from 'node:crypto';
import { test as base, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { startCouch, type TestCouch } from '../support/couch-server';

/*
 * Fixtures for the device-sync tests: a CouchDB per worker that the served site may call
 * with its session cookie, a fresh student per test (so tests share no data), and devices:
 * browser contexts with their own IndexedDB and cookies, as separate phones and laptops.
 */

/** The origin playwright.config.ts serves the site on. */
export const SITE_ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 4173}`;

export type Student = { name: string; password: string };

type SyncFixtures = {
  student: Student;
  /** `count` new devices, each its own browser context, closed after the test; `options` over the config's (a service worker, for offline). */
  devices: (count: number, options?: BrowserContextOptions) => Promise<BrowserContext[]>;
};

// Fixtures hand their value on through `provide` (Playwright's `use`): the React hooks lint reads `use(` as a hook.
export const test = base.extend<SyncFixtures, { couch: TestCouch }>({
  couch: [
    // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
    async ({}, provide) => {
      // localhost, as the site: a cross-site CouchDB's session cookie would not be sent.
      const couch = await startCouch({ corsOrigins: [SITE_ORIGIN], host: 'localhost' });
      await provide(couch);
      await couch.stop();
    },
    { scope: 'worker' },
  ],
  student: async ({ couch }, provide) => {
    const student = { name: `student-${randomUUID()}`, password: randomUUID() };
    await couch.addStudent(student.name, student.password);
    await provide(student);
  },
  // browser.newContext() takes none of the config's `use` options: these are the ones it sets.
  devices: async ({ browser, baseURL, viewport, serviceWorkers }, provide) => {
    const opened: BrowserContext[] = [];
    await provide(async (count, options) => {
      const made = await Promise.all(Array.from({ length: count }, () => browser.newContext({ baseURL, viewport, serviceWorkers, ...options })));
      opened.push(...made);
      return made;
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});

export { expect } from '@playwright/test';
