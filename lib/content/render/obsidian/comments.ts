/*
 * Obsidian comments (`%%…%%`) are the author's notes to self: they must never reach the
 * page. They are cut from the raw text, before markdown sees it, because a comment may
 * cross block boundaries that no mdast transform could stitch back together. Every line
 * break inside a comment is kept, so the lines after it keep their numbers and problems
 * found later are still reported at the right line. Code is quoted text: `%%` inside a
 * fence or a code span is shown as written, as Obsidian shows it.
 */

export type Fence = { marker: '`' | '~'; length: number };

type LineScan = { kept: string; inComment: boolean; openedHere: boolean };

const OPENING_FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

export function openingFence(line: string): Fence | null {
  const [, run, info] = OPENING_FENCE.exec(line) ?? [];
  if (!run) return null;
  const marker = run.startsWith('`') ? '`' : '~';
  // CommonMark: a backtick in a backtick fence's info string makes the line inline code instead.
  if (marker === '`' && info?.includes('`')) return null;
  return { marker, length: run.length };
}

export function closesFence(line: string, fence: Fence): boolean {
  const [, run] = CLOSING_FENCE.exec(line) ?? [];
  return run !== undefined && run.startsWith(fence.marker) && run.length >= fence.length;
}

export function runLength(line: string, at: number): number {
  let end = at;
  while (line[end] === '`') end += 1;
  return end - at;
}

/** Where the next backtick run of exactly `length` starts, from `from` on; -1 when none. */
export function closingRun(line: string, from: number, length: number): number {
  let at = line.indexOf('`', from);
  while (at !== -1) {
    const run = runLength(line, at);
    if (run === length) return at;
    at = line.indexOf('`', at + run);
  }
  return -1;
}

const SPECIAL = /[`%\\]/g;

/** One line outside fences: the text left once comments go, and whether one is still open. */
function scanLine(line: string, startsInComment: boolean): LineScan {
  let kept = '';
  let inComment = startsInComment;
  let openedHere = false;
  let at = 0;
  while (at < line.length) {
    if (inComment) {
      const end = line.indexOf('%%', at);
      if (end === -1) break;
      inComment = false;
      openedHere = false;
      at = end + 2;
    } else if (line.startsWith('\\`', at)) {
      // An escaped backtick opens no code span, so what follows it is still prose.
      kept += '\\`';
      at += 2;
    } else if (line[at] === '`') {
      const run = runLength(line, at);
      const close = closingRun(line, at + run, run);
      const end = close === -1 ? at + run : close + run;
      kept += line.slice(at, end);
      at = end;
    } else if (line.startsWith('%%', at)) {
      inComment = true;
      openedHere = true;
      at += 2;
    } else {
      // Plain prose up to the next character that could matter, in one slice.
      SPECIAL.lastIndex = at + 1;
      const next = SPECIAL.exec(line)?.index ?? line.length;
      kept += line.slice(at, next);
      at = next;
    }
  }
  return { kept, inComment, openedHere };
}

/**
 * The body with every comment removed (line breaks inside kept). An unclosed `%%` hides
 * the rest of the file, as in Obsidian; `unclosedAt` is its 1-based line so it can be reported.
 */
export function stripComments(body: string): { text: string; unclosedAt: number | null } {
  const kept: string[] = [];
  let fence: Fence | null = null;
  let inComment = false;
  let unclosedAt: number | null = null;
  body.split('\n').forEach((rawLine, index) => {
    // A CRLF file keeps its `\r`, even when a comment ate the end of the line.
    const ending = rawLine.endsWith('\r') ? '\r' : '';
    const line = ending ? rawLine.slice(0, -1) : rawLine;
    if (fence) {
      if (closesFence(line, fence)) fence = null;
      kept.push(rawLine);
      return;
    }
    const opening = inComment ? null : openingFence(line);
    if (opening) {
      fence = opening;
      kept.push(rawLine);
      return;
    }
    // Most lines hold no comment at all: nothing to scan.
    if (!inComment && !line.includes('%%')) {
      kept.push(rawLine);
      return;
    }
    const scan = scanLine(line, inComment);
    if (scan.openedHere) unclosedAt = index + 1;
    inComment = scan.inComment;
    kept.push(scan.kept + ending);
  });
  return { text: kept.join('\n'), unclosedAt: inComment ? unclosedAt : null };
}
