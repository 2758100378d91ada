import { browser } from '$app/environment';
import { loadStored, saveStored } from './storage.ts';

/** Where a reader left a text: the topmost segment in view when they last scrolled or left. */
export interface Place {
  chapter: string;
  segment: string;
  /** Position of that segment in the whole text (0-based) and the text's number of segments. */
  index: number;
  total: number;
  at: string;
  /** Set once the reader reaches the end of the text, and kept when they read it again. */
  finished?: boolean;
}

const KEY = 'progress';

export function parseProgress(value: unknown): Record<string, Place> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  // No prototype: a stored `__proto__` is a key like any other (and no text's), never the
  // object's prototype, through which unchecked places would be read.
  const out = Object.create(null) as Record<string, Place>;
  for (const [text, place] of Object.entries(value as Record<string, unknown>)) {
    const p = place as Partial<Place> | null;
    if (
      p &&
      typeof p.chapter === 'string' &&
      typeof p.segment === 'string' &&
      Number.isInteger(p.index) &&
      Number.isInteger(p.total) &&
      p.total! > 0 &&
      p.index! >= 0 &&
      p.index! < p.total! &&
      typeof p.at === 'string' &&
      (p.finished === undefined || typeof p.finished === 'boolean')
    ) {
      out[text] = p as Place;
    }
  }
  return out;
}

/** Reading progress per text, kept in localStorage; a broken record is forgotten, not fatal. */
class ReadingProgress {
  #places = $state<Record<string, Place>>(browser ? (loadStored(KEY, parseProgress) ?? {}) : {});

  of(text: string): Place | undefined {
    return Object.hasOwn(this.#places, text) ? this.#places[text] : undefined;
  }

  record(text: string, place: Omit<Place, 'at' | 'finished'>) {
    const last = this.of(text);
    if (last && last.segment === place.segment && last.chapter === place.chapter) return;
    const finished = last?.finished ? { finished: true } : {};
    this.#places = {
      ...this.#places,
      [text]: { ...place, ...finished, at: new Date().toISOString() }
    };
    saveStored(KEY, this.#places);
  }

  /** Notes that the reader reached the end of a text (the place is its last segment). */
  finish(text: string, place: Omit<Place, 'at' | 'finished'>) {
    if (this.of(text)?.finished) return;
    this.#places = {
      ...this.#places,
      [text]: { ...place, finished: true, at: new Date().toISOString() }
    };
    saveStored(KEY, this.#places);
  }

  /** How far the reader is in a text, for the library and the end-of-text suggestion. */
  state(text: string): 'unread' | 'started' | 'finished' {
    const place = this.of(text);
    return !place ? 'unread' : place.finished ? 'finished' : 'started';
  }
}

export const progress = new ReadingProgress();
