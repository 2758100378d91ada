/**
 * The one door to localStorage. Private browsing, a full quota, a disabled storage or a value
 * written by an older version must never break a page: reads fall back to `undefined` (the
 * caller's default), writes report what went wrong so the UI can say it.
 */
export const STORAGE_PREFIX = 'bilingual-reader/v1/';

export type SaveProblem = 'unavailable' | 'quota' | 'error';
export type SaveResult = { ok: true } | { ok: false; problem: SaveProblem };

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // Accessing it throws when the browser blocks site data.
  }
}

export type ReadResult<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'corrupt' }
  | { status: 'unavailable' };

/**
 * Reads and validates a stored value, and says why when there is none: nothing stored yet, a
 * value that is not JSON or fails validation, or a storage this page may not use.
 */
export function readStored<T>(
  key: string,
  parse: (value: unknown) => T | undefined
): ReadResult<T> {
  const store = storage();
  if (!store) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_PREFIX + key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'missing' };
  try {
    const value = parse(JSON.parse(raw));
    return value === undefined ? { status: 'corrupt' } : { status: 'ok', value };
  } catch {
    return { status: 'corrupt' };
  }
}

/** Reads and validates a stored value; anything missing, unparsable or invalid gives undefined. */
export function loadStored<T>(
  key: string,
  parse: (value: unknown) => T | undefined
): T | undefined {
  const result = readStored(key, parse);
  return result.status === 'ok' ? result.value : undefined;
}

export function saveStored(key: string, value: unknown): SaveResult {
  const store = storage();
  if (!store) return { ok: false, problem: 'unavailable' };
  try {
    store.setItem(STORAGE_PREFIX + key, JSON.stringify(value));
    return { ok: true };
  } catch (error) {
    const name = (error as { name?: string })?.name;
    return { ok: false, problem: name === 'QuotaExceededError' ? 'quota' : 'error' };
  }
}
