import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { writeSyntheticVault } from '../../scripts/synthetic-notes';
import { describe, expect, it } from 'vitest';
import { contentExportSchema } from '@/lib/content/schema';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VAULT = 'tests/fixtures/vault';

/** Runs the checker exactly as the README documents it. */
function check(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'content:check', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the checker as a process (npm, tsx, the parser): seconds on a busy two-core machine, not vitest's default 5.
describe('npm run content:check', { timeout: 30_000 }, () => {
  it('prints one line per problem, then the counts, and exits 1 on errors', () => {
    const { code, stdout } = check(VAULT);
    expect(stdout.trimEnd().split('\n')).toEqual([
      `${VAULT}/js-frontmatter.md:1 error frontmatter is written in "js"; only YAML is read (code in frontmatter is never run)`,
      `${VAULT}/nested/broken-answer.md:27 error answer G is not one of the options (A, B, C, D, E, F)`,
      `${VAULT}/yaml-error.md:4 error frontmatter YAML: missed comma between flow collection entries`,
      '5 notes, 3 questions, 3 errors, 0 warnings',
    ]);
    expect(code).toBe(1);
  });

  it('with --notes lists every note first, what it is served as and what it holds, then the problems', () => {
    const vault = 'tests/fixtures/obsidian-vault';
    const { code, stdout } = check(vault, '--notes');
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes(' → /notes/'))).toHaveLength(31);
    expect(lines).toContain(`${vault}/Home.md → /notes/home/ "AWS SAP-C02 공부 홈" (0 tags, 17 links, 0 questions, 4 problems)`);
    expect(lines).toContain(`${vault}/Networking/README.md → /notes/networking~readme/ "Networking" (0 tags, 6 links, 0 questions, 3 problems)`);
    expect(lines).toContain(`${vault}/Questions/EC2 연습 문제 40.md → /notes/ec2-연습-문제-40/ "EC2·스토리지 연습 문제 40" (2 tags, 0 links, 40 questions, 0 problems)`);
    expect(lines).toContain(`${vault}/Questions/자가 진단 시트.md → /notes/자가-진단-시트/ "자가 진단 시트" (0 tags, 1 link, 0 questions + 3 without an answer, 1 problem)`);
    expect(lines).toContain(`${vault}/Questions/자가 진단 시트.md:5 warning 3 questions have lettered options but no answer (a question sheet): shown as written, never graded`);
    expect(lines.at(-1)).toBe('31 notes, 44 questions, 0 errors, 50 warnings (42 broken links, 1 ambiguous link, 3 questions without an answer)');
    expect(code).toBe(0);
  });

  it('exits 0 on the bundled content, which has no errors', () => {
    const { code, stdout } = check();
    expect(stdout).toMatch(/^\d+ notes, \d+ questions, 0 errors, \d+ warnings?\n$/);
    expect(code).toBe(0);
  });

  it('with --json prints exactly one JSON object in the export format', () => {
    const { code, stdout } = check(VAULT, '--json');
    const parsed = contentExportSchema.parse(JSON.parse(stdout));
    expect(parsed.notes.map((note) => note.slug).sort()).toEqual(['broken-answer', 'english-variant', 'readme-without-frontmatter', 'redshift-keys', 'sagemaker-letter-forms']);
    expect(parsed.problems).toHaveLength(3);
    expect(code).toBe(1);
  });

  it.each([
    [['does/not/exist'], /folder does\/not\/exist does not exist/],
    [['package.json'], /is not a folder/],
    [[VAULT, '--yaml'], /unknown option --yaml/],
    [[VAULT, 'content'], /one folder at a time/],
    [[VAULT, '--json', '--notes'], /--json and --notes do not go together/],
  ])('exits 2 with usage for a bad invocation %j', (args, message) => {
    const { code, stdout, stderr } = check(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/usage: npm run content:check -- \[DIR\] \[--json \| --notes\]/);
  });
});

describe('npm run content:check on a large vault (notes parsed on every core)', () => {
  it('reports exactly what it reports for the same notes parsed one by one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'check-large-'));
    try {
      const vault = writeSyntheticVault(path.join(dir, 'vault'), 240);
      // Notes never seen before, so the workers parse them rather than find them cached.
      for (let index = 0; index < 240; index += 1) appendFileSync(path.join(vault, `synthetic-${String(index).padStart(5, '0')}.md`), `\n${dir} ${index}\n`);
      // A folder named for this run: a path seen before could be in the parse cache already.
      const fixtures = `fixtures-${path.basename(dir)}`;
      cpSync(path.join(ROOT, VAULT), path.join(vault, fixtures), { recursive: true });
      const { code, stdout, stderr } = check(vault);
      expect(stdout.trimEnd().split('\n')).toEqual([
        `${path.relative(ROOT, vault)}/${fixtures}/js-frontmatter.md:1 error frontmatter is written in "js"; only YAML is read (code in frontmatter is never run)`,
        `${path.relative(ROOT, vault)}/${fixtures}/nested/broken-answer.md:27 error answer G is not one of the options (A, B, C, D, E, F)`,
        `${path.relative(ROOT, vault)}/${fixtures}/yaml-error.md:4 error frontmatter YAML: missed comma between flow collection entries`,
        '245 notes, 243 questions, 3 errors, 0 warnings',
      ]);
      expect(code).toBe(1);
      if (availableParallelism() > 1) expect(stderr).toContain(`247 notes parsed by ${availableParallelism()} workers`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run build', { timeout: 60_000 }, () => {
  it('fails on content with errors and prints the checker report first', () => {
    // Its own export folder: a build moves the last export aside, and out/ is the student's site.
    const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: VAULT, NEXT_DIST_DIR: 'out-content-check-test' } });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain('nested/broken-answer.md:27 error answer G is not one of the options');
    expect(result.stdout).toContain('5 notes, 3 questions, 3 errors, 0 warnings');
    // Next, started beside the checker, is stopped and its output held back.
    expect(`${result.stdout}${result.stderr}`).not.toContain('Next.js');
    expect(result.stderr).toContain('build stopped: the notes above have errors');
  });
});
