'use client';

import { useId, useState } from 'react';
import type { TagMatch } from '@/lib/study/practice';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { TagNamespace } from '@/lib/tags';
import { StudyMessage } from '@/components/study/study-message';

/*
 * Choosing questions by tag, as practice and the mock exam both do: the tags grouped by
 * namespace with their question counts, and whether a question needs all of them or any.
 */

type TagProps = { namespaces: readonly TagNamespace[]; tags: readonly string[]; onTags: (tags: string[]) => void };

export function TagChooser({ namespaces, tags, onTags }: TagProps) {
  const id = useId();
  // On a phone the long tag list folds away, so the other choices and the start are close by.
  const [open, setOpen] = useState(false);
  const toggle = (tag: string) => onTags(tags.includes(tag) ? tags.filter((each) => each !== tag) : [...tags, tag]);

  return (
    <fieldset className="practice-box practice-tags-box">
      <legend className="practice-legend">
        <StudyMessage k="practiceTagsLegend" />
        {tags.length > 0 ? <span className="practice-chosen"> ({tags.length})</span> : null}
      </legend>
      <button type="button" className="facets-toggle" aria-expanded={open} aria-controls={`${id}-groups`} onClick={() => setOpen((current) => !current)}>
        <StudyMessage k="practiceShowTags" />
        <span aria-hidden="true" className="facets-toggle-mark">
          {open ? '−' : '+'}
        </span>
      </button>
      <div id={`${id}-groups`} className={open ? 'practice-tag-groups' : 'practice-tag-groups practice-tag-groups-folded'}>
        <div className="practice-tags-top">
          <p className="practice-hint">
            <StudyMessage k="practiceTagsHint" />
          </p>
          {tags.length > 0 ? (
            <button type="button" className="text-button" onClick={() => onTags([])}>
              <StudyMessage k="practiceClearTags" />
            </button>
          ) : null}
        </div>
        {namespaces.map((namespace) => (
          <fieldset key={namespace.namespace} className="practice-namespace">
            <legend className="facet-namespace">{namespace.namespace}</legend>
            <ul className="practice-tag-list">
              {namespace.tags.map((tag) => (
                <li key={tag.tag}>
                  <label className="practice-tag">
                    <input type="checkbox" checked={tags.includes(tag.tag)} onChange={() => toggle(tag.tag)} data-tag={tag.tag} />
                    <span>{tag.value}</span>
                    <span className="facet-count">{tag.count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}

const MATCHES: { match: TagMatch; label: MessageKey }[] = [
  { match: 'all', label: 'practiceMatchAll' },
  { match: 'any', label: 'practiceMatchAny' },
];

export function MatchChooser({ match, onMatch }: { match: TagMatch; onMatch: (match: TagMatch) => void }) {
  const name = useId();
  return (
    <fieldset className="practice-box">
      <legend className="practice-legend">
        <StudyMessage k="practiceMatchLegend" />
      </legend>
      {MATCHES.map((each) => (
        <label key={each.match} className="practice-choice">
          <input type="radio" name={name} value={each.match} checked={match === each.match} onChange={() => onMatch(each.match)} />
          <span>
            <StudyMessage k={each.label} />
          </span>
        </label>
      ))}
    </fieldset>
  );
}
