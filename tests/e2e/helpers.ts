import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const GLUE_NOTE = '/notes/etl-glue-minimal-operations/';
export const FIREHOSE_NOTE = '/notes/kinesis-firehose-destinations/';

const SHOTS = path.resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Saves a full-page screenshot as a CI artifact (artifacts/screenshots). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}
