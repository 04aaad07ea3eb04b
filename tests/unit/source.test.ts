import { describe, expect, it } from 'vitest';
import { decodeSource, MAX_NOTE_BYTES } from '@/lib/content/read/source';

const bytes = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeSource', () => {
  it.each([
    ['a BOM', concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes('---\ntitle: x')), '---\ntitle: x'],
    ['CRLF line endings', bytes('---\r\ntitle: x\r\n---\r\n'), '---\ntitle: x\n---\n'],
    ['lone CR line endings', bytes('a\rb'), 'a\nb'],
    ['NFD Hangul', bytes('## 핵심 포인트'.normalize('NFD')), '## 핵심 포인트'],
  ])('normalises %s', (_case, input, text) => {
    const decoded = decodeSource(input);
    expect(decoded).toEqual({ ok: true, text });
  });

  it('keeps line numbers when it normalises line endings', () => {
    const decoded = decodeSource(bytes('1\r\n2\r\n3'));
    expect(decoded.ok && decoded.text.split('\n')).toEqual(['1', '2', '3']);
  });

  it.each([
    ['a NUL byte', bytes('---\ntitle: x\n\0\n'), 3, /NUL byte/],
    ['invalid UTF-8', concat(bytes('line one\nline two\n'), Uint8Array.of(0xff, 0xfe)), 3, /not valid UTF-8/],
    ['a file over the size limit', new Uint8Array(MAX_NOTE_BYTES + 1).fill(0x61), 1, /larger than/],
  ])('refuses %s with the line it is on', (_case, input, line, message) => {
    const decoded = decodeSource(input);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.issue).toMatchObject({ line, severity: 'error' });
      expect(decoded.issue.message).toMatch(message);
    }
  });
});
