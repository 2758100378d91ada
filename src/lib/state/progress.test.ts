import { describe, expect, it } from 'vitest';
import { parseProgress } from './progress.svelte.ts';

describe('parseProgress', () => {
  it('keeps valid places and drops broken ones', () => {
    const good = { chapter: '', segment: '1.4', index: 4, total: 16, at: '2026-11-27T06:00:00Z' };
    expect(
      parseProgress({
        ok: good,
        negative: { ...good, index: -1 },
        beyond: { ...good, index: 16 },
        noSegment: { ...good, segment: 4 },
        nothing: null
      })
    ).toEqual({ ok: good });
  });

  it('keeps the finished mark, and drops a place whose mark is not a boolean', () => {
    const good = { chapter: '', segment: '2.9', index: 15, total: 16, at: '2026-12-04T06:00:00Z' };
    expect(
      parseProgress({ done: { ...good, finished: true }, odd: { ...good, finished: 'yes' } })
    ).toEqual({ done: { ...good, finished: true } });
  });

  it('refuses what is not a record', () => {
    expect(parseProgress([1, 2])).toBeUndefined();
    expect(parseProgress('1.4')).toBeUndefined();
    expect(parseProgress(null)).toBeUndefined();
  });
});
