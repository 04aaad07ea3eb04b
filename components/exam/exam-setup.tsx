'use client';

import { useId, useState, type ReactNode } from 'react';
import type { BankEntry } from '@/lib/question-bank/bank-schema';
import { MAX_MINUTES_PER_QUESTION, MAX_SCORE, MIN_SCORE, checkSettings, defaultSettings, examPool, type ExamSettings, type SettingsProblem } from '@/lib/study/exam';
import type { TagMatch } from '@/lib/study/practice';
import type { StudyMessageKey as MessageKey } from '@/lib/study-messages';
import type { TagNamespace } from '@/lib/tags';
import { StudyMessage } from '@/components/study/study-message';
import { MatchChooser, TagChooser } from '@/components/study/tag-chooser';

/*
 * The exam's settings: which questions (a tag filter, all of the tags or any), how many,
 * minutes per question, the pass mark. The intro is said here, once, not above every question.
 */

type Fields = Record<'count' | 'minutesPerQuestion' | 'passMark', string>;

const PROBLEM_TEXT: Record<SettingsProblem, MessageKey> = { count: 'examCountProblem', minutesPerQuestion: 'examMinutesProblem', passMark: 'examPassMarkProblem' };

type Props = { bank: readonly Pick<BankEntry, 'tags'>[]; namespaces: readonly TagNamespace[]; onStart: (settings: ExamSettings) => void };

export function ExamSetup({ bank, namespaces, onStart }: Props) {
  const [tags, setTags] = useState<string[]>([]);
  const [match, setMatch] = useState<TagMatch>('all');
  const bankSize = examPool(bank, { tags, match }).length;
  const defaults = defaultSettings(bankSize);
  const [fields, setFields] = useState<Fields>({ count: String(defaults.count), minutesPerQuestion: String(defaults.minutesPerQuestion), passMark: String(defaults.passMark) });
  /** Until the student types a count, it follows the filter: the real exam's 65, or all that match. */
  const [countTyped, setCountTyped] = useState(false);
  const [problems, setProblems] = useState<SettingsProblem[]>([]);
  const count = countTyped ? fields.count : String(defaults.count);
  const values: ExamSettings = { count: Number(count), minutesPerQuestion: Number(fields.minutesPerQuestion), passMark: Number(fields.passMark), ...(tags.length > 0 ? { tags, match } : {}) };
  const minutes = Math.round(values.count * values.minutesPerQuestion * 10) / 10;

  const edit = (name: keyof Fields, value: string) => {
    if (name === 'count') setCountTyped(true);
    setFields((current) => ({ ...current, [name]: value }));
    setProblems((current) => current.filter((problem) => problem !== name));
  };
  const filter = (change: { tags?: string[]; match?: TagMatch }) => {
    if (change.tags) setTags(change.tags);
    if (change.match) setMatch(change.match);
    setProblems((current) => current.filter((problem) => problem !== 'count'));
  };

  return (
    <form
      className="exam-setup"
      data-testid="exam-setup"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkSettings(values, bankSize);
        if (checked.ok) onStart(checked.settings);
        else setProblems(checked.problems);
      }}
    >
      <h2 className="exam-setup-heading">
        <StudyMessage k="examSetupHeading" />
      </h2>
      <p className="exam-intro" data-testid="exam-intro">
        <StudyMessage k="examIntro" />
      </p>
      <div className="exam-draw">
        <TagChooser namespaces={namespaces} tags={tags} onTags={(chosen) => filter({ tags: chosen })} />
        <div className="exam-draw-side">
          <MatchChooser match={match} onMatch={(chosen) => filter({ match: chosen })} />
          <p role="status" className="exam-pool" data-testid="exam-pool" data-count={bankSize}>
            {bankSize === 0 ? <StudyMessage k="examPoolNone" /> : <StudyMessage k={bankSize === 1 ? 'practiceMatchOne' : 'practiceMatchMany'} values={{ n: bankSize }} />}
          </p>
        </div>
      </div>
      <div className="exam-fields">
        <Field name="count" label="examCountLabel" hint={<StudyMessage k="examCountHint" values={{ max: bankSize }} />} problem={problems.includes('count') ? <StudyMessage k="examCountProblem" values={{ max: bankSize }} /> : null}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={1} max={bankSize} step={1} value={count} onChange={(event) => edit('count', event.target.value)} />}
        </Field>
        <Field name="minutesPerQuestion" label="examMinutesLabel" hint={<StudyMessage k="examMinutesHint" />} problem={problems.includes('minutesPerQuestion') ? <StudyMessage k={PROBLEM_TEXT.minutesPerQuestion} /> : null}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="decimal"
              min={0.5}
              max={MAX_MINUTES_PER_QUESTION}
              step={0.5}
              value={fields.minutesPerQuestion}
              onChange={(event) => edit('minutesPerQuestion', event.target.value)}
            />
          )}
        </Field>
        <Field name="passMark" label="examPassMarkLabel" hint={<StudyMessage k="examPassMarkHint" />} problem={problems.includes('passMark') ? <StudyMessage k={PROBLEM_TEXT.passMark} /> : null}>
          {(props) => <input {...props} type="number" inputMode="numeric" min={MIN_SCORE} max={MAX_SCORE} step={10} value={fields.passMark} onChange={(event) => edit('passMark', event.target.value)} />}
        </Field>
      </div>
      <p className="exam-total" data-testid="exam-total-time">
        {Number.isFinite(minutes) && minutes > 0 ? <StudyMessage k="examTotalTime" values={{ minutes }} /> : null}
      </p>
      <button type="submit" className="button button-primary" disabled={bankSize === 0} data-testid="exam-start">
        <StudyMessage k="examStart" />
      </button>
    </form>
  );
}

type InputProps = { id: string; name: string; 'aria-describedby': string; 'aria-invalid': boolean; className: string };

function Field({ name, label, hint, problem, children }: { name: string; label: MessageKey; hint: ReactNode; problem: ReactNode; children: (props: InputProps) => ReactNode }) {
  const id = useId();
  return (
    <div className="exam-field">
      <label htmlFor={`${id}-input`} className="exam-field-label">
        <StudyMessage k={label} />
      </label>
      {children({ id: `${id}-input`, name, 'aria-describedby': `${id}-hint ${id}-problem`, 'aria-invalid': problem !== null, className: 'exam-input' })}
      <p id={`${id}-hint`} className="exam-field-hint">
        {hint}
      </p>
      <p id={`${id}-problem`} className="exam-field-problem" role="alert">
        {problem}
      </p>
    </div>
  );
}
