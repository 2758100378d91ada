import { describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '$lib/corpus/index.ts';
import { loadCorpusOrThrow } from '$lib/corpus/server.ts';
import type { TimelineLane } from '$lib/timeline/timeline-types.ts';
import { dayNumber, timelineData, yearStart } from './timeline.ts';

// ---------------------------------------------------------------- fixtures

const encoder = new TextEncoder();

interface TenureSpec {
  post: string;
  from: string;
  to?: string;
  unofficial?: boolean;
}

function entryYaml(
  id: string,
  type: 'person' | 'post',
  options: { name?: string; from?: string; to?: string; held?: TenureSpec[] } = {}
): string {
  const name = options.name ?? id;
  const lines = [
    `id: ${id}`,
    `type: ${type}`,
    'name:',
    `  fr: ${name}`,
    `  en: ${name}`,
    'summary:',
    '  fr: Une entrée de test. Elle a deux phrases.',
    '  en: A test entry. It has two sentences.'
  ];
  if (options.from || options.to) {
    lines.push('dates:');
    if (options.from) lines.push(`  from: "${options.from}"`);
    if (options.to) lines.push(`  to: "${options.to}"`);
  }
  if (options.held?.length) {
    lines.push('held:');
    for (const t of options.held) {
      lines.push(`  - post: ${t.post}`, `    from: "${t.from}"`);
      if (t.to) lines.push(`    to: "${t.to}"`);
      if (t.unofficial) lines.push('    unofficial: true');
    }
  }
  lines.push('source:', '  title: Test source');
  return lines.join('\n') + '\n';
}

/** A corpus of glossary entries only (no texts). */
function corpusOf(entries: string[]): Corpus {
  const files = new Map<string, Uint8Array>();
  for (const yaml of entries) {
    const id = /^id: (.+)$/m.exec(yaml)![1]!;
    files.set(`glossary/${id}.yaml`, encoder.encode(yaml));
  }
  const { corpus, errors } = buildCorpus(files);
  expect(errors).toEqual([]);
  return corpus!;
}

const holders = (lane: TimelineLane) => lane.bars.map((b) => b.person);
const gapDates = (lane: TimelineLane) => lane.gaps.map((g) => [g.from.iso, g.to.iso]);

// ---------------------------------------------------------------- the model

describe('timelineData', () => {
  it('orders lanes by the start of their earliest tenure, and keeps only posts with holders', () => {
    const corpus = corpusOf([
      entryYaml('late', 'post', { from: '1930' }),
      entryYaml('early', 'post', { from: '1950' }), // created late, but held (by b) early
      entryYaml('empty', 'post', { from: '1920' }),
      entryYaml('a', 'person', { held: [{ post: 'late', from: '1940-01-01', to: '1945' }] }),
      entryYaml('b', 'person', { held: [{ post: 'early', from: '1925', to: '1926' }] })
    ]);
    const timeline = timelineData(corpus);
    expect(timeline.lanes.map((l) => l.post)).toEqual(['early', 'late']);
    // An explicit list is kept in its own order.
    expect(timelineData(corpus, ['late', 'early']).lanes.map((l) => l.post)).toEqual([
      'late',
      'early'
    ]);
    expect(timelineData(corpus, ['empty', 'a']).lanes).toEqual([]);
  });

  it('spans 1917–1991 by default and grows to cover data outside it', () => {
    const inside = corpusOf([
      entryYaml('p', 'post', { from: '1930' }),
      entryYaml('a', 'person', { held: [{ post: 'p', from: '1930', to: '1940' }] })
    ]);
    expect(timelineData(inside).axis).toEqual({
      from: 1917,
      to: 1991,
      start: yearStart(1917),
      end: yearStart(1992)
    });

    const outside = corpusOf([
      entryYaml('p', 'post', { from: '1905-01-22', to: '1999-12' }),
      entryYaml('a', 'person', { held: [{ post: 'p', from: '1906', to: '1993' }] })
    ]);
    expect(timelineData(outside).axis).toMatchObject({ from: 1905, to: 1999 });

    // Fitted to the lanes' own years for a post's page.
    expect(timelineData(inside, ['p'], { fit: true }).axis).toMatchObject({
      from: 1930,
      to: 1940,
      start: yearStart(1930),
      end: yearStart(1941)
    });
  });

  it('starts a bar on the earliest day of its start and ends it after the latest day of its end', () => {
    const corpus = corpusOf([
      entryYaml('p', 'post', { from: '1922' }),
      entryYaml('a', 'person', {
        held: [{ post: 'p', from: '~1922-04', to: '~1930-12', unofficial: true }]
      })
    ]);
    const [bar] = timelineData(corpus).lanes[0]!.bars;
    expect(bar).toMatchObject({
      person: 'a',
      unofficial: true,
      approximate: { start: true, end: true },
      row: 0,
      start: dayNumber('1922-04-01'),
      end: dayNumber('1931-01-01')
    });
  });

  it('runs an open-ended tenure, and a post without an end, to the end of the axis', () => {
    const corpus = corpusOf([
      entryYaml('p', 'post', { from: '1960-01-01' }),
      entryYaml('a', 'person', { held: [{ post: 'p', from: '1960-01-01', to: '1970-06-30' }] }),
      entryYaml('b', 'person', { held: [{ post: 'p', from: '1980-01-01' }] })
    ]);
    const timeline = timelineData(corpus);
    const lane = timeline.lanes[0]!;
    const open = lane.bars.find((b) => b.person === 'b')!;
    expect(open.to).toBeUndefined();
    expect(open.end).toBe(timeline.axis.end);
    expect(open.end).toBe(yearStart(1992));
    expect(lane.exists).toEqual({ start: dayNumber('1960-01-01'), end: yearStart(1992) });
    // Only the stretch between the two tenures is a gap: the open tenure covers the rest.
    expect(gapDates(lane)).toEqual([['1970-06-30', '1980-01-01']]);
    expect(lane.gaps[0]).toMatchObject({
      start: dayNumber('1970-07-01'),
      end: dayNumber('1980-01-01')
    });
  });

  it('puts overlapping tenures on sub-rows, but keeps a handover on one day on the same row', () => {
    const corpus = corpusOf([
      entryYaml('p', 'post', { from: '1919-01-01', to: '1922-04-03' }),
      entryYaml('a', 'person', { held: [{ post: 'p', from: '1919-01-01', to: '1921-03-16' }] }),
      entryYaml('b', 'person', { held: [{ post: 'p', from: '1920-04-05', to: '1921-03-16' }] }),
      entryYaml('c', 'person', { held: [{ post: 'p', from: '1920-04-05', to: '1921-03-16' }] }),
      // Starts on the day a, b and c leave: a handover, back on the first row.
      entryYaml('d', 'person', { held: [{ post: 'p', from: '1921-03-16', to: '1922-04-03' }] })
    ]);
    const lane = timelineData(corpus).lanes[0]!;
    expect(lane.rows).toBe(3);
    expect(lane.bars.map((b) => [b.person, b.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 0]
    ]);
    expect(lane.gaps).toEqual([]);
  });

  it('reuses a freed row for a later overlap', () => {
    const corpus = corpusOf([
      entryYaml('p', 'post', { from: '1982' }),
      entryYaml('a', 'person', { held: [{ post: 'p', from: '~1982-05', to: '1982-11-12' }] }),
      entryYaml('b', 'person', { held: [{ post: 'p', from: '~1982-11', to: '1984-02-13' }] }),
      entryYaml('c', 'person', { held: [{ post: 'p', from: '~1983', to: '1985-03-11' }] })
    ]);
    const lane = timelineData(corpus).lanes[0]!;
    // b overlaps a (November 1982); c starts after a ended, while b still holds the post.
    expect(lane.bars.map((b) => [b.person, b.row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0]
    ]);
    expect(lane.rows).toBe(2);
  });

  it('finds the stretches of the post that no tenure covers, before, between and after', () => {
    const corpus = corpusOf([
      entryYaml('p', 'post', { from: '1917-11-09', to: '1991-12-25' }),
      entryYaml('a', 'person', { held: [{ post: 'p', from: '1917-11-21', to: '1919-03-16' }] }),
      // Ends the day before b starts: no gap between them.
      entryYaml('b', 'person', { held: [{ post: 'p', from: '1919-03-17', to: '1960-05-06' }] }),
      // A one-day gap (10 November) between b... and c.
      entryYaml('c', 'person', { held: [{ post: 'p', from: '1960-05-08', to: '1964-07-15' }] }),
      // Contained in c: covers nothing new.
      entryYaml('d', 'person', { held: [{ post: 'p', from: '1961', to: '1962' }] }),
      entryYaml('e', 'person', { held: [{ post: 'p', from: '1988-10-01', to: '1991-08-24' }] })
    ]);
    const lane = timelineData(corpus).lanes[0]!;
    expect(gapDates(lane)).toEqual([
      ['1917-11-09', '1917-11-21'],
      ['1960-05-06', '1960-05-08'],
      ['1964-07-15', '1988-10-01'],
      ['1991-08-24', '1991-12-25']
    ]);
    expect(lane.gaps.map((g) => g.end - g.start)).toEqual([
      12, // 9 to 20 November 1917
      1, // 7 May 1960
      dayNumber('1988-10-01') - dayNumber('1964-07-16'),
      dayNumber('1991-12-26') - dayNumber('1991-08-25')
    ]);
  });

  it('looks for gaps only while the post exists', () => {
    const corpus = corpusOf([
      entryYaml('p', 'post', { from: '1920-01-01', to: '1930-12-31' }),
      // Held from before the post's official creation, to after its end.
      entryYaml('a', 'person', { held: [{ post: 'p', from: '1919', to: '1925-12-31' }] }),
      entryYaml('b', 'person', { held: [{ post: 'p', from: '1927-01-01', to: '1933' }] })
    ]);
    const lane = timelineData(corpus).lanes[0]!;
    expect(gapDates(lane)).toEqual([['1925-12-31', '1927-01-01']]);
  });
});

// ---------------------------------------------------------------- the glossary itself

describe('the timeline of the glossary in texts/', () => {
  const corpus = loadCorpusOrThrow('texts');
  const timeline = timelineData(corpus);
  const lane = (post: string) => timeline.lanes.find((l) => l.post === post)!;

  it('has a lane per post with holders, in order of their first tenure', () => {
    // Sverdlov: party secretary from about August 1917; Lenin: head of government from
    // 8 November 1917, a day before Kamenev chaired VTsIK; Molotov: second secretary from about
    // April 1922, days before Stalin became general secretary; Yeltsin: Russia's president, 1991.
    expect(timeline.lanes.map((l) => l.post)).toEqual([
      'party-secretary',
      'premier',
      'presidency',
      'second-secretary',
      'general-secretary',
      'first-secretary',
      'president-russia'
    ]);
    // Yeltsin's presidency of Russia, to 31 December 1999, carries the axis past 1991.
    expect(timeline.axis).toMatchObject({ from: 1917, to: 1999 });
  });

  it('lists the general secretaries in order, with the 1952–1966 lapse as a gap', () => {
    const gs = lane('general-secretary');
    expect(holders(gs)).toEqual(['stalin', 'brezhnev', 'andropov', 'chernenko', 'gorbachev']);
    expect(gs.rows).toBe(1);
    expect(gapDates(gs)).toEqual([
      ['1952-10-16', '1966-04-08'],
      ['1982-11-10', '1982-11-12'],
      ['1984-02-09', '1984-02-13'],
      ['1991-08-24', '1991-08-29']
    ]);
  });

  it('hands the first secretaryship from Khrushchev to Brezhnev on one row, without a gap', () => {
    const fs = lane('first-secretary');
    expect(holders(fs)).toEqual(['khrushchev', 'brezhnev']);
    expect(fs.rows).toBe(1);
    expect(fs.gaps).toEqual([]);
  });

  it('puts the overlapping unofficial second secretaries on two rows', () => {
    const ss = lane('second-secretary');
    // Approximate dates that meet in the same month count as overlapping: Molotov and Kaganovich
    // (December 1930), Chernenko's two spells and Andropov's months between them (1982).
    expect(ss.bars.map((b) => [b.person, b.row])).toEqual([
      ['molotov', 0],
      ['kaganovich', 1],
      ['malenkov', 0],
      ['brezhnev', 0],
      ['suslov', 0],
      ['chernenko', 1],
      ['andropov', 0],
      ['chernenko', 1],
      ['gorbachev', 0],
      ['ligachev', 0]
    ]);
    expect(ss.bars.every((b) => b.unofficial)).toBe(true);
  });

  it('shares the party secretaryship of 1920–1921 among three rows', () => {
    const ps = lane('party-secretary');
    expect(ps.rows).toBe(3);
    expect(ps.bars.filter((b) => b.row > 0).map((b) => b.person)).toEqual([
      'preobrazhensky',
      'serebryakov'
    ]);
    // Between Sverdlov's death (16 March 1919) and Stasova's appointment (25 March 1919).
    expect(gapDates(ps)).toEqual([['1919-03-16', '1919-03-25']]);
  });
});
