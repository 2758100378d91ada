import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from './suggest.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('stalin', 'stalin')).toBe(0);
    expect(editDistance('staline', 'stalin')).toBe(1);
    expect(editDistance('stailn', 'stalin')).toBe(1);
    expect(editDistance('stalni', 'stalin')).toBe(1);
    expect(editDistance('sztalyn', 'stalin')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('lenin', 'stalin', 2)).toBe(3);
  });
});

describe('nearest', () => {
  const ids = ['stalin', 'lenin', 'general-secretary', 'second-secretary', 'cpsu', 'sverdlov'];
  it('finds the known id within two edits', () => {
    expect(nearest('staline', ids)).toBe('stalin');
    expect(nearest('sverdloff', ids)).toBe('sverdlov');
    expect(nearest('genral-secretary', ids)).toBe('general-secretary');
    expect(nearest('sumary', ['summary', 'source', 'name'])).toBe('summary');
  });
  it('suggests nothing when nothing is near, or the word is very short or very long', () => {
    expect(nearest('trotsky', ids)).toBeUndefined();
    expect(nearest('ab', ['xy'])).toBeUndefined();
    expect(nearest('a'.repeat(10_000), ids)).toBeUndefined();
  });
});
