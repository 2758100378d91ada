import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore, parseRecord, problemOf, StoreError, type MyText } from './store.ts';

const text = (id: string, name = 'Un texte'): MyText => ({
  id,
  slug: 'un-texte',
  name,
  files: { 'text.yaml': 'title: x\n', 'fr.txt': '1.1 Bonjour.\n', 'en.txt': '1.1 Hello.\n' },
  created: 1,
  updated: 1
});

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

describe('my texts store', () => {
  it('saves, lists, reads, renames and removes; survives reopening', async () => {
    const store = await openStore();
    await store.save(text('a', 'Premier'));
    await store.save({ ...text('b', 'Second'), updated: 2 });
    expect((await store.list()).texts.map((t) => t.name)).toEqual(['Second', 'Premier']);
    store.close();

    const again = await openStore();
    expect((await again.get('a')).files['fr.txt']).toBe('1.1 Bonjour.\n');
    const renamed = await again.rename('a', '  Renommé  ');
    expect(renamed.name).toBe('Renommé');
    expect((await again.get('a')).name).toBe('Renommé');
    const removed = await again.remove('a');
    await expect(again.get('a')).rejects.toMatchObject({ problem: 'missing' });
    await again.save(removed); // undo
    expect((await again.get('a')).name).toBe('Renommé');
  });

  it('refuses to save an invalid record and keeps what was there', async () => {
    const store = await openStore();
    await store.save(text('a'));
    const bad = { ...text('a'), files: { '../evil': 'x', 'fr.txt': '', 'text.yaml': '' } };
    await expect(store.save(bad)).rejects.toMatchObject({ problem: 'invalid' });
    await expect(store.rename('a', '   ')).rejects.toMatchObject({ problem: 'invalid' });
    expect((await store.get('a')).files['fr.txt']).toBe('1.1 Bonjour.\n');
  });

  it('counts records it cannot read back instead of failing the list', async () => {
    const store = await openStore();
    await store.save(text('a'));
    store.close();
    // A record written by something else: wrong shape.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('bilingual-reader-my-texts', 1);
      request.onsuccess = () => {
        const tx = request.result.transaction('texts', 'readwrite');
        tx.objectStore('texts').put({ id: 'z', files: 'nope' });
        tx.oncomplete = () => (request.result.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
    });
    const again = await openStore();
    expect(await again.list()).toMatchObject({ texts: [{ id: 'a' }], damaged: 1 });
    await expect(again.get('z')).rejects.toMatchObject({ problem: 'invalid' });
  });

  it('says the storage is unavailable when the browser refuses it', async () => {
    globalThis.indexedDB = {
      open() {
        throw new DOMException('blocked', 'SecurityError');
      }
    } as unknown as IDBFactory;
    await expect(openStore()).rejects.toMatchObject({ problem: 'unavailable' });
  });

  it('maps errors to problems', () => {
    expect(problemOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    expect(problemOf({ error: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(problemOf(new StoreError('missing'))).toBe('missing');
    expect(problemOf(new Error('?'))).toBe('error');
  });

  it('validates records: paths, slug, required files', () => {
    expect(parseRecord(text('a'))).toBeDefined();
    expect(parseRecord({ ...text('a'), slug: 'Bad Slug' })).toBeUndefined();
    for (const path of ['/abs', '../x', 'a/../b', 'a//b', './x', 'c:\\x']) {
      expect(parseRecord({ ...text('a'), files: { ...text('a').files, [path]: '' } })).toBe(
        undefined
      );
    }
    expect(parseRecord({ ...text('a'), files: { 'fr.txt': '' } })).toBeUndefined();
    expect(parseRecord(null)).toBeUndefined();
  });
});
