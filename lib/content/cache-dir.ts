import path from 'node:path';

/** The app's folder under node_modules/.cache, where build tools keep theirs (a fresh clone has none). */
export function appCacheDir(root: string): string {
  return path.join(root, 'node_modules', '.cache', 'aws-notes');
}
