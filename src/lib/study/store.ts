// The study store: statuses by lemma and review cards, in IndexedDB through `idb` (a 1 KB
// promise wrapper: transactions and upgrades without hand-written request callbacks). Each write
// is one transaction; every record read back is validated, and an invalid one is skipped and
// counted, never trusted. The schema has a version and an upgrade path (`upgrade` below).
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  parseReviewRecord,
  parseStatusRecord,
  type ReviewRecord,
  type StatusRecord
} from './types.ts';

export const STUDY_DB = 'bilingual-reader-study';
/** 1: statuses (by lemma) and cards (by id). Raise it and add a step to `upgrade` to change. */
export const STUDY_DB_VERSION = 1;

interface StudySchema extends DBSchema {
  statuses: { key: string; value: StatusRecord };
  cards: { key: string; value: ReviewRecord };
}

export interface StudySnapshot {
  statuses: StatusRecord[];
  cards: ReviewRecord[];
  /** Records that failed validation and were left out. */
  invalid: number;
}

export interface StudyStore {
  readAll(): Promise<StudySnapshot>;
  putStatus(record: StatusRecord): Promise<void>;
  putCard(record: ReviewRecord): Promise<void>;
  /** Writes many records in one transaction (an import): all of them, or none. */
  putMany(statuses: readonly StatusRecord[], cards: readonly ReviewRecord[]): Promise<void>;
  close(): void;
}

/** Each step takes the database from version `step - 1` to `step`. */
function upgrade(db: IDBPDatabase<StudySchema>, oldVersion: number) {
  if (oldVersion < 1) {
    db.createObjectStore('statuses', { keyPath: 'lemma' });
    db.createObjectStore('cards', { keyPath: 'id' });
  }
}

/**
 * Opens the store; rejects where IndexedDB is missing or refused (private modes, blocked site
 * data). Tests give each case a database name of its own (with fake-indexeddb).
 */
export async function openStudyStore(name = STUDY_DB): Promise<StudyStore> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  const db = await openDB<StudySchema>(name, STUDY_DB_VERSION, {
    upgrade: (database, oldVersion) => upgrade(database, oldVersion)
  });
  return {
    async readAll() {
      const tx = db.transaction(['statuses', 'cards'], 'readonly');
      const [rawStatuses, rawCards] = await Promise.all([
        tx.objectStore('statuses').getAll() as Promise<unknown[]>,
        tx.objectStore('cards').getAll() as Promise<unknown[]>
      ]);
      await tx.done;
      const statuses = rawStatuses.flatMap((r) => parseStatusRecord(r) ?? []);
      const cards = rawCards.flatMap((r) => parseReviewRecord(r) ?? []);
      return {
        statuses,
        cards,
        invalid: rawStatuses.length - statuses.length + rawCards.length - cards.length
      };
    },
    async putStatus(record) {
      await db.put('statuses', record);
    },
    async putCard(record) {
      await db.put('cards', record);
    },
    async putMany(statuses, cards) {
      const tx = db.transaction(['statuses', 'cards'], 'readwrite');
      try {
        // Each request's failure aborts the transaction, which tx.done reports.
        for (const s of statuses)
          tx.objectStore('statuses')
            .put(s)
            .catch(() => {});
        for (const c of cards)
          tx.objectStore('cards')
            .put(c)
            .catch(() => {});
      } catch (error) {
        // A record the store refuses at once (no key): undo what was queued before it.
        tx.abort();
        await tx.done.catch(() => {});
        throw error;
      }
      await tx.done;
    },
    close() {
      db.close();
    }
  };
}
