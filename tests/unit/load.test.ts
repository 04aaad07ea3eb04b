import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeContentSnapshot } from '@/lib/content/content-snapshot';
import { holdCacheWrites, listNoteFiles, loadContent, uncachedNotes, writeHeldCacheEntries } from '@/lib/content/load';
import { contentExportSchema } from '@/lib/content/schema';
import { VALID_NOTE, lineContaining, messages, writeFiles } from './helpers';

const VAULT = path.join(import.meta.dirname, '../fixtures/vault');
const temporary: string[] = [];

function tempVault(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vault-'));
  temporary.push(dir);
  return writeFiles(dir, files);
}

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('loading a vault with good and broken notes', () => {
  const marker = '/tmp/frontmatter-was-evaluated';
  rmSync(marker, { force: true });
  const content = loadContent(VAULT);

  it('loads every good note, sorted by path, whatever else is broken', () => {
    expect(content.notes.map((note) => note.file)).toEqual([
      'english-variant.md',
      'nested/sagemaker-letter-forms.md',
      'nested/broken-answer.md',
      'readme-without-frontmatter.md',
      'redshift-keys.md',
    ].sort());
  });

  it('reads a note without frontmatter, titled by its H1', () => {
    expect(content.notes.find((note) => note.file === 'readme-without-frontmatter.md')).toMatchObject({ title: '이 볼트에 대하여', slug: 'readme-without-frontmatter', tags: [], aliases: [], id: '' });
  });

  it('reports each broken file with its line and problem, and nothing for good ones', () => {
    expect(messages(content.problems)).toEqual([
      'js-frontmatter.md:1 error frontmatter is written in "js"; only YAML is read (code in frontmatter is never run)',
      'nested/broken-answer.md:27 error answer G is not one of the options (A, B, C, D, E, F)',
      'yaml-error.md:4 error frontmatter YAML: missed comma between flow collection entries',
    ]);
  });

  it('never runs frontmatter code', () => {
    expect(Reflect.get(globalThis, '__frontmatterWasEvaluated')).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it('skips dot folders and files that are not markdown', () => {
    expect(listNoteFiles(VAULT)).not.toContain('.obsidian/workspace.md');
    expect(listNoteFiles(VAULT)).not.toContain('attachment.txt');
  });

  it('produces the documented export format', () => {
    expect(contentExportSchema.safeParse(content).success).toBe(true);
  });

  it('reads the English variant: sections, multi-answer, word keys, after-content, extra H2', () => {
    const note = content.notes.find((each) => each.slug === 'english-variant');
    expect(note).toMatchObject({ id: 'kinesis-english-variant', created: '2025-09-02', tags: ['service/kinesis', 'constraint/real-time'], aliases: ['kinesis-english', '키네시스'] });
    expect(note?.sections.map((section) => section.kind)).toEqual(['keyPoint', 'explanation', 'concepts', 'question', 'other']);
    const question = note?.questions[0];
    expect(question).toMatchObject({ answers: ['A', 'C'], selectCount: 2 });
    expect(Object.keys(question?.explanations ?? {}).sort()).toEqual(['B', 'D', 'E']);
    expect(question?.notes).toEqual(['<p><strong>핵심 원인</strong> - 여러 소비자가 같은 순서의 데이터를 읽어야 함</p>']);
    expect(question?.afterHtml).toContain('<strong>실제 적절한 해결책들:</strong>');
    expect(question?.afterHtml).toContain('<h3>🚨 실무 고려사항</h3>');
  });

  it('reads explanation keys by words and a key naming two options', () => {
    const question = content.notes.find((each) => each.slug === 'redshift-keys')?.questions[0];
    expect(question?.explanations).toEqual({
      A: '<p>정렬 키는 스캔 범위를 줄일 뿐 재분배를 없애지 않음</p>',
      B: '<p>정렬 키는 스캔 범위를 줄일 뿐 재분배를 없애지 않음</p>',
      C: '<p>작은 테이블을 모든 노드에 복제하여 재분배 제거</p>',
      D: '<p>라운드 로빈 분산은 조인 시 재분배를 유발</p>',
    });
    expect(question?.notes).toEqual(['<p><strong>정답 D</strong> - 흔히 헷갈리는 보기</p>']);
  });

  it('reads letter-and-label keys and joins two explanations of one option', () => {
    const question = content.notes.find((each) => each.slug === 'sagemaker-letter-forms')?.questions[0];
    expect(question).toMatchObject({ answers: ['A', 'C'], selectCount: 2 });
    expect(question?.explanations).toEqual({
      A: '<p>데이터를 스트리밍하여 다운로드 대기 제거</p>\n<p>같은 옵션에 대한 두 번째 설명</p>',
      B: '<p>노트북 볼륨은 학습 작업과 무관</p>',
      D: '<p>노트북 설정 스크립트일 뿐</p>',
      E: '<p>관리 부담이 큼</p>',
    });
  });
});

describe('byte-level and cross-file bad input', () => {
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID_NOTE)]);
  const crlf = VALID_NOTE.replace(/\n/g, '\r\n');
  const nfd = VALID_NOTE.normalize('NFD');
  const withNul = VALID_NOTE.replace('운영 부담을', '운영\0부담을');
  const big = VALID_NOTE.replace('완전 관리형입니다.', `${'서버리스 ETL 설명 문장입니다. '.repeat(25_000)}`);

  it.each([
    ['a BOM', bom],
    ['CRLF line endings', crlf],
    ['NFD Hangul', nfd],
    ['a 1 MB note', big],
  ])('a note with %s loads like any other', (_case, body) => {
    const dir = tempVault({ 'note.md': body, 'other.md': VALID_NOTE.replace('title: test-note', 'title: other') });
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    const [note] = content.notes;
    expect(note).toMatchObject({ title: '글루로 만드는 서버리스 ETL', tags: ['service/glue', 'constraint/serverless'] });
    expect(note?.sections.map((section) => section.kind)).toEqual(['keyPoint', 'explanation', 'concepts', 'question']);
    expect(note?.questions[0]?.answers).toEqual(['A']);
    expect(content.notes).toHaveLength(2);
  });

  it.each([
    ['an empty file', '', 1, 'warning', /file is empty/],
    ['NUL bytes', withNul, lineContaining(VALID_NOTE, '운영 부담을'), 'error', /NUL byte/],
    ['invalid UTF-8', Uint8Array.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28]), 2, 'error', /not valid UTF-8/],
  ])('a file with %s is reported and the others still load', (_case, body, line, severity, message) => {
    const dir = tempVault({ 'bad.md': body, 'good.md': VALID_NOTE });
    const content = loadContent(dir);
    expect(content.problems).toEqual([{ file: 'bad.md', line, severity, message: expect.stringMatching(message) }]);
    expect(content.notes.map((note) => note.file)).toEqual(['good.md']);
  });

  it('loads two files whose names give one slug, told apart by their folders', () => {
    const dir = tempVault({ 'a/glue-etl.md': VALID_NOTE, 'b/Glue ETL.md': VALID_NOTE.replace('title: test-note', 'title: other') });
    const content = loadContent(dir);
    expect(content.problems).toEqual([]);
    expect(content.notes.map((note) => [note.file, note.slug, note.questions[0]?.id])).toEqual([
      ['a/glue-etl.md', 'a~glue-etl', 'a~glue-etl--q1'],
      ['b/Glue ETL.md', 'b~glue-etl', 'b~glue-etl--q1'],
    ]);
  });

  it('warns about a repeated frontmatter title on the title line, keeping both notes', () => {
    const dir = tempVault({ 'one.md': VALID_NOTE, 'two.md': VALID_NOTE });
    const content = loadContent(dir);
    expect(messages(content.problems)).toEqual(['two.md:2 warning frontmatter title "test-note" is also the title of one.md']);
    expect(content.notes).toHaveLength(2);
  });

  it('reports a file that cannot be read', () => {
    const dir = tempVault({ 'good.md': VALID_NOTE });
    symlinkSync(path.join(dir, 'missing-target.md'), path.join(dir, 'dangling.md'));
    const content = loadContent(dir);
    expect(content.problems).toEqual([{ file: 'dangling.md', line: 1, severity: 'error', message: expect.stringMatching(/cannot be read: ENOENT/) }]);
    expect(content.notes).toHaveLength(1);
  });

  it('reports a missing folder instead of throwing', () => {
    const content = loadContent('/definitely/not/here');
    expect(content.notes).toEqual([]);
    expect(content.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/content folder cannot be read/) })]);
  });

  it('re-reads a note after it is edited', () => {
    const dir = tempVault({ 'note.md': VALID_NOTE });
    expect(loadContent(dir).notes[0]?.title).toBe('글루로 만드는 서버리스 ETL');
    writeFileSync(path.join(dir, 'note.md'), VALID_NOTE.replace('# 글루로 만드는 서버리스 ETL', '# 바뀐 제목'));
    expect(loadContent(dir).notes[0]?.title).toBe('바뀐 제목');
  });

  it('reads the bundled content folder by default and $CONTENT_DIR when set', () => {
    expect(loadContent().notes.length).toBeGreaterThanOrEqual(2);
    const dir = tempVault({});
    cpSync(VAULT, dir, { recursive: true });
    process.env.CONTENT_DIR = dir;
    try {
      expect(loadContent().notes.map((note) => note.slug)).toContain('redshift-keys');
    } finally {
      delete process.env.CONTENT_DIR;
    }
  });
});

describe('while `npm run build` is still checking the vault (CONTENT_PARSE_PENDING)', () => {
  const withPending = (pending: string, owner: number, read: () => void) => {
    process.env.CONTENT_PARSE_PENDING = pending;
    process.env.CONTENT_PARSE_OWNER = String(owner);
    try {
      read();
    } finally {
      delete process.env.CONTENT_PARSE_PENDING;
      delete process.env.CONTENT_PARSE_OWNER;
    }
  };
  const pendingFile = () => {
    const file = path.join(tempVault({ 'parse-pending': 'checking' }), 'parse-pending');
    return file;
  };

  it('waits for the checker to finish before reading the notes', () => {
    const pending = pendingFile();
    // Another process ends the check: the loader's wait blocks this thread.
    const checker = spawn(process.execPath, ['-e', `setTimeout(() => require('node:fs').rmSync(${JSON.stringify(pending)}), 300)`], { stdio: 'ignore' });
    let content;
    withPending(pending, process.pid, () => {
      content = loadContent(tempVault({ 'a.md': VALID_NOTE }));
    });
    expect(existsSync(pending)).toBe(false);
    expect(content).toMatchObject({ notes: [{ file: 'a.md' }] });
    checker.kill();
  });

  it('does not wait for a checker that is gone', () => {
    const pending = pendingFile();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    withPending(pending, Number(gone.stdout), () => {
      expect(loadContent(tempVault({ 'a.md': VALID_NOTE })).notes).toHaveLength(1);
    });
    expect(existsSync(pending)).toBe(true);
  });

  it('reads at once when no check is pending', () => {
    const pending = pendingFile();
    rmSync(pending);
    withPending(pending, process.pid, () => {
      expect(loadContent(tempVault({ 'a.md': VALID_NOTE })).notes).toHaveLength(1);
    });
  });
});

describe('once `npm run build` has checked the vault (CONTENT_SNAPSHOT)', () => {
  const vault = tempVault({ 'a.md': VALID_NOTE });
  const checked = loadContent(tempVault({ 'checked.md': VALID_NOTE }));
  const snapshotFile = (write: (file: string) => void) => {
    const file = path.join(tempVault({}), 'checked-content.json');
    write(file);
    return file;
  };
  const readWith = (snapshot: string) => {
    process.env.CONTENT_SNAPSHOT = snapshot;
    try {
      return loadContent(vault).notes.map((note) => note.file);
    } finally {
      delete process.env.CONTENT_SNAPSHOT;
    }
  };

  it.each([
    { name: 'the checked content is read, not the vault', write: (file: string) => writeContentSnapshot(file, vault, checked), files: ['checked.md'] },
    { name: 'a snapshot of another folder is not used', write: (file: string) => writeContentSnapshot(file, tempVault({}), checked), files: ['a.md'] },
    { name: 'a torn snapshot is not trusted', write: (file: string) => writeFileSync(file, JSON.stringify({ dir: vault, content: checked }).slice(0, 200)), files: ['a.md'] },
    { name: 'a snapshot of another shape is not trusted', write: (file: string) => writeFileSync(file, JSON.stringify({ dir: vault, content: { notes: [{ slug: 'x' }], problems: [] } })), files: ['a.md'] },
    { name: 'a missing snapshot: the vault is read', write: () => undefined, files: ['a.md'] },
  ])('$name', ({ write, files }) => {
    expect(readWith(snapshotFile(write))).toEqual(files);
  });
});

describe('while `npm run build` holds the parse cache writes', () => {
  it('parses the notes now and writes their cache entries only when asked', () => {
    // Bytes no other test has, so no earlier run has cached them.
    const vault = tempVault({ 'a.md': `${VALID_NOTE}\n<!-- ${randomUUID()} -->\n`, 'b.md': `${VALID_NOTE}\n<!-- ${randomUUID()} -->\n` });
    holdCacheWrites();
    try {
      expect(loadContent(vault).notes.map((note) => note.file)).toEqual(['a.md', 'b.md']);
      expect(uncachedNotes(vault, ['a.md', 'b.md'])).toEqual(['a.md', 'b.md']);
    } finally {
      expect(writeHeldCacheEntries()).toBe(2);
    }
    expect(uncachedNotes(vault, ['a.md', 'b.md'])).toEqual([]);
    expect(writeHeldCacheEntries()).toBe(0);
  });
});
