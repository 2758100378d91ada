/**
 * Whether the app has hydrated. A page rendered at build time knows nothing of this browser's
 * storage, and hydration keeps the server's markup as it is: what depends on stored state (the
 * toolbar's choices, a saved word, reading progress) shows it once this is true. Set once, by the
 * root layout; a component created after that reads true at once.
 */
class Hydrated {
  #current = $state(false);

  get current() {
    return this.#current;
  }

  /** Called by the root layout once it has mounted. */
  mark() {
    this.#current = true;
  }
}

export const hydrated = new Hydrated();
