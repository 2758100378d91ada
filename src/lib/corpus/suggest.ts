/**
 * "Did you mean …?" for a misspelt id or field name: the nearest known word by optimal string
 * alignment distance (Damerau–Levenshtein where no substring is edited twice: an insertion, a
 * deletion, a substitution or a swap of two neighbours each cost 1), within `max` edits.
 */

/** The edit distance between a and b, or max + 1 as soon as it is certainly above max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Longer than this, a word gets no suggestion (it is not a typo, and comparing it costs). */
const LONGEST = 64;

/**
 * The known word nearest to `word`, at most `max` edits away (and closer than the word's own
 * length, so that `ab` does not suggest `xy`); ties go to the first in alphabetical order.
 */
export function nearest(word: string, known: Iterable<string>, max = 2): string | undefined {
  if (word.length > LONGEST) return undefined;
  let best: string | undefined;
  let bestDistance = Math.min(max, word.length - 1);
  for (const candidate of known) {
    if (candidate === word) continue;
    const d = editDistance(word, candidate, bestDistance);
    if (d > bestDistance) continue;
    if (d < bestDistance || best === undefined || candidate < best) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** ` Did you mean 'stalin'?`, or nothing. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const match = nearest(word, known);
  return match === undefined ? '' : `did you mean '${match}'? `;
}
