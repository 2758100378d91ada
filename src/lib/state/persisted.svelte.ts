import { browser } from '$app/environment';
import { loadStored, saveStored, type SaveProblem } from './storage.ts';

/**
 * A record kept in this browser's storage under one key, in the spirit of svelte.dev's
 * `Persisted`: read once and validated by `parse` (what it drops falls back to `defaults`),
 * reactive, and saved whole on every change. A save that fails keeps the value for this visit and
 * says why in `problem`.
 */
export class PersistedRecord<T extends object> {
  #current: T = $state.raw() as T;
  #problem = $state<SaveProblem | undefined>();
  readonly #key: string;
  readonly #onChange: ((value: Readonly<T>) => void) | undefined;

  constructor(
    key: string,
    parse: (value: unknown) => Partial<T> | undefined,
    defaults: T,
    onChange?: (value: Readonly<T>) => void
  ) {
    this.#key = key;
    this.#onChange = onChange;
    this.#current = { ...defaults, ...(browser ? (loadStored(key, parse) ?? {}) : {}) };
  }

  get current(): Readonly<T> {
    return this.#current;
  }

  /** What went wrong with the last save, for a message to the reader; cleared by a good save. */
  get problem() {
    return this.#problem;
  }

  set<K extends keyof T>(key: K, value: T[K]) {
    this.#current = { ...this.#current, [key]: value };
    this.#onChange?.(this.#current);
    const result = saveStored(this.#key, this.#current);
    this.#problem = result.ok ? undefined : result.problem;
  }
}
