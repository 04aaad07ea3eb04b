'use client';

import { useRef, useState, type ReactNode } from 'react';
import { Message } from '@/components/ui/message';
import { HomeMessage } from '@/components/notes/home-message';

/*
 * On a phone the notes come first and the facets wait in a sheet: a modal <dialog>, so focus
 * stays inside while it is open, Escape closes it, and focus returns to the button that
 * opened it. The chosen tags sit on top, each removable. The facets are drawn only while it
 * is open: the page's HTML carries them once, in the sidebar.
 */

type Props = { selected: string[]; remove: (tag: string) => void; children: ReactNode };

export function FilterSheet({ selected, remove, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button ref={opener} type="button" className="filter-open" aria-haspopup="dialog" onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }} data-testid="filter-open">
        <HomeMessage k="filterOpen" />
        {selected.length > 0 ? <span className="filter-open-count">{selected.length}</span> : null}
      </button>
      <dialog ref={dialog} className="filter-sheet" aria-labelledby="filter-sheet-heading" onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }} data-testid="filter-sheet">
        <div className="filter-sheet-head">
          <h2 id="filter-sheet-heading" className="filter-sheet-title">
            <Message k="filterHeading" />
          </h2>
          <button type="button" className="button button-primary" onClick={() => dialog.current?.close()} data-testid="filter-done">
            <HomeMessage k="filterDone" />
          </button>
        </div>
        <section className="filter-sheet-chosen" aria-labelledby="filter-sheet-chosen">
          <h3 id="filter-sheet-chosen" className="facet-namespace">
            <HomeMessage k="filterChosen" />
          </h3>
          {selected.length > 0 ? (
            <ul className="active-filters">
              {selected.map((tag) => (
                <li key={tag}>
                  <RemovableTag tag={tag} remove={remove} testId="sheet-active-filter" />
                </li>
              ))}
            </ul>
          ) : (
            <p className="filter-sheet-none">
              <HomeMessage k="filterNone" />
            </p>
          )}
        </section>
        {open ? children : null}
      </dialog>
    </>
  );
}

/** A chosen tag as a chip; pressing it takes the tag out of the filter. */
export function RemovableTag({ tag, remove, testId }: { tag: string; remove: (tag: string) => void; testId: string }) {
  return (
    <button type="button" className="chip" onClick={() => remove(tag)} data-testid={testId} data-tag={tag}>
      {tag} <span aria-hidden="true">×</span>
      <span className="sr-only">
        {' '}
        <HomeMessage k="removeFilter" />
      </span>
    </button>
  );
}
