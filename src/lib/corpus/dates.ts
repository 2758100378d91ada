/**
 * Historical dates as authors know them: a year, a year and month, or a full day, possibly
 * approximate. Never a JavaScript Date: "1917" must not turn into 1 January 1917 at midnight UTC.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  approximate: boolean;
  /** `1922`, `1922-04` or `1922-04-03`, without the approximation mark: sortable as text. */
  iso: string;
}

const DATE = /^(~)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `1878`, `1878-12`, `1878-12-18`, optionally prefixed by `~`; undefined when invalid. */
export function parsePartialDate(value: string | number): PartialDate | undefined {
  const match = DATE.exec(String(value).trim());
  if (!match) return undefined;
  const year = Number(match[2]);
  const month = match[3] === undefined ? undefined : Number(match[3]);
  const day = match[4] === undefined ? undefined : Number(match[4]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  const iso = [match[2], match[3], match[4]].filter((p) => p !== undefined).join('-');
  return { year, month, day, approximate: match[1] === '~', iso };
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** The first day a partial date can mean, as `YYYY-MM-DD`. */
export function earliest(date: PartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 1, 2)}-${pad(date.day ?? 1, 2)}`;
}

/** The last day a partial date can mean, as `YYYY-MM-DD`. */
export function latest(date: PartialDate): string {
  const month = date.month ?? 12;
  return `${pad(date.year, 4)}-${pad(month, 2)}-${pad(date.day ?? daysInMonth(date.year, month), 2)}`;
}

/** True when `end` certainly lies before `start`, whatever day each partial date stands for. */
export function endsBeforeStart(start: PartialDate, end: PartialDate): boolean {
  return latest(end) < earliest(start);
}

export function compareDates(a: PartialDate, b: PartialDate): number {
  const ea = earliest(a);
  const eb = earliest(b);
  return ea < eb ? -1 : ea > eb ? 1 : 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
