/*
 * Static data too big for one download is cut into parts of at most so many bytes of JSON
 * (the note list, the search index): each part downloads and parses on its own, and a
 * change to a few notes leaves most parts' bytes as they were.
 */

const encoder = new TextEncoder();

/** Bytes of a value's JSON, as a part's file holds it, with the comma before it. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length + 1;
}

/**
 * `items` in order, cut where the next item would take a part over `partBytes`; an item
 * larger than that is a part of its own. Always at least one part (empty for no items).
 */
export function cutByBytes<T>(items: readonly T[], partBytes: number, bytesOf: (item: T) => number = jsonBytes): T[][] {
  const parts: T[][] = [[]];
  let bytes = 0;
  for (const item of items) {
    const size = bytesOf(item);
    const last = parts[parts.length - 1];
    if (last && last.length > 0 && bytes + size > partBytes) {
      parts.push([item]);
      bytes = size;
    } else {
      last?.push(item);
      bytes += size;
    }
  }
  return parts;
}
