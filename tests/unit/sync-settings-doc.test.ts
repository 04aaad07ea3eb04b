import { describe, expect, it } from 'vitest';
import { readSettingsDoc, readStampedSettings, settingsDoc, settingsMove } from '@/lib/sync/settings-doc';

/* The schedule settings as one CouchDB document: written, read back by its schema (every bad one null), and which way the newer goes. */

const settings = { retention: 0.85, learningSteps: ['15m', '1h'], maximumInterval: 90 };
const AT = '2026-12-01T09:00:00.000Z';
const doc = { _id: 'settings', _rev: '3-abc', settings, updatedAt: AT };

describe('settingsDoc', () => {
  it.each([
    ['a first write, with no revision', undefined, { _id: 'settings', settings, updatedAt: AT }],
    ['a write over the server’s revision', '3-abc', { _id: 'settings', _rev: '3-abc', settings, updatedAt: AT }],
  ])('makes %s', (_name, rev, expected) => {
    expect(settingsDoc(settings, AT, rev)).toEqual(expected);
  });
});

describe('readSettingsDoc', () => {
  it.each([
    ['the server’s document', doc, { settings, updatedAt: AT, rev: '3-abc' }],
    ['one with no revision', { _id: 'settings', settings, updatedAt: AT }, { settings, updatedAt: AT, rev: undefined }],
    ['a time without milliseconds', { ...doc, updatedAt: '2026-12-01T09:00:00Z' }, { settings, updatedAt: '2026-12-01T09:00:00Z', rev: '3-abc' }],
    ['one with fields of a later release beside', { ...doc, theme: 'dark' }, { settings, updatedAt: AT, rev: '3-abc' }],
  ])('reads %s', (_name, value, expected) => {
    expect(readSettingsDoc(value)).toEqual(expected);
  });

  it.each([
    ['not an object', 'settings'],
    ['null', null],
    ['an array', [doc]],
    ['another document', { ...doc, _id: 'attempt:a1' }],
    ['no settings', { _id: 'settings', _rev: '3-abc', updatedAt: AT }],
    ['a retention out of range', { ...doc, settings: { ...settings, retention: 0.5 } }],
    ['a step of a day', { ...doc, settings: { ...settings, learningSteps: ['24h'] } }],
    ['an interval that is no whole number', { ...doc, settings: { ...settings, maximumInterval: 1.5 } }],
    ['no updatedAt', { _id: 'settings', _rev: '3-abc', settings }],
    ['an updatedAt that is no date', { ...doc, updatedAt: 'yesterday' }],
    ['an updatedAt that is no real day', { ...doc, updatedAt: '2026-13-45T09:00:00.000Z' }],
    ['an updatedAt as a number', { ...doc, updatedAt: 1_780_000_000_000 }],
    ['a revision that is no text', { ...doc, _rev: 3 }],
  ])('gives null for %s', (_name, value) => {
    expect(readSettingsDoc(value)).toBeNull();
  });
});

describe('readStampedSettings', () => {
  it.each([
    ['the store’s record', { name: 'settings', settings, updatedAt: AT }, { settings, updatedAt: AT }],
    ['a record from before the sync, with no time', { name: 'settings', settings }, null],
    ['a record whose settings do not read', { name: 'settings', settings: { retention: 'lots' }, updatedAt: AT }, null],
    ['no record', undefined, null],
  ])('reads %s', (_name, value, expected) => {
    expect(readStampedSettings(value)).toEqual(expected);
  });
});

describe('settingsMove', () => {
  const at = (updatedAt: string) => ({ updatedAt });
  it.each([
    ['neither side has settings', null, null, 'none'],
    ['only this device has them', at(AT), null, 'push'],
    ['only the server has them', null, at(AT), 'pull'],
    ['this device’s are newer', at('2026-12-01T09:00:00.001Z'), at(AT), 'push'],
    ['the server’s are newer', at(AT), at('2026-12-02T08:00:00.000Z'), 'pull'],
    ['both are as new', at(AT), at(AT), 'none'],
    ['both are as new, written two ways', at('2026-12-01T09:00:00Z'), at(AT), 'none'],
    // As text, 'Z' sorts after '.': compared as instants, the server's are a millisecond newer.
    ['the server’s are newer, though earlier as text', at('2026-12-01T09:00:00Z'), at('2026-12-01T09:00:00.001Z'), 'pull'],
  ] as const)('%s', (_name, local, remote, move) => {
    expect(settingsMove(local, remote)).toBe(move);
  });
});
