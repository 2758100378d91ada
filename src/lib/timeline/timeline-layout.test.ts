import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '$lib/corpus/server.ts';
import { timelineData } from '$lib/server/timeline.ts';
import {
  layoutAxis,
  layoutLane,
  layoutTimeline,
  shortName,
  textWidth,
  tickYears
} from './timeline-layout.ts';

// Laid out on the glossary in texts/, whose general-secretary lane is well known.
describe('the timeline layout', () => {
  const corpus = loadCorpusOrThrow('texts');
  const timeline = timelineData(corpus);
  const gs = timeline.lanes.find((l) => l.post === 'general-secretary')!;

  it('labels the axis with decades, and a short span with finer years', () => {
    expect(tickYears(timeline.axis, 975)).toEqual([1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]);
    expect(tickYears(timeline.axis, 320)).toEqual([1920, 1930, 1940, 1950, 1960, 1970, 1980, 1990]);
    const fs = timelineData(corpus, ['first-secretary'], { fit: true });
    expect(fs.axis).toMatchObject({ from: 1953, to: 1966 });
    expect(tickYears(fs.axis, 975)).toEqual([
      1954, 1955, 1956, 1957, 1958, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966
    ]);
    expect(tickYears(fs.axis, 320)).toEqual([1954, 1956, 1958, 1960, 1962, 1964, 1966]);
    const axis = layoutAxis(timeline.axis, 975);
    expect(axis.ticks.every((t) => t.x > 0 && t.x < 975)).toBe(true);
  });

  it('shortens a name to its last word', () => {
    expect(shortName('Leonid Brezhnev')).toBe('Brezhnev');
    expect(shortName('Stalin')).toBe('Stalin');
    expect(textWidth('Mikhail Gorbachev', 12)).toBeGreaterThan(textWidth('Gorbachev', 12));
  });

  it('places every bar in order and inside the width, labels on it, beside it or below it', () => {
    for (const width of [320, 975]) {
      const layout = layoutLane(gs, timeline.axis, width, 'en');
      const xs = layout.bars.map((b) => b.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      for (const bar of layout.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(width);
        const w = bar.label.inside
          ? textWidth(bar.label.text, 12.5, true)
          : textWidth(bar.label.text, 12);
        const [a, b] =
          bar.label.anchor === 'middle'
            ? [bar.label.x - w / 2, bar.label.x + w / 2]
            : bar.label.anchor === 'start'
              ? [bar.label.x, bar.label.x + w]
              : [bar.label.x - w, bar.label.x];
        if (bar.label.inside) {
          // Inside means inside.
          expect(a).toBeGreaterThanOrEqual(bar.x);
          expect(b).toBeLessThanOrEqual(bar.x + bar.width);
        } else {
          expect(a).toBeGreaterThanOrEqual(-1);
          expect(b).toBeLessThanOrEqual(width + 1);
        }
      }
      // Stalin's thirty years always hold his name; Andropov's fifteen months never do.
      expect(layout.bars[0]!.label).toMatchObject({ inside: true });
      expect(layout.bars[0]!.label.text).toMatch(/Stalin$/);
      expect(layout.bars[2]!.label).toMatchObject({ inside: false, text: 'Andropov' });
    }
    const wide = layoutLane(gs, timeline.axis, 975, 'en');
    expect(wide.bars[0]!.label.text).toBe('Joseph Stalin');
    expect(wide.bars[1]!.label.text).toBe('Leonid Brezhnev');
  });

  it('keeps labels below a row from overlapping each other, and from 780 px from crossing leader lines', () => {
    for (const { width, lanes } of layoutTimeline(timeline, 'fr')) {
      lanes.forEach((layout) => {
        const below = layout.bars.filter((b) => b.leader);
        for (const p of below) {
          for (const q of below) {
            if (p === q || p.y !== q.y) continue;
            const [pb, qb] = [p.label.box!, q.label.box!];
            if (pb.y === qb.y) {
              expect(pb.x + pb.width <= qb.x || qb.x + qb.width <= pb.x, `width ${width}`).toBe(
                true
              );
            } else if (qb.y > pb.y && width >= 780) {
              // Below 780 px the lanes of nine heads of government or state have no placement
              // whose leaders all avoid the labels above them: the layout's last resort lets
              // them cross (a known defect, recorded in docs/architecture.md).
              // q's leader runs down past p's label: it must not cross it.
              expect(q.leader!.x < pb.x || q.leader!.x > pb.x + pb.width, `width ${width}`).toBe(
                true
              );
            }
          }
        }
        expect(layout.height).toBeGreaterThan(0);
      });
    }
  });
});
