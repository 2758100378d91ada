import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { newCard } from './schedule.ts';
import { openStudyStore, STUDY_DB_VERSION } from './store.ts';
import type { StatusRecord } from './types.ts';

const at = '2026-01-05T09:00:00.000Z';
const status = (lemma: string, s: StatusRecord['status'] = 2): StatusRecord => ({
  lemma,
  status: s,
  form: lemma,
  updatedAt: at,
  sentence: { fr: `Il ${lemma}.`, en: 'He does.' }
});

describe('the study store', () => {
  it('writes and reads back statuses and cards', async () => {
    const store = await openStudyStore('db-1');
    await store.putStatus(status('partir'));
    await store.putStatus({ ...status('partir'), status: 'known' });
    await store.putCard({ id: 'lemma:partir', card: newCard(new Date(at)), updatedAt: at });
    store.close();
    const again = await openStudyStore('db-1');
    const snapshot = await again.readAll();
    expect(snapshot.statuses).toEqual([{ ...status('partir'), status: 'known' }]);
    expect(snapshot.cards.map((c) => c.id)).toEqual(['lemma:partir']);
    expect(snapshot.invalid).toBe(0);
  });

  it('skips and counts invalid records', async () => {
    (await openStudyStore('db-2')).close();
    const raw = await openDB('db-2', STUDY_DB_VERSION);
    await raw.put('statuses', { lemma: 'x', status: 9, updatedAt: at });
    await raw.put('statuses', status('venir', 'ignored'));
    await raw.put('cards', { id: 'lemma:x', card: { due: 'never' }, updatedAt: at });
    raw.close();
    const snapshot = await (await openStudyStore('db-2')).readAll();
    expect(snapshot.statuses.map((s) => s.lemma)).toEqual(['venir']);
    expect(snapshot.cards).toEqual([]);
    expect(snapshot.invalid).toBe(2);
  });

  it('writes an import in one transaction: all or nothing', async () => {
    const store = await openStudyStore('db-3');
    const bad = { ...status('b'), lemma: undefined } as unknown as StatusRecord; // no key: fails
    await expect(store.putMany([status('a'), bad], [])).rejects.toBeTruthy();
    expect((await store.readAll()).statuses).toEqual([]);
    await store.putMany([status('a'), status('c')], []);
    expect((await store.readAll()).statuses.map((s) => s.lemma)).toEqual(['a', 'c']);
  });

  it('rejects where there is no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    try {
      await expect(openStudyStore('db-4')).rejects.toThrow(/not available/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
