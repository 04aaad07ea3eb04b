/*
 * Where a note's questions stand in its sections' HTML: a comment the sanitizer can never
 * let through from a note (it drops every comment), written between the rendered parts,
 * so the page puts each question's quiz back where the student wrote it.
 */

const SLOT = /<!--question:(\d+)-->/;

export function questionSlot(index: number): string {
  return `<!--question:${index}-->`;
}

export type SlotPart = { kind: 'html'; html: string } | { kind: 'question'; index: number };

export function splitSlots(html: string): SlotPart[] {
  const pieces = html.split(new RegExp(SLOT.source, 'g'));
  return pieces.flatMap((piece, at): SlotPart[] => {
    if (at % 2 === 1) return [{ kind: 'question', index: Number(piece) }];
    return piece.trim() ? [{ kind: 'html', html: piece }] : [];
  });
}
