/*
 * Vault stage, slugs: each note's URL segment, from its path alone (so it is known before
 * any note is parsed, and a question's id `<slug>--q<n>` with it). A note whose file name
 * no other note shares keeps the slug of its name, as every note had before vaults with
 * folders were read: `etl-glue.md` anywhere is `etl-glue`. Notes that share a name (thirty
 * `README.md` in thirty folders) take as many of their folders as tell them apart,
 * joined by `~`: `ec2~readme`, `s3~readme`. What is left the same after that (two names
 * that differ only in characters a URL cannot hold) is numbered in path order.
 */

const JOIN = '~';

/** Characters a URL segment or an exported file name cannot hold as they are. */
const UNSAFE = /[#?%\\/"<>|*:~\u0000-\u001f\u007f]/g;
/** A dot reads as an extension to static servers (`serve` lists `1.-security/` as a folder): a space. */
const DOT = /\./g;

/** One path segment as a slug: NFC, lower case, spaces and dots as hyphens, unsafe characters out. */
export function slugSegment(segment: string): string {
  const slug = segment
    .normalize('NFC')
    .replace(/\.md$/i, '')
    .trim()
    .toLowerCase()
    .replace(UNSAFE, '')
    .replace(DOT, ' ')
    .trim()
    .replace(/\s+/g, '-');
  return slug || 'note';
}

function segmentsOf(file: string): string[] {
  return file.split('/').map(slugSegment);
}

/** The shortest tail of each path (name, then its folders) that no other path of the group ends with. */
function distinguish(group: readonly string[]): Map<string, string> {
  const segments = new Map(group.map((file) => [file, segmentsOf(file)]));
  const slugs = new Map<string, string>();
  for (const [file, own] of segments) {
    let depth = 1;
    const clash = (length: number) => [...segments].some(([other, theirs]) => other !== file && theirs.slice(-length).join(JOIN) === own.slice(-length).join(JOIN));
    while (depth < own.length && clash(depth)) depth += 1;
    slugs.set(file, own.slice(-depth).join(JOIN));
  }
  return slugs;
}

/** Every note's slug, by file (paths relative to the vault, `/`-separated); all distinct. */
export function noteSlugs(files: readonly string[]): Map<string, string> {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = slugSegment(file.split('/').at(-1) ?? file);
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  const chosen = new Map<string, string>();
  for (const [name, group] of byName) {
    if (group.length === 1 && group[0] !== undefined) chosen.set(group[0], name);
    else for (const [file, slug] of distinguish(group)) chosen.set(file, slug);
  }
  // A slug only one file wants is that file's; the others are numbered around all of them.
  const wanted = new Map<string, number>();
  for (const slug of chosen.values()) wanted.set(slug, (wanted.get(slug) ?? 0) + 1);
  const taken = new Set([...wanted].filter(([, count]) => count === 1).map(([slug]) => slug));
  const slugs = new Map<string, string>();
  for (const file of [...files].sort()) {
    const base = chosen.get(file) ?? slugSegment(file);
    if (wanted.get(base) === 1) {
      slugs.set(file, base);
      continue;
    }
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(file, slug);
  }
  return slugs;
}
