/*
 * The stages after `next build` (`npm run build` runs them; `-- DIR` for another export
 * folder, with the CONTENT_DIR it was built from): prune what the site never fetches,
 * write the answer keys, then the service worker over the result.
 */
import path from 'node:path';
import { formatBytes } from '../lib/bytes';
import { buildServiceWorker } from './build-service-worker';
import { pruneExport } from './prune-export';
import { writeAnswerKeys } from './write-answer-keys';

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
  const pruned = pruneExport(outDir);
  console.log(`export: ${pruned.files} prefetch-only files removed (${formatBytes(pruned.bytes)})`);
  console.log(`export: ${writeAnswerKeys(outDir)} answer-key files written`);
  const worker = await buildServiceWorker(outDir);
  console.log(`service worker: ${worker.precached} files precached (${formatBytes(worker.bytes)}), ${worker.pages} pages to keep, build ${worker.build}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
