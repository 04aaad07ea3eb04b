/*
 * Practice and review show one question a page, and its keys work wherever the focus is:
 * the moment it appears, and after a reload, while the focus rests on its heading for
 * screen readers. Small and apart, since the quiz on every note page loads it.
 */

/** Whether a key pressed outside `own` is the page's one question's to take: not one a field, button or link of the page takes. */
export function isPageKey(event: Pick<KeyboardEvent, 'defaultPrevented' | 'target'>, own: Element | null): boolean {
  const target = event.target;
  if (event.defaultPrevented || (target instanceof Node && own?.contains(target))) return false;
  return !(target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A|SUMMARY)$/.test(target.tagName)));
}

/**
 * Whether a key was pressed inside an element marked `data-own-keys` (the marks toolbar
 * and its note editor), whose keys are its own within a quiz that reads keys: a digit
 * typed in a note is text, never a rating.
 */
export function inOwnKeys(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[data-own-keys]') !== null;
}
