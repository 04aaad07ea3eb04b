import { describe, expect, it } from 'vitest';
import { indexFiles, leavesVault, normalisePath, resolveTarget } from '@/lib/content/vault/resolve';

/*
 * vault/resolve.ts: a link's target to a file of the vault, the way Obsidian resolves it.
 * Every expected file and candidate list below is written out by hand.
 */

const NOTE = /\.md$/i;

/** NFD and NFC spellings of the same Korean words, written as code points so the source cannot silently normalise them. */
const NFC_HANGUL = '\uD55C\uAE00'; // 한글
const NFD_HANGUL = '\u1112\u1161\u11AB\u1100\u1173\u11AF';
const NFC_SECURITY = '\uBCF4\uC548'; // 보안
const NFD_SECURITY = '\u1107\u1169\u110B\u1161\u11AB';

const FILES = [
  'Inbox.md',
  'AWS/Amazon S3.md',
  'AWS/Networking/Route 53/Route 53.md',
  'X/Folder/Deep Note.md',
  `Korean/${NFD_HANGUL}.md`,
  `${NFC_SECURITY}.md`,
  'a/x.md',
  'b/c.md',
  'a/b/c.md',
  'S3/12-s3-security.md',
  'Alias Owner.md',
];
const ALIASES = new Map<string, string[]>([
  ['AWS/Amazon S3.md', ['S3', 'Simple Storage Service']],
  ['Alias Owner.md', ['Inbox', 'Shared Alias']],
]);
const INDEX = indexFiles(FILES, NOTE, ALIASES);

type Case = [string, string, string, boolean, string | null, string[] | null];

describe('resolveTarget: a note by path, name or alias', () => {
  it.each<Case>([
    // [case, target, from, relative, file, candidates]
    ['a path with .md', 'AWS/Amazon S3.md', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a path without .md', 'AWS/Amazon S3', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a path from the root with a leading /', '/AWS/Amazon S3', 'a/x.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a partial path: the end of a path', 'Folder/Deep Note', 'Inbox.md', false, 'X/Folder/Deep Note.md', ['X/Folder/Deep Note.md']],
    ['a longer partial path', 'Networking/Route 53/Route 53', 'Inbox.md', false, 'AWS/Networking/Route 53/Route 53.md', ['AWS/Networking/Route 53/Route 53.md']],
    ['a unique name', 'Route 53', 'Inbox.md', false, 'AWS/Networking/Route 53/Route 53.md', ['AWS/Networking/Route 53/Route 53.md']],
    ['a unique name with .md', 'Deep Note.md', 'Inbox.md', false, 'X/Folder/Deep Note.md', ['X/Folder/Deep Note.md']],
    ['a name in lower case', 'amazon s3', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a name in upper case', 'ROUTE 53', 'Inbox.md', false, 'AWS/Networking/Route 53/Route 53.md', ['AWS/Networking/Route 53/Route 53.md']],
    ['a path in another case', 'aws/AMAZON s3', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a name with spaces around it', '  Route 53 ', 'Inbox.md', false, 'AWS/Networking/Route 53/Route 53.md', ['AWS/Networking/Route 53/Route 53.md']],
    ['an NFD file name by an NFC link', NFC_HANGUL, 'Inbox.md', false, `Korean/${NFD_HANGUL}.md`, [`Korean/${NFD_HANGUL}.md`]],
    ['an NFD file name by an NFC path', `Korean/${NFC_HANGUL}`, 'Inbox.md', false, `Korean/${NFD_HANGUL}.md`, [`Korean/${NFD_HANGUL}.md`]],
    ['an NFC file name by an NFD link', NFD_SECURITY, 'Inbox.md', false, `${NFC_SECURITY}.md`, [`${NFC_SECURITY}.md`]],
    ['an alias', 'S3', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['an alias in another case', 's3', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['an alias of several words, upper case', 'SIMPLE STORAGE SERVICE', 'Inbox.md', false, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a name beats an alias (Inbox.md over the alias "Inbox")', 'Inbox', 'a/x.md', false, 'Inbox.md', ['Inbox.md']],
    ['a name beats an alias, whatever the case', 'inbox', 'a/x.md', false, 'Inbox.md', ['Inbox.md']],
    ['nothing of that name or alias', 'Amazon Glacier', 'Inbox.md', false, null, null],
    ['a partial path that ends no file', 'Nowhere/Deep', 'Inbox.md', false, null, null],
  ])('%s: %j from %s', (_case, target, from, relative, file, candidates) => {
    const resolution = resolveTarget(INDEX, target, from, NOTE, relative);
    expect(resolution).toEqual(file === null ? null : { file, candidates });
  });
});

describe('resolveTarget: a name several files share, by Obsidian’s tie-break', () => {
  const files = ['notes/README.md', 'a/b/README.md', 'a/README.md', 'z/README.md', 'a/x.md'];
  const index = indexFiles(files, NOTE);

  it.each<[string, string, string, string[]]>([
    ['the linking note’s own folder wins', 'a/x.md', 'a/README.md', ['a/README.md', 'notes/README.md', 'z/README.md', 'a/b/README.md']],
    ['own folder wins even when it is the deepest', 'a/b/x.md', 'a/b/README.md', ['a/b/README.md', 'a/README.md', 'notes/README.md', 'z/README.md']],
    ['own folder, another one', 'z/q.md', 'z/README.md', ['z/README.md', 'a/README.md', 'notes/README.md', 'a/b/README.md']],
    ['otherwise the shortest path, then path order', 'Inbox.md', 'a/README.md', ['a/README.md', 'notes/README.md', 'z/README.md', 'a/b/README.md']],
    ['a note in a folder with none of them: shortest path, then path order', 'other/deep/q.md', 'a/README.md', ['a/README.md', 'notes/README.md', 'z/README.md', 'a/b/README.md']],
  ])('%s (from %s)', (_case, from, file, candidates) => {
    expect(resolveTarget(index, 'README', from, NOTE, false)).toEqual({ file, candidates });
  });

  it('breaks a tie between equally short paths by path order, not input order', () => {
    const reversed = indexFiles(['zeta/Note.md', 'beta/Note.md', 'alpha/Note.md'], NOTE);
    expect(resolveTarget(reversed, 'Note', 'root.md', NOTE, false)).toEqual({ file: 'alpha/Note.md', candidates: ['alpha/Note.md', 'beta/Note.md', 'zeta/Note.md'] });
  });

  it('a shorter path beats path order', () => {
    const shallow = indexFiles(['a/deep/Note.md', 'z/Note.md'], NOTE);
    expect(resolveTarget(shallow, 'Note', 'root.md', NOTE, false)).toEqual({ file: 'z/Note.md', candidates: ['z/Note.md', 'a/deep/Note.md'] });
  });

  it('a partial path several files end with: the same tie-break', () => {
    const twice = indexFiles(['Y/Folder/Note.md', 'X/Folder/Note.md', 'Folder2/Note.md'], NOTE);
    expect(resolveTarget(twice, 'Folder/Note', 'root.md', NOTE, false)).toEqual({ file: 'X/Folder/Note.md', candidates: ['X/Folder/Note.md', 'Y/Folder/Note.md'] });
    expect(resolveTarget(twice, 'Folder/Note', 'Y/Folder/q.md', NOTE, false)).toEqual({ file: 'Y/Folder/Note.md', candidates: ['Y/Folder/Note.md', 'X/Folder/Note.md'] });
  });

  it('an alias two notes share: the same tie-break', () => {
    const shared = indexFiles(['b/One.md', 'a/Two.md'], NOTE, new Map([['b/One.md', ['Both']], ['a/Two.md', ['both']]]));
    expect(resolveTarget(shared, 'BOTH', 'b/q.md', NOTE, false)).toEqual({ file: 'b/One.md', candidates: ['b/One.md', 'a/Two.md'] });
    expect(resolveTarget(shared, 'Both', 'root.md', NOTE, false)).toEqual({ file: 'a/Two.md', candidates: ['a/Two.md', 'b/One.md'] });
  });

  it('a name two notes share beats an alias a third carries', () => {
    const mixed = indexFiles(['p/Topic.md', 'q/Topic.md', 'Other.md'], NOTE, new Map([['Other.md', ['Topic']]]));
    expect(resolveTarget(mixed, 'Topic', 'root.md', NOTE, false)).toEqual({ file: 'p/Topic.md', candidates: ['p/Topic.md', 'q/Topic.md'] });
  });
});

describe('resolveTarget: markdown links are paths relative to the linking note', () => {
  it.each<Case>([
    ['../b/c.md from a/x.md', '../b/c.md', 'a/x.md', true, 'b/c.md', ['b/c.md']],
    ['c.md from a/b/x.md: the note’s own folder', 'c.md', 'a/b/x.md', true, 'a/b/c.md', ['a/b/c.md']],
    ['c.md from b/x.md: the note’s own folder', 'c.md', 'b/x.md', true, 'b/c.md', ['b/c.md']],
    ['./c.md from b/x.md', './c.md', 'b/x.md', true, 'b/c.md', ['b/c.md']],
    ['b/c.md from a/x.md: a/b/c.md, relative first', 'b/c.md', 'a/x.md', true, 'a/b/c.md', ['a/b/c.md']],
    ['b/c.md from Inbox.md: from the root', 'b/c.md', 'Inbox.md', true, 'b/c.md', ['b/c.md']],
    ['AWS/Amazon S3.md from a/x.md: not in a/, then from the root', 'AWS/Amazon S3.md', 'a/x.md', true, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['../../AWS/Amazon S3.md from a/b/x.md', '../../AWS/Amazon S3.md', 'a/b/x.md', true, 'AWS/Amazon S3.md', ['AWS/Amazon S3.md']],
    ['a markdown link by bare name still finds the note', 'Route 53.md', 'a/x.md', true, 'AWS/Networking/Route 53/Route 53.md', ['AWS/Networking/Route 53/Route 53.md']],
    ['a wikilink is not relative: b/c from a/x.md is the root’s b/c.md', 'b/c', 'a/x.md', false, 'b/c.md', ['b/c.md']],
    ['.. climbing out of the vault', '../../outside.md', 'a/x.md', true, null, null],
    ['.. climbing out from the root', '../Inbox.md', 'Inbox.md', true, null, null],
    ['.. climbing out, even when a note of that name exists', '../../../Inbox.md', 'a/x.md', true, null, null],
  ])('%s', (_case, target, from, relative, file, candidates) => {
    const resolution = resolveTarget(INDEX, target, from, NOTE, relative);
    expect(resolution).toEqual(file === null ? null : { file, candidates });
  });
});

describe('resolveTarget: site-absolute links written for another generator', () => {
  it.each<Case>([
    ['resolve by their last segment when a note of that name exists', '/section/12-s3-security', 'a/x.md', true, 'S3/12-s3-security.md', ['S3/12-s3-security.md']],
    ['in any case', '/Section/12-S3-Security', 'Inbox.md', true, 'S3/12-s3-security.md', ['S3/12-s3-security.md']],
    ['lead nowhere when no note has that name', '/section/13-iam-roles', 'a/x.md', true, null, null],
  ])('%s', (_case, target, from, relative, file, candidates) => {
    const resolution = resolveTarget(INDEX, target, from, NOTE, relative);
    expect(resolution).toEqual(file === null ? null : { file, candidates });
  });

  it('does not resolve by an alias', () => {
    expect(resolveTarget(INDEX, '/section/Shared Alias', 'a/x.md', NOTE, true)).toBeNull();
  });
});

describe('resolveTarget: attachments keep their extension', () => {
  const assets = indexFiles(['Images/pic.png', 'attachments/Pasted image 20240115093011.png', 'a/pic.png', 'docs/guide.pdf'], null);

  it.each<[string, string, string, boolean, string | null, string[] | null]>([
    ['by bare name from a folder with none', 'Pasted image 20240115093011.png', 'Inbox.md', false, 'attachments/Pasted image 20240115093011.png', ['attachments/Pasted image 20240115093011.png']],
    ['a shared name: own folder first', 'pic.png', 'Images/n.md', false, 'Images/pic.png', ['Images/pic.png', 'a/pic.png']],
    ['a shared name: path order', 'pic.png', 'Inbox.md', false, 'Images/pic.png', ['Images/pic.png', 'a/pic.png']],
    ['a relative path', '../docs/guide.pdf', 'a/x.md', true, 'docs/guide.pdf', ['docs/guide.pdf']],
    ['in another case', 'PIC.PNG', 'a/n.md', false, 'a/pic.png', ['a/pic.png', 'Images/pic.png']],
    ['without its extension it is another name', 'pic', 'Inbox.md', false, null, null],
  ])('%s', (_case, target, from, relative, file, candidates) => {
    expect(resolveTarget(assets, target, from, null, relative)).toEqual(file === null ? null : { file, candidates });
  });
});

describe('normalisePath', () => {
  it.each<[string, string | null]>([
    ['a/./b/../c', 'a/c'],
    ['a/b/c', 'a/b/c'],
    ['a//b/', 'a/b'],
    ['./a', 'a'],
    ['a/..', ''],
    ['', ''],
    ['a/b/../../c', 'c'],
    ['../x', null],
    ['a/../../x', null],
    ['a/b/../../../x', null],
    ['..', null],
  ])('%j → %j', (path, expected) => {
    expect(normalisePath(path)).toBe(expected);
  });
});

describe('leavesVault', () => {
  it.each<[string, string, boolean, boolean]>([
    // [target, from, relative, leaves]
    ['../../outside.png', 'a/x.md', true, true],
    ['../outside.png', 'a/x.md', true, false],
    ['../outside.png', 'x.md', true, true],
    ['../../../outside.png', 'a/b/x.md', true, true],
    ['../../inside.png', 'a/b/x.md', true, false],
    ['sub/pic.png', 'a/x.md', true, false],
    ['/section/12-s3-security', 'a/x.md', true, false],
    ['/../outside.png', 'a/x.md', true, true],
    ['../x.png', 'a/b.md', false, true],
    ['a/../b', 'x.md', false, false],
    ['pic.png', 'x.md', false, false],
  ])('%j from %s (relative: %s) → %s', (target, from, relative, expected) => {
    expect(leavesVault(target, from, relative)).toBe(expected);
  });
});
