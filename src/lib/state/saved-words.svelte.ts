import { browser } from '$app/environment';
import { isTimestamp, toWordInput, type ImportedWord } from '$lib/words/exchange.ts';
import type { SavedWord, SavedWordInput } from '$lib/words/saved-word.ts';
import { readStored, saveStored, STORAGE_PREFIX, type SaveProblem } from './storage.ts';

export type { SavedWord, SavedWordInput };

/** Storage problems, and one more: what was stored could not be read (all or part of it). */
export type WordsProblem = SaveProblem | 'corrupt';

export const SAVED_WORDS_KEY = 'saved-words';
export const SAVED_WORDS_VERSION = 1;

interface Stored {
  version: typeof SAVED_WORDS_VERSION;
  words: SavedWord[];
}

/** A word is saved once per text: the same entry met in two texts is two saved words. */
export function keyOf(input: Pick<SavedWordInput, 'kind' | 'text' | 'id'>): string {
  return `${input.kind}:${input.text ?? ''}:${input.id}`;
}

const newestFirst = (a: SavedWord, b: SavedWord) =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;

/**
 * Reads what storage holds: every valid word is kept, the others dropped; `dropped` says whether
 * anything was (a wrong version, or invalid items). Duplicate keys keep their first occurrence.
 */
export function parseSavedWords(value: unknown): { words: SavedWord[]; dropped: boolean } {
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { version?: unknown }).version !== SAVED_WORDS_VERSION ||
    !Array.isArray((value as { words?: unknown }).words)
  ) {
    return { words: [], dropped: true };
  }
  const items = (value as { words: unknown[] }).words;
  const words: SavedWord[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const input = toWordInput(item);
    const savedAt = (item as { savedAt?: unknown } | null)?.savedAt;
    if (!input || !isTimestamp(savedAt)) continue;
    const key = keyOf(input);
    if (seen.has(key)) continue;
    seen.add(key);
    words.push({ ...input, key, savedAt: new Date(savedAt).toISOString() });
  }
  return { words: words.sort(newestFirst), dropped: words.length !== items.length };
}

/**
 * The reader's saved words, newest first, kept in localStorage (through storage.ts) as
 * `{ version: 1, words }`. Storage that is missing, full or corrupt never breaks anything: the
 * list keeps working in memory for this visit, and `problem` says what could not be read or saved.
 */
export class SavedWords {
  #words = $state<SavedWord[]>([]);
  #problem = $state<WordsProblem | undefined>();

  /** `load` reads storage now (the browser's instance does; the prerendered page has no storage). */
  constructor(load = browser) {
    if (!load) return;
    this.reload();
    if (typeof window !== 'undefined') {
      // Another tab saved or removed a word: follow it.
      window.addEventListener('storage', (event) => {
        if (event.key === null || event.key === STORAGE_PREFIX + SAVED_WORDS_KEY) this.reload();
      });
    }
  }

  /** Reads storage again; what was in memory only (storage refused it) is kept. */
  reload() {
    const stored = readStored(SAVED_WORDS_KEY, parseSavedWords);
    if (stored.status === 'ok') {
      this.#words = stored.value.words;
      this.#problem = stored.value.dropped ? 'corrupt' : undefined;
    } else if (stored.status === 'unavailable') {
      // Nothing can be read or kept: whatever is in memory stays for this visit.
      this.#problem = 'unavailable';
    } else {
      // Missing: nothing saved yet. Corrupt: start empty and say so; the unreadable value stays
      // in storage until the reader saves a word.
      this.#words = [];
      this.#problem = stored.status === 'corrupt' ? 'corrupt' : undefined;
    }
  }

  /** Every saved word, newest first. */
  get all(): readonly SavedWord[] {
    return this.#words;
  }

  get count() {
    return this.#words.length;
  }

  /** What went wrong with storage, for a message to the reader; cleared by a good save. */
  get problem() {
    return this.#problem;
  }

  has(key: string) {
    return this.#words.some((w) => w.key === key);
  }

  keyOf(input: Pick<SavedWordInput, 'kind' | 'text' | 'id'>) {
    return keyOf(input);
  }

  get(key: string): SavedWord | undefined {
    return this.#words.find((w) => w.key === key);
  }

  /** Saves a word (again: it moves to the top with the new sentence). False if it is not valid. */
  save(input: SavedWordInput): boolean {
    const word = toWordInput(input);
    if (!word) return false;
    const key = keyOf(word);
    const saved: SavedWord = { ...word, key, savedAt: new Date().toISOString() };
    this.#words = [saved, ...this.#words.filter((w) => w.key !== key)];
    this.#persist();
    return true;
  }

  remove(key: string) {
    if (!this.has(key)) return;
    this.#words = this.#words.filter((w) => w.key !== key);
    this.#persist();
  }

  clear() {
    this.#words = [];
    this.#persist();
  }

  /**
   * Adds words from a file: a word already saved (same key) or invalid is skipped, so importing
   * the same file twice adds nothing. A valid `savedAt` from the file is kept.
   */
  importMany(items: readonly (SavedWordInput | ImportedWord)[]): {
    added: number;
    skipped: number;
  } {
    const keys = new Set(this.#words.map((w) => w.key));
    const now = new Date().toISOString();
    const added: SavedWord[] = [];
    for (const item of items) {
      const word = toWordInput(item);
      const key = word && keyOf(word);
      if (!word || !key || keys.has(key)) continue;
      keys.add(key);
      const savedAt = (item as ImportedWord).savedAt;
      added.push({
        ...word,
        key,
        savedAt: isTimestamp(savedAt) ? new Date(savedAt).toISOString() : now
      });
    }
    if (added.length > 0) {
      this.#words = [...added, ...this.#words].sort(newestFirst);
      this.#persist();
    }
    return { added: added.length, skipped: items.length - added.length };
  }

  #persist() {
    const result = saveStored(SAVED_WORDS_KEY, {
      version: SAVED_WORDS_VERSION,
      words: this.#words
    } satisfies Stored);
    this.#problem = result.ok ? undefined : result.problem;
  }
}

export const savedWords = new SavedWords();
