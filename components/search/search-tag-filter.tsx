'use client';

import { useState } from 'react';
import { SearchMessage } from '@/components/search/search-message';

/*
 * Tags of the search results as toggles (a result must have every chosen tag), the most
 * common first and the rest behind a button, so results are not pushed off a small screen.
 */

type Props = { tags: readonly [string, number][]; chosen: readonly string[]; shownAtFirst: number; onToggle: (tag: string) => void; onClear: () => void };

export function TagFilter({ tags, chosen, shownAtFirst, onToggle, onClear }: Props) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? tags : tags.filter(([tag], at) => at < shownAtFirst || chosen.includes(tag));
  const hidden = tags.length - shown.length;
  return (
    <fieldset className="search-tags">
      <legend>
        <SearchMessage k="searchTagFilter" />
      </legend>
      <div className="search-tag-list">
        {shown.map(([tag, count]) => (
          <button key={tag} type="button" className="search-tag" aria-pressed={chosen.includes(tag)} onClick={() => onToggle(tag)}>
            {tag} <span className="search-tag-count">{count}</span>
          </button>
        ))}
        {hidden > 0 || expanded ? (
          <button type="button" className="text-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
            {expanded ? <SearchMessage k="searchFewerTags" /> : <SearchMessage k={hidden === 1 ? 'searchMoreTagsOne' : 'searchMoreTags'} values={{ count: hidden }} />}
          </button>
        ) : null}
        {chosen.length > 0 ? (
          <button type="button" className="text-button" onClick={onClear}>
            <SearchMessage k="searchClearTags" />
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}

export const toggled = (chosen: readonly string[], tag: string) => (chosen.includes(tag) ? chosen.filter((each) => each !== tag) : [...chosen, tag]);
