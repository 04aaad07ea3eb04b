import { useEffect, useRef } from 'react';
import { clampCount, type PracticeFilters } from '@/lib/study/practice';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { TagNamespace } from '@/lib/tags';
import { StudyMessage } from '@/components/study/study-message';
import { PracticeSourceChooser } from '@/components/practice/practice-source';
import { MatchChooser, TagChooser } from '@/components/study/tag-chooser';

/*
 * The setup form. Controlled by the session island, so the choices survive a session and
 * "new session" starts from them. `matches` is null until the question bank has loaded.
 */

type Props = {
  namespaces: TagNamespace[];
  /** The title of the one note a link narrowed practice to, or null. */
  note: string | null;
  onAllNotes: () => void;
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

export function PracticeSetup(props: Props) {
  const { namespaces, filters, onFilters, count, onCount, shuffle, onShuffle, matches, focusOnMount } = props;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

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

      {props.note ? (
        <p className="practice-box practice-scope" data-testid="practice-note-scope">
          <span>
            <StudyMessage k="practiceNoteScope" />: <strong>{props.note}</strong>
          </span>
          <button type="button" className="text-button" onClick={props.onAllNotes} data-testid="practice-all-notes">
            <StudyMessage k="practiceAllNotes" />
          </button>
        </p>
      ) : null}
      {filters.tags.length > 0 ? (
        <p className="practice-scope" data-testid="practice-chosen-tags">
          <span>
            <StudyMessage k="practiceChosenTags" />:
          </span>
          {filters.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      ) : null}

      <TagChooser namespaces={namespaces} tags={filters.tags} onTags={(tags) => onFilters({ ...filters, tags })} />

      <div className="practice-side">
        <MatchChooser match={filters.match} onMatch={(match) => onFilters({ ...filters, match })} />
        <PracticeSourceChooser source={filters.source} onSource={(source) => onFilters({ ...filters, source })} />

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
