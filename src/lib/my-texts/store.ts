// A reader's own texts, kept in this browser's IndexedDB through `idb` (a small promise wrapper
// over the standard API, no framework). One record per text: the importer's files of the text
// folder, by path. Every write is one transaction; every record read back is validated; every
// failure becomes a StoreError whose `problem` the page turns into a sentence. Nothing leaves the
// browser.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'bilingual-reader-my-texts';
const DB_VERSION = 1;
const STORE = 'texts';

/** The largest text kept (all its files together, in characters): a few books. */
export const MAX_RECORD_CHARS = 20 * 1024 * 1024;

export interface MyText {
  /** Random, stable; the reader's address uses it. */
  id: string;
  /** The folder name the export uses (`texts/<slug>/`). */
  slug: string;
  /** The name shown in the list; the reader may rename it. */
  name: string;
  /** The text folder's files, by path relative to it (`fr.txt`, `text.yaml`, `source/fr.txt`). */
  files: Record<string, string>;
  created: number;
  updated: number;
}

export type MyTextSummary = Pick<MyText, 'id' | 'slug' | 'name' | 'created' | 'updated'>;

/** What went wrong, for the page to say: storage refused, full, or anything else. */
export type StoreProblem = 'unavailable' | 'quota' | 'missing' | 'invalid' | 'error';

export class StoreError extends Error {
  readonly problem: StoreProblem;
  constructor(problem: StoreProblem, cause?: unknown) {
    super(`my-texts storage: ${problem}`, { cause });
    this.name = 'StoreError';
    this.problem = problem;
  }
}

interface Schema extends DBSchema {
  texts: { key: string; value: MyText };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A file path inside a text folder: relative, `/`-separated, no `.` or `..` parts. */
const FILE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export function isFilePath(path: string): boolean {
  return FILE_PATH.test(path) && !path.split('/').some((p) => p === '.' || p === '..');
}

/** A record as stored, or undefined when it is not one (written by another version, damaged). */
export function parseRecord(value: unknown): MyText | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.id !== 'string' || v.id === '' || v.id.length > 100) return undefined;
  if (typeof v.slug !== 'string' || !SLUG.test(v.slug)) return undefined;
  if (typeof v.name !== 'string' || v.name.trim() === '' || v.name.length > 500) return undefined;
  if (typeof v.created !== 'number' || typeof v.updated !== 'number') return undefined;
  if (typeof v.files !== 'object' || v.files === null || Array.isArray(v.files)) return undefined;
  const files: Record<string, string> = {};
  let size = 0;
  for (const [path, text] of Object.entries(v.files as Record<string, unknown>)) {
    if (!isFilePath(path) || typeof text !== 'string') return undefined;
    size += text.length;
    files[path] = text;
  }
  if (!('fr.txt' in files) || !('text.yaml' in files) || size > MAX_RECORD_CHARS) return undefined;
  return {
    id: v.id,
    slug: v.slug,
    name: v.name,
    files,
    created: v.created,
    updated: v.updated
  };
}

/** The problem an exception from IndexedDB stands for. */
export function problemOf(error: unknown): StoreProblem {
  if (error instanceof StoreError) return error.problem;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError') {
    return 'unavailable';
  }
  // A transaction aborted for lack of space reports its error this way in some browsers.
  const inner = (error as { error?: { name?: unknown } } | null)?.error?.name;
  if (inner === 'QuotaExceededError') return 'quota';
  return 'error';
}

async function attempt<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new StoreError(problemOf(error), error);
  }
}

export interface MyTextsStore {
  list(): Promise<{ texts: MyTextSummary[]; damaged: number }>;
  get(id: string): Promise<MyText>;
  /** Adds or replaces a text, in one transaction; resolves once it is on disk. */
  save(text: MyText): Promise<void>;
  rename(id: string, name: string): Promise<MyText>;
  /** Removes a text and gives it back, so that it can be put back (undo). */
  remove(id: string): Promise<MyText>;
  close(): void;
}

/** A random id for a new text (crypto.randomUUID where the page is secure, else a fallback). */
export function newId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Opens the store in this browser's IndexedDB. Rejects with StoreError('unavailable') when the
 * browser has none or refuses it (private modes, blocked site data), 'quota' when it is full.
 */
export async function openStore(): Promise<MyTextsStore> {
  let db: IDBPDatabase<Schema>;
  try {
    if (typeof indexedDB === 'undefined') throw new StoreError('unavailable');
    db = await openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(STORE)) {
          database.createObjectStore(STORE, { keyPath: 'id' });
        }
      }
    });
  } catch (error) {
    const problem = problemOf(error);
    throw new StoreError(problem === 'error' ? 'unavailable' : problem, error);
  }

  const read = async (id: string): Promise<MyText> => {
    const raw: unknown = await db.get(STORE, id);
    if (raw === undefined) throw new StoreError('missing');
    const record = parseRecord(raw);
    if (!record) throw new StoreError('invalid');
    return record;
  };

  return {
    list: () =>
      attempt(async () => {
        const all: unknown[] = await db.getAll(STORE);
        const texts: MyTextSummary[] = [];
        let damaged = 0;
        for (const raw of all) {
          const record = parseRecord(raw);
          if (!record) damaged++;
          else {
            const { id, slug, name, created, updated } = record;
            texts.push({ id, slug, name, created, updated });
          }
        }
        texts.sort((a, b) => b.updated - a.updated || a.name.localeCompare(b.name));
        return { texts, damaged };
      }),
    get: (id) => attempt(() => read(id)),
    save: (text) =>
      attempt(async () => {
        const record = parseRecord(text);
        if (!record) throw new StoreError('invalid');
        const tx = db.transaction(STORE, 'readwrite');
        await Promise.all([tx.store.put(record), tx.done]);
      }),
    rename: (id, name) =>
      attempt(async () => {
        const trimmed = name.trim();
        if (trimmed === '' || trimmed.length > 500) throw new StoreError('invalid');
        const tx = db.transaction(STORE, 'readwrite');
        const raw: unknown = await tx.store.get(id);
        const record = raw === undefined ? undefined : parseRecord(raw);
        if (!record) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new StoreError(raw === undefined ? 'missing' : 'invalid');
        }
        const renamed = { ...record, name: trimmed, updated: Date.now() };
        await Promise.all([tx.store.put(renamed), tx.done]);
        return renamed;
      }),
    remove: (id) =>
      attempt(async () => {
        const tx = db.transaction(STORE, 'readwrite');
        const raw: unknown = await tx.store.get(id);
        if (raw === undefined) {
          await tx.done;
          throw new StoreError('missing');
        }
        await Promise.all([tx.store.delete(id), tx.done]);
        // A damaged record is still removed; there is nothing to put back.
        const record = parseRecord(raw);
        if (!record) throw new StoreError('invalid');
        return record;
      }),
    close: () => db.close()
  };
}
