/*
 * The stages after `next build` (`npm run build` runs them; `npm run build:finish -- DIR`
 * for another export folder, with the CONTENT_DIR it was built from): prune what the site
 * never fetches, and meanwhile write the data files (answer keys, question bank, search),
 * then the service worker over the result.
 */
import { pathToFileURL } from 'node:url';
import { formatBytes } from '../lib/bytes';
import { buildServiceWorker } from './build-service-worker';
import { exportDir } from './export-dir';
import { pruneExport } from './prune-export';
import { moveStagedData, writeDataFiles, type StagedData } from './write-data-files';

/** `staged`: the data files `npm run build` wrote while Next ran; else they are written here. */
export async function finishExport(outDir: string, staged?: StagedData): Promise<void> {
  // The prune touches only the prefetch files, which the later stages neither read nor list.
  const pruning = pruneExport(outDir);
  const rest = (async () => {
    const data = staged ? moveStagedData(staged, outDir) : writeDataFiles(outDir);
    return { data, worker: await buildServiceWorker(outDir) };
  })();
  const [pruned, { data, worker }] = await Promise.all([pruning, rest]);
  console.log(`export: ${pruned.files} prefetch-only files removed (${formatBytes(pruned.bytes)})`);
  console.log(`export: ${data.answerKeys} answer-key files, the question bank, the search index and ${data.snippetFiles} snippet files written`);
  console.log(`service worker: ${worker.precached} files precached (${formatBytes(worker.bytes)}), ${worker.pages} pages to keep, build ${worker.build}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  finishExport(exportDir(process.argv[2])).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
