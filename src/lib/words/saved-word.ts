// The shape of a saved word, shared by the store (src/lib/state/saved-words.svelte.ts) and the
// exchange formats (exchange.ts), which each need it without needing the other.

/** What a card hands to the save button: an entry or a term, with the sentence it was met in. */
export interface SavedWordInput {
  kind: 'entry' | 'term';
  /** Glossary id (entry) or term id (term). */
  id: string;
  /** Text slug: for terms, and for entries met in a text. */
  text?: string;
  textTitle?: { fr: string; en: string };
  segment?: string;
  /** The chapter of that segment in a text with chapters ('' or absent: the first one). */
  chapter?: string;
  /** Entry: its names. Term: the French span and its English match (or gloss). */
  word: { fr: string; en: string };
  lemma?: string;
  /** English meaning (term) or the entry's English name. */
  gloss?: string;
  /** Where it was met, plain text. */
  sentence?: { fr: string; en: string };
}

export interface SavedWord extends SavedWordInput {
  key: string;
  /** ISO date and time. */
  savedAt: string;
}
