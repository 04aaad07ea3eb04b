import path from 'node:path';

/** The export folder Next writes: `distDir` is NEXT_DIST_DIR when set (next.config.mjs). */
export function exportDir(argument?: string): string {
  return path.resolve(argument ?? process.env.NEXT_DIST_DIR ?? 'out');
}
