import { issue, type Issue } from '../problems';

/** Larger files are refused: no real note comes near this, and it keeps a build bounded. */
export const MAX_NOTE_BYTES = 8 * 1024 * 1024;

export type DecodedSource = { ok: true; text: string } | { ok: false; issue: Issue };

const NEWLINE = 0x0a;

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let at = 0; at < index; at += 1) if (bytes[at] === NEWLINE) line += 1;
  return line;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
    line += 1;
  }
  return 1;
}

/**
 * Stage 1, decode: bytes -> text every later stage can trust. Strips a BOM, turns CRLF
 * and lone CR into LF (line numbers stay the same) and composes NFD Hangul (as macOS
 * writes file contents) into NFC so headings and labels compare equal.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length > MAX_NOTE_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(1);
    return { ok: false, issue: issue(1, 'error', `file is ${megabytes} MB, larger than the ${MAX_NOTE_BYTES / 1024 / 1024} MB a note may be`) };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, issue: issue(lineOfByte(bytes, nul), 'error', 'contains a NUL byte: the file is binary or corrupt, not a markdown note') };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, issue: issue(firstInvalidUtf8Line(bytes), 'error', 'is not valid UTF-8 text') };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n').normalize('NFC') };
}
