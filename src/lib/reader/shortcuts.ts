import { preferences } from '$lib/state/preferences.svelte.ts';
import { SEGMENT_SELECTOR } from './dom-contract.ts';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.closest?.('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

let lookup: (() => void) | undefined;

/** What `w` does where there are French words to look up (the reader page). Returns the remover. */
export function onLookupKey(action: () => void): () => void {
  lookup = action;
  return () => (lookup = undefined);
}

/**
 * Single-key shortcuts (WCAG 2.1.4): never while typing, never with a modifier, and off at will.
 * `j`/`k` step through the sentences, `w` looks up the selected French word (or the word at the
 * caret; see onLookupKey), `/` goes to the search box, `?` opens the list. Returns the remover.
 */
export function installShortcuts(openHelp: () => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!preferences.current.shortcuts || event.defaultPrevented || typing(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (document.querySelector('dialog[open]')) return;
    if (event.key === '?') {
      event.preventDefault();
      openHelp();
    } else if (event.key === '/') {
      // `/` goes to the search box in the header (or the big one on the search page).
      const search = document.getElementById('site-search');
      if (search instanceof HTMLInputElement) {
        event.preventDefault();
        search.focus();
        search.select();
      }
    } else if (event.key === 'w' && lookup) {
      event.preventDefault();
      lookup();
    } else if (
      (event.key === 'j' || event.key === 'k') &&
      document.querySelector(SEGMENT_SELECTOR)
    ) {
      event.preventDefault();
      const direction = event.key === 'j' ? 1 : -1;
      // The stepping code comes with the first step: most visits never press j or k.
      void import('./reader-dom.ts').then(({ stepSegment }) => stepSegment(direction));
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
