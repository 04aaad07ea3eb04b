import path from 'node:path';

/**
 * `$CONTENT_DIR` when set (a student's vault), else the bundled `content/`. On its own so
 * that `npm run build` learns it without loading the parser, before it starts Next.
 */
export function contentDir(): string {
  const configured = process.env.CONTENT_DIR?.trim();
  return path.resolve(configured ? configured : path.join(process.cwd(), 'content'));
}
