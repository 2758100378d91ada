import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  keyOf,
  parseSavedWords,
  SAVED_WORDS_KEY,
  SavedWords,
  type SavedWordInput
} from './saved-words.svelte.ts';
import { STORAGE_PREFIX } from './storage.ts';
import { MemoryStorage } from './testing/memory-storage.ts';

const KEY = STORAGE_PREFIX + SAVED_WORDS_KEY;

function withStorage(initial?: string) {
  const store = new MemoryStorage();
  if (initial !== undefined) store.data.set(KEY, initial);
  vi.stubGlobal('localStorage', store);
  return store;
}

const stalin: SavedWordInput = {
  kind: 'entry',
  id: 'stalin',
  text: 'premiere-position',
  segment: '1.5',
  word: { fr: 'Josef Staline', en: 'Joseph Stalin' },
  gloss: 'Joseph Stalin',
  sentence: { fr: 'Josef Staline est devenu secrétaire général.', en: 'Joseph Stalin became…' }
};
const term: SavedWordInput = {
  kind: 'term',
  id: 'memoire',
  text: 'premiere-position',
  word: { fr: 'mémoire', en: 'memory' },
  lemma: 'mémoire'
};
const lenin: SavedWordInput = { kind: 'entry', id: 'lenin', word: { fr: 'Lénine', en: 'Lenin' } };

const stored = (store: MemoryStorage) => JSON.parse(store.data.get(KEY)!);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('saved words', () => {
  it('keys a word by kind, text and id: once per text', () => {
    expect(keyOf(stalin)).toBe('entry:premiere-position:stalin');
    expect(keyOf(lenin)).toBe('entry::lenin');
    const words = new SavedWords(false);
    expect(words.keyOf(term)).toBe('term:premiere-position:memoire');
  });

  it('saves, lists newest first, removes and clears, persisting each change', () => {
    const store = withStorage();
    vi.useFakeTimers();
    const words = new SavedWords(true);
    expect(words.all).toEqual([]);
    expect(words.problem).toBeUndefined();
    vi.setSystemTime(new Date('2025-03-01T10:00:00Z'));
    words.save(stalin);
    vi.setSystemTime(new Date('2025-03-01T11:00:00Z'));
    words.save(term);
    expect(words.all.map((w) => w.key)).toEqual([
      'term:premiere-position:memoire',
      'entry:premiere-position:stalin'
    ]);
    expect(words.has('entry:premiere-position:stalin')).toBe(true);
    expect(stored(store)).toEqual({ version: 1, words: words.all });
    expect(stored(store).words[1]).toEqual({
      ...stalin,
      key: 'entry:premiere-position:stalin',
      savedAt: '2025-03-01T10:00:00.000Z'
    });

    // Saving again moves the word to the top, once.
    vi.setSystemTime(new Date('2025-03-01T12:00:00Z'));
    words.save(stalin);
    expect(words.all.map((w) => w.id)).toEqual(['stalin', 'memoire']);

    words.remove('term:premiere-position:memoire');
    expect(words.all.map((w) => w.id)).toEqual(['stalin']);
    expect(stored(store).words).toHaveLength(1);

    // A new instance (the next visit) reads what was kept.
    expect(new SavedWords(true).all).toEqual(words.all);

    words.clear();
    expect(words.all).toEqual([]);
    expect(stored(store)).toEqual({ version: 1, words: [] });
    expect(words.problem).toBeUndefined();
  });

  it('refuses an invalid word without touching the list', () => {
    withStorage();
    const words = new SavedWords(true);
    expect(words.save({ ...lenin, word: { fr: '', en: 'x' } })).toBe(false);
    expect(words.save({ ...lenin, kind: 'noun' } as unknown as SavedWordInput)).toBe(false);
    expect(words.all).toEqual([]);
  });

  it('imports many, skipping what is already saved, invalid, or twice in the file', () => {
    const store = withStorage();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-01T10:00:00Z'));
    const words = new SavedWords(true);
    words.save(stalin);
    vi.setSystemTime(new Date('2025-03-01T11:00:00Z'));
    const result = words.importMany([
      stalin,
      { ...term, savedAt: '2020-01-01T00:00:00.000Z' },
      term,
      lenin,
      { kind: 'entry', id: '', word: { fr: 'x', en: '' } }
    ]);
    expect(result).toEqual({ added: 2, skipped: 3 });
    // Newest first: what the file dates keeps its date, the rest is saved now.
    expect(words.all.map((w) => w.id)).toEqual(['lenin', 'stalin', 'memoire']);
    expect(words.get('term:premiere-position:memoire')!.savedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(stored(store).words).toHaveLength(3);
    expect(words.importMany([stalin])).toEqual({ added: 0, skipped: 1 });
  });
});

describe('saved words when storage fails', () => {
  it('starts empty from corrupt JSON, says so, and keeps the value until a word is saved', () => {
    const store = withStorage('{not json');
    const words = new SavedWords(true);
    expect(words.all).toEqual([]);
    expect(words.problem).toBe('corrupt');
    expect(store.data.get(KEY)).toBe('{not json');
    words.save(lenin);
    expect(words.problem).toBeUndefined();
    expect(stored(store).words.map((w: { id: string }) => w.id)).toEqual(['lenin']);
  });

  it('starts empty from a record of another version or shape, and says so', () => {
    for (const value of [
      { version: 2, words: [] },
      { words: [] },
      { version: 1, words: 'many' },
      [1, 2, 3],
      'words',
      null
    ]) {
      withStorage(JSON.stringify(value));
      const words = new SavedWords(true);
      expect(words.all, JSON.stringify(value)).toEqual([]);
      expect(words.problem, JSON.stringify(value)).toBe('corrupt');
    }
  });

  it('keeps the valid items of a partly corrupt list and drops the others', () => {
    const good = { ...stalin, key: 'whatever', savedAt: '2025-03-01T10:00:00.000Z' };
    withStorage(
      JSON.stringify({
        version: 1,
        words: [
          good,
          { ...lenin, savedAt: 'yesterday' },
          { ...term, kind: 'phrase', savedAt: '2025-03-01T10:00:00.000Z' },
          { ...lenin, word: 'Lénine', savedAt: '2025-03-01T10:00:00.000Z' },
          { ...lenin, savedAt: '2025-03-02T10:00:00.000Z' },
          { ...lenin, savedAt: '2025-03-03T10:00:00.000Z' },
          42,
          null
        ]
      })
    );
    const words = new SavedWords(true);
    // The key is recomputed, duplicates are dropped, newest first.
    expect(words.all.map((w) => [w.key, w.savedAt])).toEqual([
      ['entry::lenin', '2025-03-02T10:00:00.000Z'],
      ['entry:premiere-position:stalin', '2025-03-01T10:00:00.000Z']
    ]);
    expect(words.problem).toBe('corrupt');
  });

  it('reads a clean list without reporting anything', () => {
    const list = {
      version: 1,
      words: [{ ...lenin, key: 'entry::lenin', savedAt: '2025-03-01T10:00:00.000Z' }]
    };
    withStorage(JSON.stringify(list));
    const words = new SavedWords(true);
    expect(words.all).toEqual(list.words);
    expect(words.problem).toBeUndefined();
    expect(parseSavedWords(list)).toEqual({ words: list.words, dropped: false });
  });

  it('works in memory when storage is unavailable, and says words will not be kept', () => {
    vi.stubGlobal('localStorage', undefined);
    const words = new SavedWords(true);
    expect(words.problem).toBe('unavailable');
    words.save(stalin);
    expect(words.all.map((w) => w.id)).toEqual(['stalin']);
    expect(words.problem).toBe('unavailable');
    words.remove(words.all[0]!.key);
    expect(words.all).toEqual([]);
  });

  it('works in memory when the very access to storage throws (site data blocked)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      }
    });
    try {
      const words = new SavedWords(true);
      expect(words.problem).toBe('unavailable');
      expect(words.save(lenin)).toBe(true);
      expect(words.has('entry::lenin')).toBe(true);
      expect(words.importMany([stalin])).toEqual({ added: 1, skipped: 0 });
      expect(words.all).toHaveLength(2);
    } finally {
      // @ts-expect-error: removing the throwing getter installed above
      delete globalThis.localStorage;
    }
  });

  it('keeps the words in memory when the quota is exceeded, and says why', () => {
    const store = withStorage();
    const words = new SavedWords(true);
    words.save(lenin);
    store.failWith = 'QuotaExceededError';
    words.save(stalin);
    expect(words.all.map((w) => w.id)).toEqual(['stalin', 'lenin']);
    expect(words.problem).toBe('quota');
    expect(stored(store).words.map((w: { id: string }) => w.id)).toEqual(['lenin']);
    // Once there is room again, the next change saves everything.
    store.failWith = undefined;
    words.save(term);
    expect(words.problem).toBeUndefined();
    expect(stored(store).words).toHaveLength(3);
  });

  it('reports any other write failure', () => {
    const store = withStorage();
    store.failWith = 'SecurityError';
    const words = new SavedWords(true);
    words.save(lenin);
    expect(words.problem).toBe('error');
    expect(words.all).toHaveLength(1);
  });
});
