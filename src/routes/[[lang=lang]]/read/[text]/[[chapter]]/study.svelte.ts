import { getContext, setContext } from 'svelte';
import { hydrated } from '$lib/state/hydrated.svelte.ts';
import { preferences } from '$lib/state/preferences.svelte.ts';

/**
 * Hide-and-reveal: with the translation hidden, each English segment stays hidden (to the eye and
 * to screen readers) until the reader reveals it. The mode is a remembered preference; which
 * segments are revealed belongs to this visit of this chapter.
 */
export class RevealState {
  // A plain set and a version number: the reactive SvelteSet would add a class to the page's
  // first load for what one counter does here.
  #revealed = new Set<string>();
  #version = $state(0);
  #ids: () => readonly string[];

  constructor(ids: () => readonly string[]) {
    this.#ids = ids;
  }

  get active() {
    // Off until the page has hydrated, so hydration meets the markup the server rendered (with the
    // translation shown); boot.js has already hidden it with CSS by then.
    return hydrated.current && preferences.current.hideTranslation;
  }

  isHidden(id: string): boolean {
    return this.active && (void this.#version, !this.#revealed.has(id));
  }

  reveal(id: string) {
    this.#revealed.add(id);
    this.#version += 1;
  }

  revealAll() {
    for (const id of this.#ids()) this.#revealed.add(id);
    this.#version += 1;
  }

  hideAll() {
    this.#revealed.clear();
    this.#version += 1;
  }

  get revealedCount() {
    void this.#version;
    return this.#ids().filter((id) => this.#revealed.has(id)).length;
  }

  get total() {
    return this.#ids().length;
  }
}

const KEY = Symbol('reveal');

export function provideReveal(state: RevealState) {
  setContext(KEY, state);
}

export function useReveal(): RevealState {
  return getContext<RevealState>(KEY);
}
