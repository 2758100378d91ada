import { describe, expect, it } from 'vitest';
import { nextAtLevel, type NextCandidate, type ReadState } from './next-text.ts';

// In the library's order: by level, then title.
const ORDER: NextCandidate[] = [
  { slug: 'a2-one', level: 'A2' },
  { slug: 'b1-one', level: 'B1' },
  { slug: 'b1-two', level: 'B1' },
  { slug: 'b1-three', level: 'B1' },
  { slug: 'b2-one', level: 'B2' },
  { slug: 'c1-one', level: 'C1' }
];
const states =
  (known: Record<string, ReadState>) =>
  (slug: string): ReadState =>
    known[slug] ?? 'unread';
const next = (current: string, known: Record<string, ReadState> = {}) =>
  nextAtLevel(ORDER, current, states(known))?.slug;

describe('nextAtLevel', () => {
  it('suggests the next text of the same level in the library order', () => {
    expect(next('b1-one')).toBe('b1-two');
    expect(next('b1-two')).toBe('b1-three');
  });

  it('counts on round the level', () => {
    expect(next('b1-three')).toBe('b1-one');
  });

  it('skips finished texts and prefers unread ones to texts begun', () => {
    expect(next('b1-one', { 'b1-two': 'finished' })).toBe('b1-three');
    expect(next('b1-one', { 'b1-two': 'started' })).toBe('b1-three');
    expect(next('b1-one', { 'b1-two': 'started', 'b1-three': 'finished' })).toBe('b1-two');
  });

  it('goes to the nearest level when the level is read, the harder one on a tie', () => {
    const doneB1 = { 'b1-one': 'finished', 'b1-two': 'finished', 'b1-three': 'finished' } as const;
    expect(next('b1-one', doneB1)).toBe('b2-one');
    expect(next('b1-one', { ...doneB1, 'b2-one': 'finished' })).toBe('a2-one');
    expect(next('a2-one')).toBe('b1-one');
    expect(next('c1-one', { 'b2-one': 'finished' })).toBe('b1-one');
  });

  it('suggests nothing when everything else is finished, or for an unknown text', () => {
    const all = Object.fromEntries(ORDER.map((t) => [t.slug, 'finished' as const]));
    expect(next('b1-one', all)).toBeUndefined();
    expect(next('nowhere')).toBeUndefined();
  });
});
