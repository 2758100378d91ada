import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDates,
  earliest,
  endsBeforeStart,
  latest,
  parsePartialDate,
  type PartialDate
} from './dates.ts';

const date = (value: string | number): PartialDate => {
  const d = parsePartialDate(value);
  if (!d) throw new Error(`test fixture '${value}' should be a date`);
  return d;
};

/** The Gregorian rule, written out by hand. */
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) =>
  [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('parsePartialDate', () => {
  it('accepts a year, as a number or a string', () => {
    expect(parsePartialDate(1917)).toEqual({
      year: 1917,
      month: undefined,
      day: undefined,
      approximate: false,
      iso: '1917'
    });
    expect(parsePartialDate('1917')).toEqual(parsePartialDate(1917));
  });

  it('accepts a year and month', () => {
    expect(parsePartialDate('1917-10')).toEqual({
      year: 1917,
      month: 10,
      day: undefined,
      approximate: false,
      iso: '1917-10'
    });
  });

  it('accepts a full day', () => {
    expect(parsePartialDate('1917-10-25')).toEqual({
      year: 1917,
      month: 10,
      day: 25,
      approximate: false,
      iso: '1917-10-25'
    });
  });

  it('accepts ~ for an approximate date, and leaves it out of iso', () => {
    expect(parsePartialDate('~1917')).toEqual({
      year: 1917,
      month: undefined,
      day: undefined,
      approximate: true,
      iso: '1917'
    });
    expect(parsePartialDate('~1917-03')).toMatchObject({
      approximate: true,
      iso: '1917-03',
      month: 3
    });
  });

  it('tolerates surrounding spaces', () => {
    expect(parsePartialDate(' 1922-04-03 ')).toMatchObject({ iso: '1922-04-03' });
  });

  it('knows month lengths and leap years', () => {
    expect(parsePartialDate('1916-02-29')).toMatchObject({ year: 1916, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).toBeDefined();
    expect(parsePartialDate('1917-02-29')).toBeUndefined();
    expect(parsePartialDate('1900-02-29')).toBeUndefined();
    expect(parsePartialDate('1917-02-30')).toBeUndefined();
    expect(parsePartialDate('1917-04-31')).toBeUndefined();
    expect(parsePartialDate('1917-12-31')).toBeDefined();
    expect(parsePartialDate('1917-01-31')).toBeDefined();
  });

  it('rejects what is not a date', () => {
    for (const bad of [
      '1917-13',
      '1917-00',
      '1917-10-00',
      '1917-10-32',
      '17',
      17,
      '19170',
      '1917-1',
      '1917-10-5',
      '1917/10/25',
      '25-10-1917',
      '~',
      '~~1917',
      '1917~',
      '-1917',
      'c. 1917',
      '',
      'abcd',
      1917.5,
      '1917-10-25T00:00'
    ]) {
      expect(parsePartialDate(bad), String(bad)).toBeUndefined();
    }
  });

  it('accepts every real day of every month of four-digit years, and no other', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const parsed = parsePartialDate(`${y}-${pad(m, 2)}-${pad(d, 2)}`);
          if (d <= monthLength(y, m))
            expect(parsed).toEqual({
              year: y,
              month: m,
              day: d,
              approximate: false,
              iso: `${y}-${pad(m, 2)}-${pad(d, 2)}`
            });
          else expect(parsed).toBeUndefined();
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('knows that year 0000 (1 BC) is a leap year', () => {
    // The proleptic Gregorian calendar of ISO 8601: 0 is divisible by 400.
    expect(parsePartialDate('0000-02-29')).toBeDefined();
    expect(latest(date('0000-02'))).toBe('0000-02-29');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (v) => {
        parsePartialDate(v);
      }),
      { numRuns: 1000 }
    );
  });
});

describe('earliest and latest', () => {
  it('spread a year over the whole year', () => {
    expect(earliest(date(1917))).toBe('1917-01-01');
    expect(latest(date(1917))).toBe('1917-12-31');
  });

  it('spread a month over the whole month', () => {
    expect(earliest(date('1917-02'))).toBe('1917-02-01');
    expect(latest(date('1917-02'))).toBe('1917-02-28');
    expect(latest(date('1916-02'))).toBe('1916-02-29');
    expect(latest(date('1917-04'))).toBe('1917-04-30');
    expect(latest(date('1917-12'))).toBe('1917-12-31');
  });

  it('are the day itself for a full date', () => {
    expect(earliest(date('1917-10-25'))).toBe('1917-10-25');
    expect(latest(date('1917-10-25'))).toBe('1917-10-25');
  });

  it('ignore approximation', () => {
    expect(earliest(date('~1917'))).toBe('1917-01-01');
    expect(latest(date('~1917'))).toBe('1917-12-31');
  });

  it('pad small years to four digits', () => {
    expect(earliest(date('0800'))).toBe('0800-01-01');
    expect(latest(date('0800-12'))).toBe('0800-12-31');
  });
});

describe('endsBeforeStart', () => {
  it('is true only when the end certainly precedes the start', () => {
    expect(endsBeforeStart(date(1918), date(1917))).toBe(true);
    expect(endsBeforeStart(date(1917), date(1917))).toBe(false);
    expect(endsBeforeStart(date(1917), date(1918))).toBe(false);
    // Same year, a month inside it: may be the same time.
    expect(endsBeforeStart(date(1917), date('1917-05'))).toBe(false);
    expect(endsBeforeStart(date('1917-05'), date(1917))).toBe(false);
    // Same month, a day inside it.
    expect(endsBeforeStart(date('1917-10-25'), date('1917-10'))).toBe(false);
    expect(endsBeforeStart(date('1917-10-25'), date('1917-10-24'))).toBe(true);
    expect(endsBeforeStart(date('1917-10-25'), date('1917-09'))).toBe(true);
    expect(endsBeforeStart(date('1917-01-01'), date(1916))).toBe(true);
    expect(endsBeforeStart(date('1917-10-25'), date('1917-10-25'))).toBe(false);
  });

  it('agrees with a day-by-day reading of the two ranges', () => {
    const partial = fc
      .tuple(
        fc.integer({ min: 1900, max: 1903 }),
        fc.option(fc.integer({ min: 1, max: 12 })),
        fc.integer({ min: 1, max: 31 }),
        fc.boolean()
      )
      .map(([y, m, d, withDay]) =>
        m === null
          ? `${y}`
          : withDay
            ? `${y}-${pad(m, 2)}-${pad(Math.min(d, monthLength(y, m)), 2)}`
            : `${y}-${pad(m, 2)}`
      );
    const range = (s: string): [number, number] => {
      const [y, m, d] = s.split('-').map(Number) as [number, number?, number?];
      const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
      const last = Date.UTC(y, (m ?? 12) - 1, d ?? monthLength(y, m ?? 12));
      return [first, last];
    };
    fc.assert(
      fc.property(partial, partial, (start, end) => {
        const [startFirst] = range(start);
        const [, endLast] = range(end);
        expect(endsBeforeStart(date(start), date(end))).toBe(endLast < startFirst);
      }),
      { numRuns: 1000 }
    );
  });
});

describe('compareDates', () => {
  it('orders by the first day each date can mean', () => {
    expect(compareDates(date(1917), date(1918))).toBeLessThan(0);
    expect(compareDates(date(1918), date(1917))).toBeGreaterThan(0);
    expect(compareDates(date(1917), date('1917-01-01'))).toBe(0);
    expect(compareDates(date('1917-10'), date('1917-09-30'))).toBeGreaterThan(0);
    expect(compareDates(date('~1922'), date('1922'))).toBe(0);
  });
});
