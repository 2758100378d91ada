// The timeline's data as the page receives it: built at prerender time by
// src/lib/server/timeline.ts, drawn by timeline-layout.ts and the components beside it. Time is in
// whole days since 1970-01-01 (UTC); every span is half-open (`end` is the day after the last).
import type { Bilingual, PartialDate } from '$lib/corpus/index.ts';

export interface TimelineBar {
  person: string;
  name: Bilingual;
  from: PartialDate;
  /** Absent for a tenure the glossary gives no end: the bar runs to the end of the axis. */
  to?: PartialDate;
  unofficial: boolean;
  /** Which ends of the bar rest on an approximate date. */
  approximate: { start: boolean; end: boolean };
  note?: Bilingual;
  /** Sub-row of the lane, 0 first: tenures that overlap in time go on different rows. */
  row: number;
  start: number;
  end: number;
}

/** A stretch of the post's existence that no glossary tenure covers. */
export interface TimelineGap {
  start: number;
  end: number;
  /** The date the covered stretch before it ends on (or the post's creation). */
  from: PartialDate;
  /** The date the next covered stretch starts on (or the post's end). */
  to: PartialDate;
}

export interface TimelineLane {
  post: string;
  name: Bilingual;
  /** The post's dates as the glossary gives them. */
  from?: PartialDate;
  to?: PartialDate;
  /** The span the post existed, clipped to nothing: gaps are looked for only inside it. */
  exists: { start: number; end: number };
  rows: number;
  bars: TimelineBar[];
  gaps: TimelineGap[];
}

export interface TimelineAxis {
  /** First and last year shown, inclusive. */
  from: number;
  to: number;
  /** 1 January of `from`, and 1 January of the year after `to`. */
  start: number;
  end: number;
}

export interface Timeline {
  axis: TimelineAxis;
  lanes: TimelineLane[];
}
