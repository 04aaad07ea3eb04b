import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { assetHref } from '../../links';
import { formatBytes } from '../../bytes';
import type { AssetRead } from '../vault/link-vault';
import { slugSegment } from '../vault/slugs';

/*
 * Read stage, a file a note embeds or links: its size, its picture's size, and the name
 * the site serves it under, `name.<hash>.ext` (content-hashed: an edited picture gets a
 * new URL, so no browser or service worker keeps the old one). Only files some note
 * uses are read, once each.
 */

/** Larger files are not copied: a vault's screenshots are well under it, and a site must stay small. */
export const MAX_ASSET_BYTES = 10 * 1024 * 1024;

export function servedName(file: string, bytes: Uint8Array): string {
  const extension = path.extname(file).toLowerCase().replace(/[^.a-z0-9]/g, '');
  const stem = slugSegment(path.basename(file, path.extname(file)));
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  return `${stem}.${hash}${extension}`;
}

function pictureSize(bytes: Uint8Array): { width: number | null; height: number | null } {
  try {
    const { width, height } = imageSize(bytes);
    return { width: width ?? null, height: height ?? null };
  } catch {
    return { width: null, height: null };
  }
}

/**
 * Files a browser runs script in when opened from the site's own origin (a static export
 * cannot send headers that would stop it): a vault is untrusted, so they are never copied.
 */
const SCRIPTABLE = /\.(?:svgz?|html?|xhtml|xht|xml|xsl|js|mjs|cjs)$/i;

export function readAsset(dir: string, file: string): AssetRead {
  const absolute = path.join(dir, file);
  if (SCRIPTABLE.test(file)) return { ok: false, problem: `is a ${path.extname(file)} file, which can run script in a browser; not copied into the site` };
  try {
    const { size } = statSync(absolute);
    if (size > MAX_ASSET_BYTES) return { ok: false, problem: `is ${formatBytes(size)}, larger than the ${formatBytes(MAX_ASSET_BYTES)} a file may be to be copied into the site; not copied` };
    const bytes = readFileSync(absolute);
    return { ok: true, bytes: size, info: { href: assetHref(servedName(file, bytes)), ...pictureSize(bytes) } };
  } catch (error) {
    return { ok: false, problem: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
