import { describe, expect, it } from 'vitest';
import { changesPage, docsFound, pushOutcome, replyError, serverAddress, sessionName, userDatabase } from '@/lib/sync/couch-replies';

/* CouchDB's replies as the sync client reads them, from the documented shapes and PouchDB Server's variants. */

describe('userDatabase', () => {
  it.each([
    ['alice', 'userdb-616c696365'],
    ['김', 'userdb-eab980'],
    ['a.b-c', 'userdb-612e622d63'],
  ])('%s → %s', (name, database) => {
    expect(userDatabase(name)).toBe(database);
  });
});

describe('serverAddress', () => {
  it.each([
    ['https://couch.example.com', 'https://couch.example.com/'],
    ['  https://example.com/couch/ ', 'https://example.com/couch/'],
    ['https://example.com/couch', 'https://example.com/couch/'],
    ['http://localhost:5984', 'http://localhost:5984/'],
    ['http://127.0.0.1:5984/', 'http://127.0.0.1:5984/'],
  ])('takes %s as %s', (text, url) => {
    expect(serverAddress(text)).toEqual({ ok: true, url });
  });

  it.each([
    ['http://couch.example.com', 'not-https'],
    ['http://192.168.0.10:5984', 'not-https'],
    ['couch.example.com', 'not-a-url'],
    ['', 'not-a-url'],
    ['ftp://example.com', 'not-a-url'],
    ['https://alice:pw@example.com', 'not-a-url'],
    ['https://example.com/?db=x', 'not-a-url'],
  ])('refuses %s: %s', (text, problem) => {
    expect(serverAddress(text)).toEqual({ ok: false, problem });
  });
});

describe('sessionName', () => {
  it.each([
    ['signed in', { ok: true, userCtx: { name: 'alice', roles: [] }, info: {} }, 'alice'],
    ['no cookie sent', { ok: true, userCtx: { name: null, roles: [] } }, null],
    ['not a session reply', { error: 'not_found' }, undefined],
  ])('%s', (_name, reply, name) => {
    expect(sessionName(reply)).toBe(name);
  });
});

describe('pushOutcome', () => {
  it('counts written and conflicting documents as stored, the rest as refused', () => {
    const reply = [
      { ok: true, id: 'attempt:a1', rev: '1-x' },
      { id: 'attempt:a2', error: 'conflict', reason: 'Document update conflict' },
      { id: 'attempt:a3', error: 'forbidden', reason: 'no' },
      { id: 'attempt:a4', error: 'unauthorized' },
    ];
    expect(pushOutcome(reply)).toEqual({ stored: ['attempt:a1', 'attempt:a2'], refused: [{ id: 'attempt:a3', error: 'forbidden' }, { id: 'attempt:a4', error: 'unauthorized' }] });
  });

  it.each([
    ['an error object', { error: 'unauthorized', reason: 'x' }],
    ['an item without an id', [{ rev: '1-x' }]],
    ['null', null],
  ])('reads %s as no reply', (_name, reply) => {
    expect(pushOutcome(reply)).toBeNull();
  });
});

describe('changesPage', () => {
  it.each([
    ['CouchDB 3, opaque sequences, pending', { results: [{ seq: '1-g1', id: 'a', changes: [] }], last_seq: '1-g1', pending: 4 }, 10, { ids: ['a'], lastSeq: '1-g1', more: true }],
    ['CouchDB 3, none pending', { results: [{ seq: '2-g1', id: 'a', changes: [] }], last_seq: '2-g1', pending: 0 }, 1, { ids: ['a'], lastSeq: '2-g1', more: false }],
    ['PouchDB Server, numbers and no pending, a full page', { results: [{ seq: 7, id: 'a', changes: [] }], last_seq: 7 }, 1, { ids: ['a'], lastSeq: '7', more: true }],
    ['PouchDB Server, a short page', { results: [{ seq: 7, id: 'a', changes: [] }, { seq: 8, id: 'b', changes: [] }], last_seq: 8 }, 100, { ids: ['a', 'b'], lastSeq: '8', more: false }],
    ['a deletion, passed over', { results: [{ seq: 3, id: 'a', changes: [], deleted: true }], last_seq: 3 }, 100, { ids: [], lastSeq: '3', more: false }],
    ['nothing new', { results: [], last_seq: '9-g1', pending: 0 }, 100, { ids: [], lastSeq: '9-g1', more: false }],
  ])('%s', (_name, reply, limit, page) => {
    expect(changesPage(reply, limit)).toEqual(page);
  });

  it.each([
    ['no last_seq', { results: [] }],
    ['a result without an id', { results: [{ seq: 1 }], last_seq: 1 }],
    ['an error', { error: 'not_found', reason: 'missing' }],
  ])('reads %s as no reply', (_name, reply) => {
    expect(changesPage(reply, 100)).toBeNull();
  });
});

describe('docsFound', () => {
  const doc = { _id: 'attempt:a1', _rev: '1-x', record: {} };
  it.each([
    ['the documents found', { total_rows: 2, rows: [{ id: 'attempt:a1', key: 'attempt:a1', value: { rev: '1-x' }, doc }] }, [doc]],
    ['one missing: passed over', { rows: [{ key: 'attempt:zz', error: 'not_found' }, { id: 'attempt:a1', key: 'attempt:a1', value: { rev: '1-x' }, doc }] }, [doc]],
    ['one deleted since: passed over', { rows: [{ id: 'attempt:a2', key: 'attempt:a2', value: { rev: '2-y', deleted: true }, doc: null }] }, []],
    ['none', { rows: [] }, []],
  ])('%s', (_name, reply, docs) => {
    expect(docsFound(reply)).toEqual(docs);
  });

  it.each([
    ['an error', { error: 'unauthorized' }],
    ['rows of nothing', { rows: [{}] }],
  ])('reads %s as no reply', (_name, reply) => {
    expect(docsFound(reply)).toBeNull();
  });
});

describe('replyError', () => {
  it.each([
    [401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }, true, 'wrong-password'],
    [401, { error: 'unauthorized', reason: 'You are not authorized to access this db.' }, false, 'unauthorized'],
    [403, { error: 'forbidden', reason: 'You are not allowed to access this db.' }, false, 'forbidden'],
    [404, { error: 'not_found', reason: 'Database does not exist.' }, false, 'no-database'],
    [413, { error: 'too_large' }, false, 'too-large'],
    [507, null, false, 'server-full'],
    [500, { error: 'insufficient_storage', reason: 'disk full' }, false, 'server-full'],
    [500, { error: 'unknown_error' }, false, 'server-error'],
    [502, 'Bad gateway', false, 'server-error'],
  ])('%i %j (sign-in %s) → %s', (status, body, signIn, error) => {
    expect(replyError(status, body, signIn)).toBe(error);
  });
});
