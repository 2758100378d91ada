import type {
  Timeline,
  TimelineAxis,
  TimelineBar,
  TimelineLane
} from '$lib/timeline/timeline-types.ts';

/**
 * Geometry of the timeline at one width, in SVG user units (pixels at scale 1). Pure and
 * deterministic, so the prerendered SVG and the hydrated one agree. The page renders the
 * timeline at each of LAYOUT_WIDTHS and a container query shows the one that fits, so labels are
 * placed for about the size they are read at, with JavaScript or without.
 */

/** Widths laid out; each is shown from its width up to the next (scaled up by at most 25%). */
export const LAYOUT_WIDTHS = [320, 400, 500, 625, 780, 975] as const;

export const METRICS = {
  padX: 10,
  barHeight: 26,
  rowGap: 8,
  lineHeight: 17,
  top: 6,
  bottom: 6,
  insideFont: 12.5,
  labelFont: 12,
  axisFont: 11.5,
  axisHeight: 24,
  /** Width of the faded end of an approximate bar. */
  fade: 10,
  /** Length of the arrow tip of an open-ended bar. */
  arrow: 8
} as const;

type Anchor = 'start' | 'middle' | 'end';

export interface BarLayout {
  /** Index of the bar in its lane's `bars`. */
  index: number;
  x: number;
  width: number;
  y: number;
  height: number;
  open: boolean;
  label: {
    text: string;
    x: number;
    y: number;
    anchor: Anchor;
    inside: boolean;
    /** Backing box behind an outside label, so it reads over gridlines and gap hatching. */
    box?: { x: number; y: number; width: number; height: number };
  };
  /** A line from the bar down to its label when the label sits below the row. */
  leader?: { x: number; y1: number; y2: number };
}

export interface LaneLayout {
  width: number;
  height: number;
  ticks: number[];
  bars: BarLayout[];
  gaps: { x: number; width: number; y: number; height: number }[];
}

export interface AxisLayout {
  width: number;
  height: number;
  ticks: { x: number; year: number; anchor: Anchor }[];
  minor: number[];
}

// Advance widths (in em) of DejaVu Sans, the widest common fallback of the UI font stack (it is
// what Linux browsers show): narrower system fonts only leave more room around a label.
const NARROW = new Set([..."iljtfrI.,;:'’!|() "]);
const WIDE = new Set([...'mwMWŒœÆæ']);

/** An upper estimate of the width of `text` at `size` pixels. */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.7;
    else if (/\d/.test(ch)) em += 0.64;
    else em += 0.62;
  }
  return em * size * (bold ? 1.17 : 1);
}

/** The last word of a name: "Leonid Brezhnev" → "Brezhnev". */
export function shortName(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

const yearStart = (year: number) => Math.round(Date.UTC(year, 0, 1) / 86_400_000);

function scale(axis: TimelineAxis, width: number) {
  const { padX } = METRICS;
  const span = axis.end - axis.start;
  return (day: number) => padX + ((day - axis.start) / span) * (width - 2 * padX);
}

/** The tick step in years: decades for long spans, finer for a short one when there is room. */
export function tickStep(axis: TimelineAxis, width: number): number {
  const years = axis.to - axis.from + 1;
  const perYear = (width - 2 * METRICS.padX) / years;
  const min = years >= 30 ? 10 : 1;
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => s >= min && s * perYear >= 36);
  return step ?? 100;
}

export function tickYears(axis: TimelineAxis, width: number): number[] {
  const step = tickStep(axis, width);
  const years: number[] = [];
  for (let y = Math.ceil(axis.from / step) * step; y <= axis.to + 1; y += step) {
    // A tick on the very first or very last edge says little and crowds the border.
    if (y > axis.from && y <= axis.to) years.push(y);
  }
  return years;
}

export function layoutAxis(axis: TimelineAxis, width: number): AxisLayout {
  const x = scale(axis, width);
  const half = textWidth('0000', METRICS.axisFont) / 2;
  const ticks = tickYears(axis, width).map((year) => {
    const at = x(yearStart(year));
    const anchor: Anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
    return { x: at, year, anchor };
  });
  const step = tickStep(axis, width);
  const perYear = (width - 2 * METRICS.padX) / (axis.to - axis.from + 1);
  const minor: number[] = [];
  if (step > 1 && perYear >= 5) {
    for (let y = axis.from + 1; y <= axis.to; y += 1)
      if (y % step !== 0) minor.push(x(yearStart(y)));
  }
  return { width, height: METRICS.axisHeight, ticks, minor };
}

interface Placed {
  line: number;
  x1: number;
  x2: number;
  leader: number;
}

/** Lays out one lane at `width`, with each bar labelled by its holder's name in `lang`. */
export function layoutLane(
  lane: TimelineLane,
  axis: TimelineAxis,
  width: number,
  lang: 'fr' | 'en'
): LaneLayout {
  const M = METRICS;
  const x = scale(axis, width);
  const left = 0;
  const right = width;

  // Horizontal geometry first; a hairline of space separates bars that touch.
  const geo = lane.bars.map((bar, index) => {
    let x1 = x(bar.start);
    let x2 = x(bar.end);
    if (x2 - x1 > 5) {
      x1 += 0.75;
      x2 -= 0.75;
    }
    if (x2 - x1 < 3) {
      const mid = (x1 + x2) / 2;
      x1 = mid - 1.5;
      x2 = mid + 1.5;
    }
    return { bar, index, x1, x2, open: bar.to === undefined };
  });

  type Label = BarLayout['label'] & { line?: number; lx?: number };
  const labels: Label[] = new Array(geo.length);
  const lines: number[] = new Array(lane.rows).fill(0);

  for (let row = 0; row < lane.rows; row++) {
    const inRow = geo.filter((g) => g.bar.row === row);
    // Horizontal extents already taken in the row. A label beside its bar keeps well clear of the
    // other bars, so that it reads as belonging to the one it touches.
    const barsInRow = inRow.map((g) => [g.x1, g.x2] as [number, number]);
    const taken: [number, number][] = [];
    const free = (a: number, b: number, own: number) =>
      a >= left &&
      b <= right &&
      barsInRow.every(([c, d], i) => inRow[i]!.index === own || b + 12 <= c || a - 12 >= d) &&
      taken.every(([c, d]) => b + 6 <= c || a - 6 >= d);
    const outside: typeof inRow = [];

    for (const g of inRow) {
      const name = g.bar.name[lang];
      const pad = 5 + (g.bar.approximate.start ? M.fade / 2 : 0);
      const padEnd = 5 + (g.bar.approximate.end ? M.fade / 2 : 0) + (g.open ? M.arrow : 0);
      const room = g.x2 - g.x1 - pad - padEnd;
      const text = [name, shortName(name)].find((t) => textWidth(t, M.insideFont, true) <= room);
      if (text !== undefined) {
        labels[g.index] = {
          text,
          x: g.x1 + pad + room / 2,
          y: 0,
          anchor: 'middle',
          inside: true
        };
      } else outside.push(g);
    }

    // Beside the bar, in its own row, when nothing else is there: right first, then left.
    const below: typeof inRow = [];
    for (const g of outside) {
      const name = g.bar.name[lang];
      let placed = false;
      for (const text of [name, shortName(name)]) {
        const w = textWidth(text, M.labelFont);
        const options: [number, Anchor][] = [
          [g.x2 + 5, 'start'],
          [g.x1 - 5, 'end']
        ];
        for (const [at, anchor] of options) {
          const a = anchor === 'start' ? at - 2 : at - w - 2;
          const b = anchor === 'start' ? at + w + 2 : at + 2;
          if (free(a, b, g.index)) {
            taken.push([a, b]);
            labels[g.index] = { text, x: at, y: 0, anchor, inside: false, box: box(a, b) };
            placed = true;
            break;
          }
        }
        if (placed) break;
      }
      if (!placed) below.push(g);
    }

    // Below the row, on as many lines as needed, each label joined to its bar by a leader line.
    if (below.length > 0) {
      const items = below.map((g) => {
        const text = shortName(g.bar.name[lang]);
        return { g, text, w: textWidth(text, M.labelFont), mid: (g.x1 + g.x2) / 2 };
      });
      // The leader leaves the bar at its middle, or near the end the label extends from, which
      // lets the labels of bars that nearly touch step down as a staircase.
      const leaderX = (g: (typeof items)[number]['g'], anchor: Anchor) =>
        anchor === 'middle'
          ? (g.x1 + g.x2) / 2
          : anchor === 'start'
            ? Math.min(g.x1 + 1, (g.x1 + g.x2) / 2)
            : Math.max(g.x2 - 1, (g.x1 + g.x2) / 2);
      type Choice = { line: number; anchor: Anchor; x1: number; lx: number };
      const attempt = (strategy: ('middle' | 'outward' | 'inward')[], crossing: boolean) => {
        const placed: Placed[] = [];
        const result: Choice[] = [];
        // From the middle of the lane outwards, so clusters fan out towards the nearer edge.
        const order = items
          .map((_, i) => i)
          .sort(
            (i, j) => Math.abs(items[i]!.mid - width / 2) - Math.abs(items[j]!.mid - width / 2)
          );
        for (const i of order) {
          const { g, w, mid } = items[i]!;
          const outward: Anchor = mid > width / 2 ? 'end' : 'start';
          const inward: Anchor = outward === 'end' ? 'start' : 'end';
          const anchors = strategy.map((s) =>
            s === 'outward' ? outward : s === 'inward' ? inward : 'middle'
          );
          let done = false;
          for (let line = 0; line <= items.length && !done; line++) {
            for (const anchor of anchors) {
              const lx = leaderX(g, anchor);
              const x1 = anchor === 'start' ? lx - 1 : anchor === 'end' ? lx - w + 1 : lx - w / 2;
              const x2 = x1 + w;
              if (x1 < left + 1 || x2 > right - 1) continue;
              const ok = placed.every((p) => {
                if (p.line === line) return x2 + 8 <= p.x1 || x1 - 8 >= p.x2;
                if (crossing) return true;
                if (p.line < line) return lx < p.x1 - 3 || lx > p.x2 + 3;
                return p.leader < x1 - 3 || p.leader > x2 + 3;
              });
              if (ok) {
                placed.push({ line, x1, x2, leader: lx });
                result[i] = { line, anchor, x1, lx };
                done = true;
                break;
              }
            }
          }
          if (!done) return undefined;
        }
        return result;
      };
      const linesOf = (r: { line: number }[]) => Math.max(...r.map((p) => p.line)) + 1;
      // Leaders that cross no label, on as few lines as possible; crossing only as a last resort.
      const clean = (
        [
          ['middle', 'outward', 'inward'],
          ['outward', 'middle', 'inward'],
          ['outward', 'middle'],
          ['outward']
        ] as const
      )
        .map((strategy) => attempt([...strategy], false))
        .filter((r): r is Choice[] => r !== undefined);
      const best =
        clean.length > 0
          ? clean.reduce((a, b) => (linesOf(b) < linesOf(a) ? b : a))
          : attempt(['outward', 'middle', 'inward'], true)!;
      best.forEach((p, i) => {
        const { g, text, w } = items[i]!;
        labels[g.index] = {
          text,
          x: p.anchor === 'start' ? p.x1 : p.anchor === 'end' ? p.x1 + w : p.lx,
          y: 0,
          anchor: p.anchor,
          inside: false,
          line: p.line,
          lx: p.lx,
          box: box(p.x1 - 2, p.x1 + w + 2)
        };
      });
      lines[row] = linesOf(best);
    }
  }

  // Vertical geometry: each row is a bar followed by its lines of labels.
  const rowY: number[] = [];
  let y = M.top;
  for (let row = 0; row < lane.rows; row++) {
    rowY.push(y);
    y += M.barHeight;
    if (lines[row]! > 0) y += 4 + lines[row]! * M.lineHeight;
    y += row < lane.rows - 1 ? M.rowGap : M.bottom;
  }
  const height = Math.max(y, M.top + M.barHeight + M.bottom);

  const bars: BarLayout[] = geo.map((g) => {
    const top = rowY[g.bar.row]!;
    const label = labels[g.index]!;
    const mid = top + M.barHeight / 2;
    const layout: BarLayout = {
      index: g.index,
      x: g.x1,
      width: g.x2 - g.x1,
      y: top,
      height: M.barHeight,
      open: g.open,
      label: { text: label.text, x: label.x, y: 0, anchor: label.anchor, inside: label.inside }
    };
    if (label.line === undefined) {
      // Inside or beside: vertically centred on the bar.
      layout.label.y = mid + M.labelFont * 0.36;
      if (label.box) layout.label.box = { ...label.box, y: mid - 9, height: 18 };
    } else {
      const lineTop = top + M.barHeight + 4 + label.line * M.lineHeight;
      layout.label.y = lineTop + M.labelFont;
      layout.label.box = { ...label.box!, y: lineTop, height: M.lineHeight - 1 };
      layout.leader = { x: label.lx!, y1: top + M.barHeight, y2: lineTop + 1 };
    }
    return layout;
  });

  const gaps = lane.gaps.map((gap) => ({
    x: x(gap.start),
    width: Math.max(x(gap.end) - x(gap.start), 0),
    y: rowY[0]!,
    height: M.barHeight
  }));

  const ticks = tickYears(axis, width).map((year) => x(yearStart(year)));
  return { width, height, ticks, bars, gaps };
}

function box(a: number, b: number) {
  return { x: a, y: 0, width: b - a, height: 0 };
}

/** Every lane and the axis laid out at every width of LAYOUT_WIDTHS. */
export function layoutTimeline(timeline: Timeline, lang: 'fr' | 'en') {
  return LAYOUT_WIDTHS.map((width) => ({
    width,
    axis: layoutAxis(timeline.axis, width),
    lanes: timeline.lanes.map((lane) => layoutLane(lane, timeline.axis, width, lang))
  }));
}

export type TimelineLayout = ReturnType<typeof layoutTimeline>[number];
export type { TimelineBar };
