import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter, validateFrontmatter } from '@/lib/content/read/frontmatter';

function read(text: string) {
  const split = splitFrontmatter(text);
  if (split.kind !== 'ok') throw new Error(`expected frontmatter, got ${JSON.stringify(split)}`);
  return { split, ...validateFrontmatter(split.data, split.rawLines) };
}

const BODY = '\n# Title\n';

describe('frontmatter: every variant seen in real vaults', () => {
  it.each([
    ['blank lines after open and before close', '---\n\ntitle: a\ntags:\n- service/glue\n\n---'],
    ['a blank line after the opening fence only', '---\n\ntitle: a\ntags:\n- service/glue\n---'],
    ['a blank line before the closing fence only', '---\ntitle: a\ntags:\n- service/glue\n\n---'],
    ['no blank lines', '---\ntitle: a\ntags:\n- service/glue\n---'],
    ['indented tags with trailing spaces', '---\ntitle: a\ntags:\n  - service/glue  \n---'],
    ['a flow list of tags', '---\ntitle: a\ntags: [service/glue]\n---'],
    ['Obsidian string tags', '---\ntitle: a\ntags: service/glue\n---'],
    ['a `.md` title', '---\ntitle: a.md\ntags:\n- service/glue\n---'],
    ['a `#` before a tag', '---\ntitle: a\ntags:\n- "#service/glue"\n---'],
    ['a repeated tag', '---\ntitle: a\ntags:\n- service/glue\n- service/glue\n---'],
  ])('reads %s', (_variant, block) => {
    const { frontmatter, issues } = read(block + BODY);
    expect(issues).toEqual([]);
    expect(frontmatter).toMatchObject({ title: 'a', tags: ['service/glue'] });
  });

  it('keeps dates as YYYY-MM-DD text, trailing spaces and all', () => {
    const { frontmatter } = read('---\ntitle: a\ntags: [x/y]\ncreated: 2025-08-17   \nmodified: "2025-08-18"\n---');
    expect(frontmatter).toMatchObject({ created: '2025-08-17', modified: '2025-08-18' });
  });

  it.each([
    ['a flow list', 'aliases: ["glue-etl", "serverless-etl"]', ['glue-etl', 'serverless-etl']],
    ['Korean names', 'aliases: [글루, "글루 ETL"]', ['글루', '글루 ETL']],
    ['a single name', 'aliases: glue-etl', ['glue-etl']],
    ['an empty list', 'aliases: []', []],
  ])('reads aliases written as %s', (_variant, line, aliases) => {
    const { frontmatter } = read(`---\ntitle: a\ntags: [x/y]\n${line}\n---`);
    expect(frontmatter?.aliases).toEqual(aliases);
  });

  it('tells where the body starts', () => {
    const { split } = read('---\n\ntitle: a\ntags: [x/y]\n\n---\n# Title\n');
    expect(split.bodyLineOffset).toBe(6);
    expect(split.body).toBe('# Title\n');
  });
});

describe('frontmatter: every key is optional', () => {
  it.each([
    ['no title', '---\ntags: [x/y]\n---', { tags: ['x/y'] }],
    ['no tags', '---\ntitle: a\n---', { title: 'a' }],
    ['empty tags', '---\ntitle: a\ntags: []\n---', { title: 'a', tags: [] }],
    ['other keys only', '---\ntype: aws-service\nexam: SAP-C02\nexam_domains: ["1. 조직 복잡성"]\n---', { type: 'aws-service', exam: 'SAP-C02' }],
    ['an empty block', '---\n---', {}],
  ])('%s reads with no problem', (_case, block, expected) => {
    const { frontmatter, issues } = read(block);
    expect(frontmatter).toMatchObject(expected);
    expect(issues).toEqual([]);
  });

  it.each([
    ['a block list with `#`', 'tags:\n- "#aws"\n- "#storage/block"', ['aws', 'storage/block']],
    ['a flow list without namespaces', 'tags: [aws, sap-c02, storage]', ['aws', 'sap-c02', 'storage']],
    ['a comma-separated string', 'tags: aws, networking, vpc', ['aws', 'networking', 'vpc']],
    ['a space-separated string', 'tags: aws database rds', ['aws', 'database', 'rds']],
    ['a string with `#` and commas', 'tags: "#aws, #s3"', ['aws', 's3']],
    ['capitals, as Obsidian compares them', 'tags: [AWS, Service/Glue]', ['aws', 'service/glue']],
    ['a trailing slash', 'tags: [service/]', ['service']],
    ['Korean tags', 'tags: [네트워크, 보안/IAM]', ['네트워크', '보안/iam']],
  ])('tags as %s', (_case, line, tags) => {
    const { frontmatter, issues } = read(`---\n${line}\n---`);
    expect(frontmatter?.tags).toEqual(tags);
    expect(issues).toEqual([]);
  });

  it.each([
    ['`date` for created', 'date: 2024-01-05', { date: '2024-01-05' }],
    ['`updated` for modified', 'updated: 2024-03-02', { updated: '2024-03-02' }],
  ])('%s is read', (_case, line, expected) => {
    expect(read(`---\n${line}\n---`).frontmatter).toMatchObject(expected);
  });
});

describe('frontmatter: bad input', () => {
  it.each([
    ['an empty title', '---\ntitle: ""\ntags: [x/y]\n---', 2, /`title` is empty; ignored/, { tags: ['x/y'] }],
    ['a title that is a list', '---\ntitle: [a, b]\ntags: [x/y]\n---', 2, /`title` is missing or is not text; ignored/, { tags: ['x/y'] }],
    ['tags that are a mapping', '---\ntitle: a\ntags:\n  service: glue\n---', 3, /`tags` must be a list of tags; ignored/, { title: 'a' }],
  ])('%s drops that field with a warning on its line', (_case, block, line, message, kept) => {
    const { frontmatter, issues } = read(block);
    expect(frontmatter).toEqual(kept);
    expect(issues).toEqual([expect.objectContaining({ line, severity: 'warning', message: expect.stringMatching(message) })]);
  });

  it.each([
    ['a tag with spaces', 'tags:\n- "service glue"\n- service/s3', /`tags` \("service glue"\) has a tag with spaces in it; ignored/],
    ['a tag of digits', 'tags: [2024, aws, service/s3]', /`tags` \(2024\) has a tag of digits only; ignored/],
    ['a digits tag in a string', 'tags: "2024 aws service/s3"', /`tags` \("2024"\) has a tag of digits only; ignored/],
  ])('%s drops that tag alone, with a warning', (_case, line, message) => {
    const { frontmatter, issues } = read(`---\ntitle: a\n${line}\n---`);
    expect(frontmatter?.tags).toEqual(expect.arrayContaining(['service/s3']));
    expect(frontmatter?.tags).not.toContain('2024');
    expect(issues).toEqual([expect.objectContaining({ line: 3, severity: 'warning', message: expect.stringMatching(message) })]);
  });

  it.each([
    ['a month 13', 'created: 2025-13-01', 4, /real calendar date/],
    ['a date in another format', 'modified: 17.08.2025', 4, /YYYY-MM-DD/],
    ['aliases as a mapping', 'aliases:\n  a: b', 4, /aliases/],
  ])('%s drops that field with a warning', (_case, line, at, message) => {
    const { frontmatter, issues } = read(`---\ntitle: a\ntags: [x/y]\n${line}\n---`);
    expect(frontmatter).toMatchObject({ title: 'a', tags: ['x/y'] });
    expect(issues).toEqual([expect.objectContaining({ line: at, severity: 'warning', message: expect.stringMatching(message) })]);
  });

  it.each([
    ['an unclosed flow list', '---\ntitle: a\ntags: [x/y\ncreated: 2025-01-01\n---\n', 4],
    ['a bad indentation', '---\ntitle: a\n  tags: x\n---\n', 3],
    ['a duplicated key', '---\ntitle: a\ntitle: b\ntags: [x/y]\n---\n', 3],
    ['a colon inside an unquoted value', '---\ntitle: a\ntags: [x/y]\nmodified: a: b\n---\n', 4],
  ])('a YAML syntax error (%s) names its line', (_case, text, line) => {
    const split = splitFrontmatter(text);
    expect(split).toMatchObject({ kind: 'error', issue: { line, severity: 'error' } });
    expect(split.kind === 'error' && split.issue.message).toMatch(/^frontmatter YAML: /);
  });

  it.each([
    ['a scalar', '---\njust text\n---\n'],
    ['a list', '---\n- a\n- b\n---\n'],
  ])('frontmatter that is %s is an error', (_case, text) => {
    const { frontmatter, issues } = read(text);
    expect(frontmatter).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ line: 1, severity: 'error', message: expect.stringMatching(/YAML mapping/) })]);
  });

  it('an unclosed block is an error on the opening line', () => {
    expect(splitFrontmatter('---\ntitle: a\n# Title\n')).toMatchObject({ kind: 'error', issue: { line: 1, message: expect.stringMatching(/never closed/) } });
  });

  it('no fence at the top means no frontmatter', () => {
    expect(splitFrontmatter('# Title\n---\ntitle: a\n---\n')).toEqual({ kind: 'none' });
  });
});

describe('frontmatter is never evaluated', () => {
  const marker = '/tmp/frontmatter-was-evaluated';
  const payload = `{
  title: (function () {
    globalThis.__frontmatterWasEvaluated = true;
    require('fs').writeFileSync('${marker}', 'pwned');
    return 'pwned';
  })(),
  tags: ['x/y']
}`;

  it.each(['js', 'javascript', 'JS', 'coffee'])('a `---%s` block is refused, not run', (language) => {
    rmSync(marker, { force: true });
    const split = splitFrontmatter(`---${language}\n${payload}\n---\n# Title\n`);
    expect(split).toMatchObject({ kind: 'error', issue: { line: 1, severity: 'error', message: expect.stringMatching(/only YAML is read/) } });
    expect(Reflect.get(globalThis, '__frontmatterWasEvaluated')).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it('YAML tags that build code or objects are refused', () => {
    const split = splitFrontmatter('---\ntitle: !!js/function "function () { return 1 }"\ntags: [x/y]\n---\n');
    expect(split).toMatchObject({ kind: 'error', issue: { line: 2, severity: 'error' } });
  });
});
