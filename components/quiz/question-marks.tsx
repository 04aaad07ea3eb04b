'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Mark, MarkKind } from '@/lib/study/log';
import { NOTE_MAX, noteFits } from '@/lib/study/mark-limits';
import { newId } from '@/lib/study/record-id';
import { loadStore, useStudyState } from '@/components/study/progress-client';
import { MarksText } from '@/components/quiz/marks-text';
import { QuestionHistory } from '@/components/quiz/question-history';

/*
 * The student's own marks on a question, wherever it shows (a note's quiz, practice,
 * review, a mock exam): a flag, a personal note, a suspension from review, and the
 * question's whole history. Each change is a record in the study log, so marks survive a
 * reload, travel in an export and merge like answers.
 */

export type QuestionMarksProps = {
  questionId: string;
  /** Whether this view has shown the answer: the history shows past picks, so before that it stays closed. */
  answerShown: boolean;
};

type Panel = 'none' | 'note' | 'history';

function record(questionId: string, kind: MarkKind, text?: string): Mark {
  const now = new Date();
  return { id: newId(now), questionId, kind, at: now.toISOString(), ...(text === undefined ? {} : { text }) };
}

function save(mark: Mark): Promise<unknown> {
  // A refused write stays in the store's memory and is told by its notice: nothing to do here.
  return loadStore()
    .then((store) => store.recordMark(mark))
    .catch(() => undefined);
}

export function QuestionMarks({ questionId, answerShown }: QuestionMarksProps) {
  const id = useId();
  const study = useStudyState();
  const ready = study?.status === 'ready';
  const marks = study?.marks.get(questionId);
  const flagged = marks?.flagged ?? false;
  const suspended = marks?.suspended ?? false;
  const note = marks?.note ?? '';
  const [panel, setPanel] = useState<Panel>('none');
  const noteButton = useRef<HTMLButtonElement>(null);
  // A toggle reads the state shown, which changes once its write lands: a second click before that would write the same toggle again.
  const writing = useRef(new Set<'flag' | 'suspend'>());
  const toggleMark = (kind: MarkKind, aspect: 'flag' | 'suspend') => {
    if (writing.current.has(aspect)) return;
    writing.current.add(aspect);
    void save(record(questionId, kind)).finally(() => writing.current.delete(aspect));
  };

  const toggle = (which: Panel) => setPanel((current) => (current === which ? 'none' : which));
  const closeNote = () => {
    setPanel('none');
    requestAnimationFrame(() => noteButton.current?.focus());
  };

  return (
    <div
      className="marks"
      data-testid="question-marks"
      data-question-id={questionId}
      data-flagged={flagged}
      data-suspended={suspended}
      // Keys typed here are the toolbar's: the quiz around it would take letters as picks, Enter as submit and digits as ratings.
      data-own-keys
      onKeyDown={(event) => event.stopPropagation()}
    >
      {note !== '' && panel !== 'note' ? (
        <div className="marks-note" data-testid="marks-note-text">
          <span className="marks-note-label">
            <MarksText k="marksNoteHeading" />
          </span>
          <p className="marks-note-body">{note}</p>
        </div>
      ) : null}
      {suspended ? (
        <p className="marks-suspended" data-testid="marks-suspended">
          <MarksText k="marksSuspended" />
        </p>
      ) : null}
      <div role="group" aria-labelledby={`${id}-label`} className="marks-bar">
        <span id={`${id}-label`} className="sr-only">
          <MarksText k="marksToolbar" />
        </span>
        <button type="button" className="marks-button" aria-pressed={flagged} disabled={!ready} onClick={() => toggleMark(flagged ? 'unflag' : 'flag', 'flag')} data-testid="marks-flag">
          <span aria-hidden="true" className="marks-icon">
            {flagged ? '★' : '☆'}
          </span>
          <MarksText k="marksFlag" />
        </button>
        <button
          ref={noteButton}
          type="button"
          className="marks-button"
          aria-expanded={panel === 'note'}
          aria-controls={`${id}-note`}
          disabled={!ready}
          onClick={() => toggle('note')}
          data-testid="marks-note"
        >
          <span aria-hidden="true" className="marks-icon">
            ✎
          </span>
          <MarksText k="marksNote" />
        </button>
        <button type="button" className="marks-button" aria-pressed={suspended} disabled={!ready} onClick={() => toggleMark(suspended ? 'unsuspend' : 'suspend', 'suspend')} data-testid="marks-suspend">
          <span aria-hidden="true" className="marks-icon">
            ⊘
          </span>
          <MarksText k="marksSuspend" />
        </button>
        {answerShown ? (
          <button type="button" className="marks-button" aria-expanded={panel === 'history'} aria-controls={`${id}-history`} onClick={() => toggle('history')} data-testid="marks-history">
            <span aria-hidden="true" className="marks-icon">
              ↺
            </span>
            <MarksText k="marksHistory" />
          </button>
        ) : null}
      </div>
      <div id={`${id}-note`} hidden={panel !== 'note'}>
        {panel === 'note' ? (
          <NoteEditor
            note={note}
            onSave={(text) => {
              if (text !== note) void save(record(questionId, 'note', text));
              closeNote();
            }}
            onCancel={closeNote}
          />
        ) : null}
      </div>
      <div id={`${id}-history`} hidden={panel !== 'history' || !answerShown}>
        {panel === 'history' && answerShown ? <QuestionHistory questionId={questionId} /> : null}
      </div>
    </div>
  );
}

function NoteEditor({ note, onSave, onCancel }: { note: string; onSave: (text: string) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState(note);
  const [problem, setProblem] = useState(false);

  const submit = (text: string) => {
    const trimmed = text.trim();
    // The same check as an import's: a note the log would refuse is never written.
    if (!noteFits(trimmed)) {
      setProblem(true);
      return;
    }
    onSave(trimmed);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit(draft);
    }
  };

  return (
    <div className="marks-editor" data-testid="marks-editor">
      <label htmlFor={`${id}-text`} className="marks-editor-label">
        <MarksText k="marksNoteLabel" />
      </label>
      <textarea
        id={`${id}-text`}
        className="marks-textarea"
        rows={3}
        value={draft}
        maxLength={NOTE_MAX}
        // The editor opens on the student's click: the field is what they came for.
        autoFocus
        aria-describedby={`${id}-hint ${id}-count`}
        aria-invalid={problem}
        onChange={(event) => {
          setDraft(event.target.value);
          setProblem(false);
        }}
        onKeyDown={onKeyDown}
        data-testid="marks-textarea"
      />
      <p className="marks-hint">
        <span id={`${id}-hint`}>
          <MarksText k="marksNoteHint" values={{ max: NOTE_MAX.toLocaleString('en-US') }} />
        </span>{' '}
        <span id={`${id}-count`} className="marks-count">
          <MarksText k="marksNoteCount" values={{ n: draft.length.toLocaleString('en-US'), max: NOTE_MAX.toLocaleString('en-US') }} />
        </span>
      </p>
      {problem ? (
        <p role="alert" className="text-bad marks-hint">
          <MarksText k="marksNoteTooLong" values={{ max: NOTE_MAX.toLocaleString('en-US') }} />
        </p>
      ) : null}
      <div className="marks-editor-actions">
        <button type="button" className="button button-primary" onClick={() => submit(draft)} data-testid="marks-save">
          <MarksText k="marksSave" />
        </button>
        <button type="button" className="button" onClick={onCancel} data-testid="marks-cancel">
          <MarksText k="marksCancel" />
        </button>
        {note !== '' ? (
          <button type="button" className="text-button" onClick={() => onSave('')} data-testid="marks-delete-note">
            <MarksText k="marksDeleteNote" />
          </button>
        ) : null}
      </div>
    </div>
  );
}
