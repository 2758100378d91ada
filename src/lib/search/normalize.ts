/**
 * Accent-, case- and script-tolerant name matching for the glossary search. Pure TypeScript with
 * no Svelte and no DOM, so the server can fold every name once at prerender time and the browser
 * only folds what the reader types.
 *
 * Folding is the same on both sides, so it only has to be consistent, not linguistically exact:
 * "Lénine", "LENINE" and "Le\u0301nine" all fold to "lenine"; "Хрущёв" and "Хрущев" both fold to
 * "хрущев" (ё is е plus a diaeresis under NFKD; й likewise becomes и, on both sides, so a reader who
 * types either letter finds the name).
 */

/** Letters that NFKD leaves whole but that readers commonly type as plain Latin letters. */
const LETTERS: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ'
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

// Typographic apostrophes and primes, and every kind of dash and hyphen (minus sign included).
const APOSTROPHE = /[\u2018\u2019\u201B\u02BC\u02B9\u2032\u00B4`]/gu;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const MARK = /\p{M}/gu;
const SPACE = /\s+/gu;

/** A word of folded text: marks are gone by then, so letters and digits are enough. */
export const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

/**
 * The searchable form of a name or a query: lowercase, without accents or other combining marks,
 * with compatibility characters (ligatures, full-width forms) spelled out, typographic
 * apostrophes and dashes made plain, and runs of whitespace collapsed to one space.
 */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(MARK, '')
    .toLowerCase()
    .replace(LETTER, (c) => LETTERS[c]!)
    .replace(APOSTROPHE, "'")
    .replace(DASH, '-')
    .replace(SPACE, ' ')
    .trim();
}

/** The words of a query, folded; a query of only spaces has none. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * One string that holds every name of an entry, folded, one name a line. Names with an apostrophe
 * are also listed without it, so "lenins testament" finds "Lenin's Testament" as well as
 * "lenin's" does. Computed once per entry at build time.
 */
export function searchKey(names: readonly string[]): string {
  const lines = new Set<string>();
  for (const name of names) {
    const folded = foldForSearch(name);
    if (folded === '') continue;
    lines.add(folded);
    if (folded.includes("'")) lines.add(folded.replaceAll("'", ''));
  }
  return [...lines].join('\n');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `word` occurs in `key` at the start of a word (after a space, a hyphen, a bracket…). */
function startsAWord(key: string, word: string): boolean {
  for (let at = key.indexOf(word); at !== -1; at = key.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(key[at - 1]!)) return true;
  }
  return false;
}

/**
 * Whether a search key (see `searchKey`) matches already folded query words: every word must
 * begin some word of some name ("khrouch" finds Khrouchtchev, "secr gen" finds "secrétaire
 * général"), but a word found only inside another ("nin" in "Lenin") does not count. No words
 * match everything.
 */
export function matchesKey(words: readonly string[], key: string): boolean {
  return words.every((word) => startsAWord(key, word));
}

/** Whether a query as typed matches any of these names: see `matchesKey`. */
export function matches(query: string, names: readonly string[]): boolean {
  return matchesKey(queryWords(query), searchKey(names));
}

/** The parts of a glossary entry the search reads (structurally, to keep this module standalone). */
export interface NamedEntry {
  id: string;
  name: { fr: string; en: string; orig?: string };
  aliases: { fr: readonly string[]; en: readonly string[]; orig: readonly string[] };
}

/** Every name an entry can be found by: its names and aliases in every language and script, and its id. */
export function entryNames(entry: NamedEntry): string[] {
  return [
    entry.name.fr,
    entry.name.en,
    ...(entry.name.orig ? [entry.name.orig] : []),
    ...entry.aliases.fr,
    ...entry.aliases.en,
    ...entry.aliases.orig,
    entry.id
  ];
}
