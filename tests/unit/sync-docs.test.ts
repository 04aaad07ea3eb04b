import { describe, expect, it } from 'vitest';
import { recordDocs, recordsFromDocs } from '@/lib/sync/sync-docs';
import type { LogRecords } from '@/lib/study/transfer';

/* The study log as CouchDB documents: one per record, ids by kind, and back, every bad document told and none fatal. */

const attempt = { id: 'a1', questionId: 'glue-q1', fingerprint: 'f1', chosen: ['A'], correct: true, at: '2026-12-01T09:00:00.000Z', mode: 'note' as const, revealed: false };
const rating = { id: 'r1', attemptId: 'a1', questionId: 'glue-q1', rating: 'good' as const, at: '2026-12-01T09:00:05.000Z' };
const session = { id: 's1', mode: 'practice' as const, startedAt: '2026-12-01T09:00:00.000Z', endedAt: '2026-12-01T09:10:00.000Z', questionIds: ['glue-q1'], correct: 1, total: 1 };
const mark = { id: 'm1', questionId: 'glue-q1', kind: 'note' as const, text: '크롤러는 스키마만', at: '2026-12-01T09:11:00.000Z' };
const all: LogRecords = { attempts: [attempt], ratings: [rating], sessions: [session], marks: [mark] };
const none: LogRecords = { attempts: [], ratings: [], sessions: [], marks: [] };

describe('recordDocs', () => {
  it('makes one document per record, its id the kind and the record id', () => {
    expect(recordDocs(all)).toEqual([
      { _id: 'attempt:a1', record: attempt },
      { _id: 'rating:r1', record: rating },
      { _id: 'session:s1', record: session },
      { _id: 'mark:m1', record: mark },
    ]);
  });

  it('makes none of an empty log', () => {
    expect(recordDocs(none)).toEqual([]);
  });
});

describe('recordsFromDocs', () => {
  it('reads back what recordDocs wrote, with the server’s _rev beside it', () => {
    const pulled = [
      { _id: 'attempt:a1', _rev: '1-x', record: attempt },
      { _id: 'rating:r1', _rev: '1-x', record: rating },
      { _id: 'session:s1', _rev: '1-x', record: session },
      { _id: 'mark:m1', _rev: '1-x', record: mark },
    ];
    expect(recordsFromDocs(pulled)).toEqual({ records: all, problems: [] });
  });

  it.each([
    ['a design document', { _id: '_design/app', views: {} }],
    ['a deletion', { _id: 'attempt:a1', _deleted: true }],
    ['the settings document', { _id: 'settings', settings: {}, updatedAt: '2026-12-01T09:00:00.000Z' }],
  ])('passes over %s: it is no record', (_name, doc) => {
    expect(recordsFromDocs([doc])).toEqual({ records: none, problems: [] });
  });

  it.each([
    ['not an object', 'attempt:a1', '?', 'not a document'],
    ['no id', { record: attempt }, '?', 'not a document'],
    ['an unknown kind', { _id: 'card:1', record: attempt }, 'card:1', 'unknown kind of record'],
    ['an id with no kind', { _id: 'a1', record: attempt }, 'a1', 'unknown kind of record'],
    ['no record', { _id: 'attempt:a1' }, 'attempt:a1', 'record: '],
    ['a record missing a field', { _id: 'attempt:a1', record: { ...attempt, correct: undefined } }, 'attempt:a1', 'correct: '],
    ['a rating with an unknown grade', { _id: 'rating:r1', record: { ...rating, rating: 'perfect' } }, 'rating:r1', 'rating: '],
    ['a mark note over 2,000 characters', { _id: 'mark:m1', record: { ...mark, text: 'x'.repeat(2001) } }, 'mark:m1', 'text: '],
    ['a record under another record’s id', { _id: 'attempt:a2', record: attempt }, 'attempt:a2', 'the record’s id is not the document’s'],
    ['a record of another kind', { _id: 'attempt:r1', record: rating }, 'attempt:r1', 'fingerprint: '],
  ])('tells of %s and keeps reading', (_name, bad, id, problem) => {
    const { records, problems } = recordsFromDocs([bad, { _id: 'mark:m1', record: mark }]);
    expect(records).toEqual({ ...none, marks: [mark] });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.id).toBe(id);
    expect(problems[0]?.problem.startsWith(problem)).toBe(true);
  });
});
