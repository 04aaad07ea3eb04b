import { closesFence, closingRun, openingFence, runLength, type Fence } from './comments';

/*
 * Before markdown: the inside of a `[[…]]` is a file name, not markdown. A name such as
 * `<b>bold name<b> & script` or `my *draft*` would otherwise be read as HTML or emphasis,
 * and the link split across nodes that references.ts could not find. Such characters are
 * backslash-escaped (markdown then gives them back as text); code is left as it is.
 */

const WIKILINK = /\[\[[^\[\]\n]+?\]\]/g;
const SPECIAL = /[<>*_`~=$&]/g;

function protectText(text: string): string {
  return text.replace(WIKILINK, (link) => link.replace(SPECIAL, (char) => `\\${char}`));
}

/** One line outside fences: wikilinks protected, inline code spans left alone. */
function protectLine(line: string): string {
  let out = '';
  let at = 0;
  while (at < line.length) {
    const tick = line.indexOf('`', at);
    if (tick === -1) break;
    const run = runLength(line, tick);
    const close = closingRun(line, tick + run, run);
    if (close === -1) break;
    out += protectText(line.slice(at, tick)) + line.slice(tick, close + run);
    at = close + run;
  }
  return out + protectText(line.slice(at));
}

export function protectWikilinks(text: string): string {
  if (!text.includes('[[')) return text;
  let fence: Fence | null = null;
  return text
    .split('\n')
    .map((line) => {
      if (fence) {
        if (closesFence(line, fence)) fence = null;
        return line;
      }
      fence = openingFence(line);
      return fence ? line : protectLine(line);
    })
    .join('\n');
}
