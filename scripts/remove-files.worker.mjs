/*
 * A worker thread of prune-export.ts: removes the files it is given and answers with the
 * bytes they held. Plain JavaScript: a worker thread does not inherit the tsx loader.
 */
import { rmSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

let bytes = 0;
for (const file of workerData) {
  bytes += statSync(file).size;
  rmSync(file);
}
parentPort?.postMessage(bytes);
