import type { Corpus, PartialDate } from '$lib/corpus/index.ts';
import { earliest, latest, parsePartialDate } from '$lib/corpus/dates.ts';
import type {
  Timeline,
  TimelineAxis,
  TimelineBar,
  TimelineGap,
  TimelineLane
} from '$lib/timeline/timeline-types.ts';

/**
 * The timeline of posts: for each post that has holders in the glossary, one lane with a bar per
 * tenure and a gap for every stretch of the post's existence no glossary tenure covers. Pure data
 * built at prerender time; the geometry for a given width is timeline-layout.ts's business.
 *
 * Time is counted in whole days since 1970-01-01 (UTC), and every span is half-open: `start` is
 * the first day it may cover, `end` the day after the last. A partial date starts on its earliest
 * day and ends after its latest, so "1922-04" as an end covers all of April.
 */

/** The default span of the axis, in years; it grows to cover data that lies outside it. */
export const DEFAULT_YEARS = { from: 1917, to: 1991 } as const;

export interface TimelineOptions {
  /**
   * Fit the axis to the lanes' own years instead of starting from 1917–1991: a single post's
   * lane on its entry page reads better at its own scale.
   */
  fit?: boolean;
}

const DAY = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` string. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
}

export function yearStart(year: number): number {
  return Math.round(Date.UTC(year, 0, 1) / DAY);
}

/** The year a day number falls in. */
export function yearOf(day: number): number {
  return new Date(day * DAY).getUTCFullYear();
}

const startOf = (date: PartialDate) => dayNumber(earliest(date));
const endOf = (date: PartialDate) => dayNumber(latest(date)) + 1;

/**
 * Builds the timeline of the posts `postIds` (in that order), or of every post with holders,
 * ordered by the start of its earliest tenure (then by the post's own start, then by id).
 */
export function timelineData(
  corpus: Corpus,
  postIds?: readonly string[],
  options: TimelineOptions = {}
): Timeline {
  const candidates = postIds ?? [...corpus.holders.keys()];
  const posts = candidates.filter(
    (id) => corpus.entries.get(id)?.type === 'post' && (corpus.holders.get(id)?.length ?? 0) > 0
  );

  // The axis first: open-ended tenures and posts without an end run up to its end.
  let minYear: number = options.fit ? Infinity : DEFAULT_YEARS.from;
  let maxYear: number = options.fit ? -Infinity : DEFAULT_YEARS.to;
  const cover = (day: number) => {
    const year = yearOf(day);
    minYear = Math.min(minYear, year);
    maxYear = Math.max(maxYear, year);
  };
  for (const id of posts) {
    const dates = corpus.entries.get(id)!.dates;
    if (dates?.from) cover(startOf(dates.from));
    if (dates?.to) cover(endOf(dates.to) - 1);
    for (const { tenure } of corpus.holders.get(id)!) {
      cover(startOf(tenure.from));
      if (tenure.to) cover(endOf(tenure.to) - 1);
    }
  }
  if (!Number.isFinite(minYear)) [minYear, maxYear] = [DEFAULT_YEARS.from, DEFAULT_YEARS.to];
  const axis: TimelineAxis = {
    from: minYear,
    to: maxYear,
    start: yearStart(minYear),
    end: yearStart(maxYear + 1)
  };

  const lanes = posts.map((id) => buildLane(corpus, id, axis));
  if (!postIds) {
    const first = (lane: TimelineLane) => Math.min(...lane.bars.map((b) => b.start));
    lanes.sort(
      (a, b) =>
        first(a) - first(b) ||
        a.exists.start - b.exists.start ||
        (a.post < b.post ? -1 : a.post > b.post ? 1 : 0)
    );
  }
  return { axis, lanes };
}

function buildLane(corpus: Corpus, id: string, axis: TimelineAxis): TimelineLane {
  const post = corpus.entries.get(id)!;
  const holdings = corpus.holders.get(id)!;

  const bars: TimelineBar[] = holdings
    .map(({ person, tenure }) => {
      const holder = corpus.entries.get(person)!;
      return {
        person,
        name: { fr: holder.name.fr, en: holder.name.en },
        from: tenure.from,
        ...(tenure.to ? { to: tenure.to } : {}),
        unofficial: tenure.unofficial,
        approximate: { start: tenure.from.approximate, end: tenure.to?.approximate === true },
        ...(tenure.note ? { note: tenure.note } : {}),
        row: 0,
        start: startOf(tenure.from),
        end: tenure.to ? endOf(tenure.to) : axis.end
      };
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);

  // Sub-rows, first fit: a bar joins the first row whose last bar has ended by the day it starts.
  // A handover on one day (one tenure ends on the 14th, the next starts on the 14th) is not an
  // overlap, so the successor stays on the same row.
  const rowEnds: number[] = [];
  for (const bar of bars) {
    let row = rowEnds.findIndex((end) => end - 1 <= bar.start);
    if (row === -1) row = rowEnds.push(0) - 1;
    rowEnds[row] = bar.end;
    bar.row = row;
  }

  const from = post.dates?.from;
  const to = post.dates?.to;
  const exists = {
    start: from ? startOf(from) : Math.min(...bars.map((b) => b.start)),
    end: to ? endOf(to) : axis.end
  };
  const axisEndDate = parsePartialDate(String(axis.to))!;

  // Gaps: walk the tenures in order of start, keeping the end of what is covered so far and the
  // date it ends on; a tenure starting after that end leaves a gap between the two dates.
  const gaps: TimelineGap[] = [];
  let covered = exists.start;
  let coveredDate: PartialDate | undefined = from;
  for (const bar of bars) {
    if (bar.start > covered && covered < exists.end) {
      gaps.push({
        start: covered,
        end: Math.min(bar.start, exists.end),
        from: coveredDate ?? bar.from,
        to: bar.start < exists.end ? bar.from : (to ?? axisEndDate)
      });
    }
    if (bar.end > covered) {
      covered = bar.end;
      coveredDate = bar.to ?? axisEndDate;
    }
  }
  if (covered < exists.end) {
    gaps.push({
      start: covered,
      end: exists.end,
      from: coveredDate ?? from!,
      to: to ?? axisEndDate
    });
  }

  return {
    post: id,
    name: { fr: post.name.fr, en: post.name.en },
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    exists,
    rows: rowEnds.length,
    bars,
    gaps
  };
}
