/*
 * Architecture flows: notes draw them as code blocks of steps and arrows. A simple flow
 * (one step a line with `↓` between, or `[A] → [B] → [C]` rows, or both) is read into
 * rows of boxes so it can be drawn as a diagram. Anything else (box drawings, branches,
 * side-by-side columns, arrows pointing back) is not a simple flow: it stays monospace.
 */

export type FlowBox = { label: string; detail: string[] };
export type FlowRow = { boxes: FlowBox[]; linkLabel: string };
export type Flow = { caption: string; direction: 'vertical' | 'horizontal'; rows: FlowRow[] };

const DOWN = /^[↓⬇]\s*(.*)$/u;
const RIGHT = /\s*(?:→|->|⟶|➡)\s*/u;
/** Box drawing, branches and arrows that point back or sideways mean a drawn layout. */
const NOT_SIMPLE = /[\u2500-\u257f▲▼◀▶←↑↔⇄⇆|]|<-|\s{3,}\S.*\s{3,}|^\s*\d+\.\s/u;

function boxOf(text: string): FlowBox {
  const trimmed = text.trim().replace(/^\[(.*)\]$/, '$1').trim();
  const detail = /^(.*?)\s*(\([^()]*\))$/.exec(trimmed);
  if (detail?.[1]) return { label: detail[1], detail: [detail[2] ?? ''] };
  return { label: trimmed, detail: [] };
}

function rowOf(lines: string[], linkLabel: string): FlowRow | null {
  const [first, ...rest] = lines;
  if (first === undefined) return null;
  const parts = first.split(RIGHT);
  if (parts.some((part) => part.trim() === '')) return null;
  if (parts.length > 1 && rest.length > 0) return null;
  const boxes = parts.map(boxOf);
  const last = boxes.at(-1);
  // Lines under a step's name describe it: `AWS Glue` then `(ETL Job/Crawler)`.
  if (last) last.detail.push(...rest.map((line) => line.trim()));
  return { boxes, linkLabel };
}

function readSegment(segment: string[]): Flow | null {
  const captioned = segment[0]?.trim().endsWith(':') ?? false;
  const caption = captioned ? (segment[0] ?? '').trim().replace(/:$/, '') : '';
  const lines = captioned ? segment.slice(1) : segment;
  if (lines.length === 0 || lines.some((line) => NOT_SIMPLE.test(line))) return null;

  const groups: { lines: string[]; linkLabel: string }[] = [{ lines: [], linkLabel: '' }];
  for (const line of lines) {
    const down = DOWN.exec(line.trim());
    if (down) {
      if (groups.at(-1)?.lines.length === 0) return null;
      groups.push({ lines: [], linkLabel: (down[1] ?? '').trim() });
    } else {
      groups.at(-1)?.lines.push(line);
    }
  }
  const rows: FlowRow[] = [];
  for (const group of groups) {
    const row = rowOf(group.lines, group.linkLabel);
    if (!row) return null;
    rows.push(row);
  }
  const boxes = rows.reduce((sum, row) => sum + row.boxes.length, 0);
  if (boxes < 2) return null;
  return { caption, direction: rows.length === 1 ? 'horizontal' : 'vertical', rows };
}

/** The flows of a code block (blank lines separate them), or null when any part is not simple. */
export function readFlows(code: string): Flow[] | null {
  const segments = code
    .trim()
    .split(/\n\s*\n/)
    .map((segment) => segment.split('\n').filter((line) => line.trim() !== ''));
  const flows: Flow[] = [];
  for (const segment of segments) {
    const flow = readSegment(segment);
    if (!flow) return null;
    flows.push(flow);
  }
  return flows.length > 0 ? flows : null;
}
