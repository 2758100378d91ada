/**
 * Whether the app has hydrated. A page rendered at build time knows nothing of this browser's
 * storage, and hydration keeps the server's markup as it is: what depends on stored state (the
 * toolbar's choices, a saved word, reading progress) shows it once `current` is true. Set once,
 * by the root layout; a component created after that reads true at once.
 */
export const hydrated = $state({ current: false });
