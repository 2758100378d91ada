/**
 * Word forms as the lexicon stores them, and the shard a form lives in. Pure TypeScript: the
 * build (scripts, prerendered endpoints) and the browser share it, so both sides always agree on
 * which file holds a form.
 */

// Typographic apostrophes and every kind of hyphen or dash a text may put inside a word.
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\u00B4`]/gu;
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212\uFE63\uFF0D]/gu;
const MARK = /\p{M}/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae' };

/**
 * The key of a form in the lexicon: NFC, lowercase, plain apostrophe and hyphen. Accents stay
 * (`côte` and `cote` are different words), so this is what the forms shards are keyed by.
 */
export function normalizeForm(form: string): string {
  return form.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'").replace(HYPHENS, '-').trim();
}

/**
 * The letters a shard is chosen by: the form without accents, ligatures spelled out, and only
 * a–z kept (`Élève` → `eleve`, `l'œil` → `loeil`). Empty for a form without Latin letters.
 */
export function shardLetters(form: string): string {
  return normalizeForm(form)
    .normalize('NFD')
    .replace(MARK, '')
    .replace(/[œæ]/gu, (c) => LIGATURES[c]!)
    .replace(/[^a-z]/gu, '');
}

/** The shard of forms without Latin letters (digits, symbols…). */
export const OTHER_SHARD = '_';

/** A shard name: a–z letters, or `_`. Anything else is never fetched. */
export const SHARD_NAME = /^(?:[a-z]{1,24}|_)$/u;

/**
 * The shard holding `form` among a dataset's shards. Shards are consecutive ranges of the
 * forms sorted by their shardLetters; each is named by the letters it starts at (`boundaries`,
 * sorted, from the lexicon's index). The form's shard is the last one starting at or before its
 * letters (a binary search), or `_` for a form without letters. The build files every form with
 * this same function, so a form that is in the data is always in the shard this names.
 */
export function shardFor(form: string, boundaries: readonly string[]): string {
  const letters = shardLetters(form);
  if (letters === '' || boundaries.length === 0) return OTHER_SHARD;
  let lo = 0;
  let hi = boundaries.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! <= letters) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found === -1 ? boundaries[0]! : boundaries[found]!;
}
