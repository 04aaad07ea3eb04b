import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '@/lib/content/content-dir';
import { siteContent } from '@/lib/content/site';
import { assetHref } from '@/lib/links';

/*
 * `/assets/<name>.<hash>.<ext>` on the dev server only (`.dev.ts`): the pictures and
 * attachments notes use. A build copies them into the export (scripts/write-data-files.ts).
 */

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { file: string }[] {
  return siteContent().assets.map((asset) => ({ file: decodeURIComponent(asset.href.split('/').at(-1) ?? '') }));
}

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml', '.avif': 'image/avif', '.pdf': 'application/pdf' };

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const asset = siteContent().assets.find((each) => each.href === assetHref(decodeURIComponent(file)));
  if (!asset) return new Response('not found', { status: 404 });
  const bytes = await readFile(path.join(contentDir(), asset.file));
  // An SVG from a vault is untrusted: served as a download-like type it runs no script.
  const type = TYPES[path.extname(asset.file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(bytes, { headers: { 'content-type': type, 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" } });
}
