import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactMentions, expandMentions, type MentionPlace } from './card-data.ts';

describe('card mention places', () => {
  it('groups by chapter and ranks mentions within a segment', () => {
    const places = compactMentions([
      { text: 'a', chapter: '', segment: '1.1', n: 0 },
      { text: 'a', chapter: '', segment: '1.1', n: 1 },
      { text: 'a', chapter: '', segment: '1.4', n: 0 },
      { text: 'a', chapter: 'c2', segment: 'c2.1', n: 0 },
      { text: 'b', chapter: '', segment: '1.1', n: 0 }
    ]);
    expect(places).toEqual([
      { text: 'a', chapter: '', segments: ['1.1', '1.1', '1.4'] },
      { text: 'a', chapter: 'c2', segments: ['c2.1'] },
      { text: 'b', chapter: '', segments: ['1.1'] }
    ]);
    expect(expandMentions(places).map((m) => m.n)).toEqual([0, 1, 0, 0, 0]);
  });

  it('gives back any list of places in reading order', () => {
    // Reading order: chapters one after the other, each segment once with its mentions ranked
    // 0, 1, 2…
    const chapterRun = fc.record({
      key: fc.constantFrom('a/', 'a/c2', 'a/c3', 'b/', 'b/c2'),
      segments: fc.uniqueArray(fc.constantFrom('1.1', '1.2', '2.1', 'c2.1'), {
        minLength: 1,
        maxLength: 4
      }),
      counts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 })
    });
    fc.assert(
      fc.property(fc.uniqueArray(chapterRun, { selector: (r) => r.key, maxLength: 5 }), (runs) => {
        const mentions: MentionPlace[] = [];
        for (const run of runs) {
          const [text, chapter] = run.key.split('/') as [string, string];
          run.segments.forEach((segment, i) => {
            for (let n = 0; n < run.counts[i]!; n++) mentions.push({ text, chapter, segment, n });
          });
        }
        expect(expandMentions(compactMentions(mentions))).toEqual(mentions);
      }),
      { numRuns: 500 }
    );
  });
});
