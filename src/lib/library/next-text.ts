import { CEFR_LEVELS, type Level } from '$lib/corpus/levels.ts';

/** A text as the end of the reader suggests it. */
export interface NextCandidate {
  slug: string;
  level: Level;
}

export type ReadState = 'unread' | 'started' | 'finished';

/**
 * The text to suggest once `current` is finished: one not finished yet, of the same level if
 * there is one, else of the nearest level (the harder one on a tie: the reader is progressing).
 * Within a level an unread text comes before one begun, and then the library's order, counting
 * on from the current text and round again. `order` is the library's order (by level, then
 * title); `state` tells how far the reader is in a text.
 */
export function nextAtLevel<T extends NextCandidate>(
  order: readonly T[],
  current: string,
  state: (slug: string) => ReadState
): T | undefined {
  const here = order.findIndex((t) => t.slug === current);
  if (here < 0) return undefined;
  const rank = (level: Level) => CEFR_LEVELS.indexOf(level);
  const level = rank(order[here]!.level);
  let best: { text: T; key: number[] } | undefined;
  order.forEach((text, i) => {
    const read = state(text.slug);
    if (i === here || read === 'finished') return;
    const distance = rank(text.level) - level;
    const key = [
      Math.abs(distance),
      distance < 0 ? 1 : 0,
      read === 'started' ? 1 : 0,
      (i - here + order.length) % order.length
    ];
    if (!best || compareKeys(key, best.key) < 0) best = { text, key };
  });
  return best?.text;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
