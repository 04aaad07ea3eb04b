'use client';

import { useId, useRef, useState, type FormEvent } from 'react';
import type { StudyMessageKey } from '@/lib/study-messages';
import { DEFAULT_SETTINGS, parseSettingsForm, settingsToForm, type ScheduleSettings, type SettingsField, type SettingsForm } from '@/lib/study/schedule-settings';
import { studyStore } from '@/components/study/progress-store';
import { StudyMessage } from '@/components/study/study-message';

/*
 * The schedule settings, in a fold under the review list: validated as typed values, each
 * bad field marked and explained, and on save every summary is rebuilt so the due dates
 * follow at once.
 */

const FIELDS: { field: SettingsField; label: StudyMessageKey; help: StudyMessageKey; error: StudyMessageKey; inputMode: 'numeric' | 'text' }[] = [
  { field: 'retention', label: 'settingsRetention', help: 'settingsRetentionHelp', error: 'settingsRetentionError', inputMode: 'numeric' },
  { field: 'learningSteps', label: 'settingsSteps', help: 'settingsStepsHelp', error: 'settingsStepsError', inputMode: 'text' },
  { field: 'maximumInterval', label: 'settingsMaxInterval', help: 'settingsMaxIntervalHelp', error: 'settingsMaxIntervalError', inputMode: 'numeric' },
];

type Status = { kind: 'idle' } | { kind: 'invalid'; fields: SettingsField[] } | { kind: 'saving' } | { kind: 'saved' };

export function ReviewSettings({ settings }: { settings: ScheduleSettings }) {
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(settings));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();
  const invalid = status.kind === 'invalid' ? status.fields : [];

  const save = async (next: SettingsForm) => {
    const parsed = parseSettingsForm(next);
    if (!parsed.ok) {
      setStatus({ kind: 'invalid', fields: parsed.fields });
      // The first bad field takes the focus, so its message is read out with it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setStatus({ kind: 'saving' });
    await studyStore().saveSettings(parsed.settings);
    setForm(settingsToForm(parsed.settings));
    setStatus({ kind: 'saved' });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(form);
  };

  return (
    <details className="review-settings" data-testid="review-settings">
      <summary className="review-settings-summary">
        <StudyMessage k="settingsHeading" />
      </summary>
      <form ref={formRef} className="review-settings-form" onSubmit={onSubmit} noValidate aria-describedby={`${id}-intro`}>
        <p id={`${id}-intro`} className="review-hint">
          <StudyMessage k="settingsIntro" />
        </p>
        {FIELDS.map(({ field, label, help, error, inputMode }) => {
          const bad = invalid.includes(field);
          return (
            <div key={field} className="review-settings-field">
              <label htmlFor={`${id}-${field}`} className="review-settings-label">
                <StudyMessage k={label} />
              </label>
              <input
                id={`${id}-${field}`}
                name={field}
                className="review-settings-input"
                inputMode={inputMode}
                autoComplete="off"
                spellCheck={false}
                value={form[field]}
                onChange={(event) => setForm({ ...form, [field]: event.target.value })}
                aria-invalid={bad}
                aria-describedby={`${id}-${field}-help${bad ? ` ${id}-${field}-error` : ''}`}
                data-testid={`settings-${field}`}
              />
              <p id={`${id}-${field}-help`} className="review-settings-help">
                <StudyMessage k={help} />
              </p>
              {bad ? (
                <p id={`${id}-${field}-error`} className="review-settings-error" data-testid={`settings-${field}-error`}>
                  <StudyMessage k={error} />
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="review-settings-actions">
          <button type="submit" className="button button-primary" disabled={status.kind === 'saving'} data-testid="settings-save">
            <StudyMessage k="settingsSave" />
          </button>
          <button type="button" className="button" disabled={status.kind === 'saving'} onClick={() => void save(settingsToForm(DEFAULT_SETTINGS))} data-testid="settings-defaults">
            <StudyMessage k="settingsDefaults" />
          </button>
        </div>
        <p role="status" className="review-settings-status" data-testid="settings-status" data-status={status.kind}>
          {status.kind === 'saving' ? <StudyMessage k="settingsSaving" /> : status.kind === 'saved' ? <StudyMessage k="settingsSaved" /> : status.kind === 'invalid' ? <StudyMessage k="settingsInvalid" /> : null}
        </p>
      </form>
    </details>
  );
}
