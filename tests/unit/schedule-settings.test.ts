import { describe, expect, it } from 'vitest';
import type { Rating } from '@/lib/study/log';
import { previewRatings, replayCard, type ScheduleStep } from '@/lib/study/schedule';
import { DEFAULT_SETTINGS, parseSettingsForm, readSettings, scheduleSettingsSchema, settingsToForm, stepMinutes, type ScheduleSettings, type SettingsField, type SettingsForm } from '@/lib/study/schedule-settings';

/*
 * The schedule settings: what the schema accepts, what the form turns into, the defaults,
 * and what each setting does to the intervals a student sees.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T = '2026-06-10T09:00:00.000Z';
const at = (days: number) => new Date(Date.parse(T) + days * DAY).toISOString();
const step = (when: string, correct: boolean, rating?: Rating): ScheduleStep => ({ attempt: { at: when, correct, revealed: false }, rating });

const settings = (change: Partial<ScheduleSettings>): ScheduleSettings => ({ ...DEFAULT_SETTINGS, ...change });

describe('the settings schema', () => {
  it.each<[string, unknown, boolean]>([
    ['the defaults', DEFAULT_SETTINGS, true],
    ['no learning steps (FSRS decides)', settings({ learningSteps: [] }), true],
    ['steps in minutes and hours', settings({ learningSteps: ['1m', '30m', '2h'] }), true],
    ['retention at its lowest', settings({ retention: 0.7 }), true],
    ['retention at its highest', settings({ retention: 0.97 }), true],
    ['retention too low', settings({ retention: 0.69 }), false],
    ['retention of 100 %', settings({ retention: 1 }), false],
    ['a one-day maximum interval', settings({ maximumInterval: 1 }), true],
    ['a zero maximum interval', settings({ maximumInterval: 0 }), false],
    ['a fractional maximum interval', settings({ maximumInterval: 1.5 }), false],
    ['a maximum interval past a century', settings({ maximumInterval: 36501 }), false],
    ['a step in days', settings({ learningSteps: ['1d'] }), false],
    ['a step of a whole day in hours', settings({ learningSteps: ['24h'] }), false],
    ['a step of zero minutes', settings({ learningSteps: ['0m'] }), false],
    ['a step without a unit', settings({ learningSteps: ['10'] }), false],
    ['six steps', settings({ learningSteps: ['1m', '2m', '3m', '4m', '5m', '6m'] }), false],
    ['a missing field', { retention: 0.9, learningSteps: ['10m'] }, false],
    ['not an object', 'fast', false],
  ])('%s: valid %s', (_case, value, valid) => {
    expect(scheduleSettingsSchema.safeParse(value).success).toBe(valid);
  });
});

describe('the defaults', () => {
  it('are one 10-minute step, 90 % retention and at most 180 days', () => {
    expect(DEFAULT_SETTINGS).toEqual({ retention: 0.9, learningSteps: ['10m'], maximumInterval: 180 });
  });

  it.each<[string, unknown]>([
    ['nothing saved', undefined],
    ['a damaged record', { retention: 'high' }],
    ['null', null],
  ])('stand when the saved settings are %s', (_case, value) => {
    expect(readSettings(value)).toEqual(DEFAULT_SETTINGS);
  });

  it('give way to valid saved settings', () => {
    const saved = { retention: 0.85, learningSteps: ['5m', '1h'], maximumInterval: 60 };
    expect(readSettings(saved)).toEqual(saved);
  });
});

describe('the settings form', () => {
  const form = (change: Partial<SettingsForm>): SettingsForm => ({ retention: '90', learningSteps: '10m', maximumInterval: '180', ...change });

  it('shows the defaults as text', () => {
    expect(settingsToForm(DEFAULT_SETTINGS)).toEqual({ retention: '90', learningSteps: '10m', maximumInterval: '180' });
  });

  it.each<[string, SettingsForm, ScheduleSettings]>([
    ['the defaults', form({}), DEFAULT_SETTINGS],
    ['percent to a fraction', form({ retention: '85' }), settings({ retention: 0.85 })],
    ['steps split on spaces and commas', form({ learningSteps: ' 1m, 10M  1h ' }), settings({ learningSteps: ['1m', '10m', '1h'] })],
    ['no steps', form({ learningSteps: '  ' }), settings({ learningSteps: [] })],
    ['a shorter maximum', form({ maximumInterval: '30' }), settings({ maximumInterval: 30 })],
  ])('reads %s', (_case, value, expected) => {
    expect(parseSettingsForm(value)).toEqual({ ok: true, settings: expected });
  });

  it.each<[string, SettingsForm, SettingsField[]]>([
    ['an empty retention', form({ retention: '' }), ['retention']],
    ['a retention given as a fraction', form({ retention: '0.9' }), ['retention']],
    ['a retention of 99 %', form({ retention: '99' }), ['retention']],
    ['words for a retention', form({ retention: 'high' }), ['retention']],
    ['a step in days', form({ learningSteps: '10m 1d' }), ['learningSteps']],
    ['a step without a unit', form({ learningSteps: '10' }), ['learningSteps']],
    ['an empty maximum', form({ maximumInterval: '' }), ['maximumInterval']],
    ['a negative maximum', form({ maximumInterval: '-5' }), ['maximumInterval']],
    ['every field wrong', { retention: 'x', learningSteps: 'soon', maximumInterval: '0' }, ['retention', 'learningSteps', 'maximumInterval']],
  ])('refuses %s, naming the field', (_case, value, fields) => {
    expect(parseSettingsForm(value)).toEqual({ ok: false, fields });
  });

  it.each<[string, number]>([
    ['10m', 10],
    ['2h', 120],
    ['1d', Number.NaN],
    ['m', Number.NaN],
  ])('step %s lasts %s minutes', (value, minutes) => {
    expect(stepMinutes(value)).toBe(minutes);
  });
});

describe('how the settings change the intervals', () => {
  const dueAfter = (steps: ScheduleStep[], chosen: ScheduleSettings) => {
    const result = replayCard(steps, chosen);
    if (!result) throw new Error('no card');
    return result.card.due.getTime() - Date.parse(steps.at(-1)?.attempt.at ?? T);
  };

  it('with the defaults a first clean "good" leaves for days, a wrong answer comes back in 10 minutes', () => {
    expect(dueAfter([step(T, true, 'good')], DEFAULT_SETTINGS)).toBeGreaterThanOrEqual(DAY);
    expect(dueAfter([step(T, false)], DEFAULT_SETTINGS)).toBe(10 * MINUTE);
  });

  it('FSRS’s own steps (1m 10m) would bring a first "good" back the same day', () => {
    expect(dueAfter([step(T, true, 'good')], settings({ learningSteps: ['1m', '10m'] }))).toBe(10 * MINUTE);
  });

  it.each<[string, ScheduleSettings, number]>([
    ['a 30-minute first step', settings({ learningSteps: ['30m'] }), 30 * MINUTE],
    ['a 1-hour first step', settings({ learningSteps: ['1h', '4h'] }), 60 * MINUTE],
  ])('a wrong answer comes back after the first step: %s', (_case, chosen, gap) => {
    expect(dueAfter([step(T, false)], chosen)).toBe(gap);
  });

  it('the maximum interval caps a well-known question', () => {
    const known = [step(at(0), true, 'easy'), step(at(20), true, 'easy'), step(at(120), true, 'easy')];
    // ts-fsrs alone keeps "easy" a day past "good" and may pass the cap; the schedule never does.
    expect(dueAfter(known, settings({ maximumInterval: 30 }))).toBe(30 * DAY);
    expect(dueAfter(known, DEFAULT_SETTINGS)).toBeGreaterThan(60 * DAY);
  });

  it('a higher retention brings a known question back sooner', () => {
    const known = [step(at(0), true, 'good'), step(at(5), true, 'good')];
    expect(dueAfter(known, settings({ retention: 0.95 }))).toBeLessThan(dueAfter(known, settings({ retention: 0.8 })));
  });
});

describe('previewing the ratings of a clean right answer', () => {
  it('shows what each rating would give, the same as rating it', () => {
    const earlier = [step(at(0), false)];
    const preview = previewRatings([...earlier, step(at(1), true)]);
    for (const rating of ['again', 'hard', 'good', 'easy'] as const) expect(preview?.[rating]).toBe(dueAfter([...earlier, step(at(1), true, rating)]));
  });

  it('a first answer: again 10 minutes, hard 15 minutes, good and easy in days, easy the longest', () => {
    const preview = previewRatings([step(T, true)]);
    expect(preview?.again).toBe(10 * MINUTE);
    expect(preview?.hard).toBe(15 * MINUTE);
    expect(preview?.good).toBeGreaterThanOrEqual(DAY);
    expect(preview?.easy).toBeGreaterThan(preview?.good ?? Number.POSITIVE_INFINITY);
  });

  it.each<[string, ScheduleStep[]]>([
    ['no answer', []],
    ['a wrong answer', [step(T, false)]],
    ['an answer after the key was shown', [{ attempt: { at: T, correct: true, revealed: true }, rating: undefined }]],
  ])('has nothing to show for %s', (_case, steps) => {
    expect(previewRatings(steps)).toBeNull();
  });

  function dueAfter(steps: ScheduleStep[]) {
    const result = replayCard(steps);
    if (!result) throw new Error('no card');
    return result.card.due.getTime() - Date.parse(steps.at(-1)?.attempt.at ?? T);
  }
});
