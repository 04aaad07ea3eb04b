/* A worker of parse-in-parallel.ts: parses its share of the vault into the disk cache. */
import { parseIntoCache } from '../lib/content/load';

export default function parseShare({ dir, files }: { dir: string; files: string[] }): number {
  return parseIntoCache(dir, files);
}
