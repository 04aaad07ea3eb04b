/*
 * The stages after `next build` (`npm run build` runs them; `npm run build:finish -- DIR`
 * for another export folder, with the CONTENT_DIR it was built from): take out what the
 * site never fetches (set aside, and deleted in the background once the build is over),
 * put in the data files (answer keys, question bank, search), then the service worker
 * over the result.
 */
import { pathToFileURL } from 'node:url';
import { formatBytes } from '../lib/bytes';
import { buildServiceWorker } from './build-service-worker';
import { deleteSetAside, setAsideFolder } from './clear-last-build';
import { exportDir } from './export-dir';
import { pruneExport } from './prune-export';
import { moveStagedData, writeDataFiles, type StagedData } from './write-data-files';

/** `staged`: the data files `npm run build` wrote while Next ran; else they are written here. */
export async function finishExport(outDir: string, staged?: StagedData): Promise<void> {
  // First, since the service worker lists what the export holds; deleteSetAside removes them.
  const pruned = pruneExport(outDir, setAsideFolder(process.cwd(), new Date(), 'prefetch'));
  const data = staged ? moveStagedData(staged, outDir) : writeDataFiles(outDir);
  const worker = await buildServiceWorker(outDir);
  console.log(`export: ${pruned.files} prefetch-only files taken out (${formatBytes(pruned.bytes)})`);
  console.log(`export: ${data.answerKeys} answer-key files, the question bank, the note list in ${data.noteListParts} parts, the search index in ${data.searchParts} parts, ${data.snippetFiles} snippet files and ${data.assets} attachments written`);
  console.log(`service worker: ${worker.precached} files precached (${formatBytes(worker.bytes)}), ${worker.pages} pages to keep, build ${worker.build}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  finishExport(exportDir(process.argv[2])).then(
    () => deleteSetAside(process.cwd()),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
