import type { Callout, Options } from '@r4ai/remark-callout';

/*
 * Render stage, callouts: `> [!type]- title` blockquotes, parsed by @r4ai/remark-callout.
 * A foldable one (`+` or `-`) is a <details> element, so it opens and closes without
 * JavaScript, by click and by keyboard. Obsidian's aliases name its twelve types; a type
 * it does not know is shown as a note, as Obsidian does.
 */

const TYPES: Record<string, string> = {
  note: 'note',
  abstract: 'abstract',
  summary: 'abstract',
  tldr: 'abstract',
  info: 'info',
  todo: 'todo',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'success',
  check: 'success',
  done: 'success',
  question: 'question',
  help: 'question',
  faq: 'question',
  warning: 'warning',
  caution: 'warning',
  attention: 'warning',
  failure: 'failure',
  fail: 'failure',
  missing: 'failure',
  danger: 'danger',
  error: 'danger',
  bug: 'bug',
  example: 'example',
  quote: 'quote',
  cite: 'quote',
};

/** The callout type Obsidian draws for what a note wrote (`[!FAQ]` is a question). */
export function calloutType(written: string): string {
  return TYPES[written.trim().toLowerCase()] ?? 'note';
}

/** @r4ai/remark-callout's options: the elements and classes the sanitize schema lets through. */
export const calloutOptions: Options = {
  root: (callout: Callout) => ({
    tagName: callout.isFoldable ? 'details' : 'div',
    properties: {
      className: ['callout'],
      dataCallout: calloutType(callout.type),
      open: callout.isFoldable ? callout.defaultFolded === false : undefined,
    },
  }),
  title: (callout: Callout) => ({ tagName: callout.isFoldable ? 'summary' : 'div', properties: { className: ['callout-title'] } }),
  body: () => ({ tagName: 'div', properties: { className: ['callout-body'] } }),
};
