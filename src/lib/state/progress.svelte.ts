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
      typeof p.at === 'string'
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

  record(text: string, place: Omit<Place, 'at'>) {
    const last = this.of(text);
    if (last && last.segment === place.segment && last.chapter === place.chapter) return;
    this.#places = { ...this.#places, [text]: { ...place, at: new Date().toISOString() } };
    saveStored(KEY, this.#places);
  }
}

export const progress = new ReadingProgress();
