import { useEffect, useRef, useState } from 'react';
import { clampCount, type PracticeFilters, type TagMatch } from '@/lib/study/practice';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { TagNamespace } from '@/lib/tags';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The setup form. Controlled by the session island, so the choices survive a session and
 * "new session" starts from them. `matches` is null until the question bank has loaded.
 */

type Props = {
  namespaces: TagNamespace[];
  filters: PracticeFilters;
  onFilters: (filters: PracticeFilters) => void;
  count: string;
  onCount: (count: string) => void;
  shuffle: boolean;
  onShuffle: (shuffle: boolean) => void;
  matches: number | null;
  failed: boolean;
  onReload: () => void;
  onStart: () => void;
  focusOnMount: boolean;
};

const HISTORY: { key: 'unanswered' | 'wrong' | 'due'; label: MessageKey }[] = [
  { key: 'unanswered', label: 'practiceOnlyUnanswered' },
  { key: 'wrong', label: 'practiceOnlyWrong' },
  { key: 'due', label: 'practiceOnlyDue' },
];

const MATCHES: { match: TagMatch; label: MessageKey }[] = [
  { match: 'all', label: 'practiceMatchAll' },
  { match: 'any', label: 'practiceMatchAny' },
];

export function PracticeSetup(props: Props) {
  const { namespaces, filters, onFilters, count, onCount, shuffle, onShuffle, matches, focusOnMount } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // On a phone the long tag list folds away, so the other choices and the start are close by.
  const [tagsOpen, setTagsOpen] = useState(false);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const toggleTag = (tag: string) =>
    onFilters({ ...filters, tags: filters.tags.includes(tag) ? filters.tags.filter((each) => each !== tag) : [...filters.tags, tag] });
  const size = matches === null ? 0 : clampCount(Number.parseInt(count, 10), matches);

  return (
    <form
      className="practice-setup"
      aria-labelledby="practice-setup-heading"
      data-testid="practice-setup"
      // The count is clamped to what matches rather than refused, so no browser validation.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onStart();
      }}
    >
      <h2 id="practice-setup-heading" ref={headingRef} tabIndex={-1} className="practice-heading">
        <StudyMessage k="practiceSetupHeading" />
      </h2>

      <fieldset className="practice-box practice-tags-box">
        <legend className="practice-legend">
          <StudyMessage k="practiceTagsLegend" />
          {filters.tags.length > 0 ? <span className="practice-chosen"> ({filters.tags.length})</span> : null}
        </legend>
        <button type="button" className="facets-toggle" aria-expanded={tagsOpen} aria-controls="practice-tag-groups" onClick={() => setTagsOpen((open) => !open)}>
          <StudyMessage k="practiceShowTags" />
          <span aria-hidden="true" className="facets-toggle-mark">
            {tagsOpen ? '−' : '+'}
          </span>
        </button>
        <div id="practice-tag-groups" className={tagsOpen ? 'practice-tag-groups' : 'practice-tag-groups practice-tag-groups-folded'}>
          <div className="practice-tags-top">
            <p className="practice-hint">
              <StudyMessage k="practiceTagsHint" />
            </p>
            {filters.tags.length > 0 ? (
              <button type="button" className="text-button" onClick={() => onFilters({ ...filters, tags: [] })}>
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
                      <input type="checkbox" checked={filters.tags.includes(tag.tag)} onChange={() => toggleTag(tag.tag)} data-tag={tag.tag} />
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

      <div className="practice-side">
        <fieldset className="practice-box">
          <legend className="practice-legend">
            <StudyMessage k="practiceMatchLegend" />
          </legend>
          {MATCHES.map(({ match, label }) => (
            <label key={match} className="practice-choice">
              <input type="radio" name="practice-match" value={match} checked={filters.match === match} onChange={() => onFilters({ ...filters, match })} />
              <span>
                <StudyMessage k={label} />
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset className="practice-box">
          <legend className="practice-legend">
            <StudyMessage k="practiceHistoryLegend" />
          </legend>
          {HISTORY.map(({ key, label }) => (
            <label key={key} className="practice-choice">
              <input type="checkbox" checked={filters[key]} onChange={() => onFilters({ ...filters, [key]: !filters[key] })} data-filter={key} />
              <span>
                <StudyMessage k={label} />
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset className="practice-box">
          <legend className="practice-legend">
            <StudyMessage k="practiceOptionsLegend" />
          </legend>
          <label className="practice-count">
            <span>
              <StudyMessage k="practiceCountLabel" />
            </span>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={matches && matches > 0 ? matches : undefined}
              value={count}
              onChange={(event) => onCount(event.target.value)}
              aria-describedby="practice-count-max"
              data-testid="practice-count"
            />
            <span id="practice-count-max" className="practice-hint">
              {matches ? <StudyMessage k="practiceCountMax" values={{ n: matches }} /> : null}
            </span>
          </label>
          <label className="practice-choice">
            <input type="checkbox" checked={shuffle} onChange={() => onShuffle(!shuffle)} data-testid="practice-shuffle" />
            <span>
              <StudyMessage k="practiceShuffle" />
            </span>
          </label>
        </fieldset>

        <div className="practice-start">
          <p role="status" className="practice-match" data-testid="practice-match-count" data-count={matches ?? ''}>
            {props.failed ? (
              <StudyMessage k="practiceBankFailed" />
            ) : matches === null ? (
              <StudyMessage k="loadingQuestions" />
            ) : matches === 0 ? (
              <StudyMessage k="practiceNoMatch" />
            ) : (
              <StudyMessage k={matches === 1 ? 'practiceMatchOne' : 'practiceMatchMany'} values={{ n: matches }} />
            )}
          </p>
          {props.failed ? (
            <button type="button" className="button" onClick={props.onReload}>
              <StudyMessage k="practiceTryAgain" />
            </button>
          ) : (
            <button type="submit" className="button button-primary" disabled={size === 0} data-testid="practice-start">
              {size > 0 ? <StudyMessage k={size === 1 ? 'practiceStartOne' : 'practiceStartMany'} values={{ n: size }} /> : <StudyMessage k="practiceStartNone" />}
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
