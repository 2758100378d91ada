import { describe, expect, it } from 'vitest';
import {
  countWords,
  groupByLevel,
  parseShelfQuery,
  readingMinutes,
  shelve,
  writeShelfQuery,
  type ShelfText
} from './shelf.ts';

const text = (slug: string, level: ShelfText['level'], words: number, topic?: ShelfText['topic']) =>
  ({ slug, level, topic, words, title: { fr: slug, en: slug } }) satisfies ShelfText;

const SHELF = [
  text('Zèbre', 'B1', 900, 'brezhnev'),
  text('allure', 'C1', 300, 'gorbachev'),
  text('Été', 'B1', 400, 'institutions'),
  text('Abeille', 'B1', 400, 'brezhnev'),
  text('bateau', 'A2', 2000, 'institutions')
];
const slugs = (texts: ShelfText[]) => texts.map((t) => t.slug);

describe('countWords', () => {
  it('counts word-like segments: numbers count, punctuation not, an elision joins its word', () => {
    // Intl.Segmenter keeps "L'URSS" and "n’a" whole, as the text is read.
    expect(countWords("L'URSS n’a pas été « dissoute » en 1990.")).toBe(7);
    expect(countWords('Le Comité central — vingt-cinq membres !')).toBe(6);
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds up at 180 words a minute', () => {
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(180)).toBe(1);
    expect(readingMinutes(181)).toBe(2);
    expect(readingMinutes(1800)).toBe(10);
  });
});

describe('shelve', () => {
  it('orders by level, then by French title', () => {
    expect(slugs(shelve(SHELF, { sort: 'level' }))).toEqual([
      'bateau',
      'Abeille',
      'Été',
      'Zèbre',
      'allure'
    ]);
  });

  it('sorts by length, shortest first, ties in the library order', () => {
    expect(slugs(shelve(SHELF, { sort: 'length' }))).toEqual([
      'allure',
      'Abeille',
      'Été',
      'Zèbre',
      'bateau'
    ]);
  });

  it('filters by level and topic together', () => {
    expect(slugs(shelve(SHELF, { sort: 'level', level: 'B1' }))).toEqual([
      'Abeille',
      'Été',
      'Zèbre'
    ]);
    expect(slugs(shelve(SHELF, { sort: 'level', level: 'B1', topic: 'brezhnev' }))).toEqual([
      'Abeille',
      'Zèbre'
    ]);
    expect(shelve(SHELF, { sort: 'level', level: 'C2' })).toEqual([]);
    expect(slugs(SHELF)[0]).toBe('Zèbre'); // the list given stays as it was
  });

  it('groups consecutive texts by level', () => {
    const groups = groupByLevel(shelve(SHELF, { sort: 'level' }));
    expect(groups.map((g) => [g.level, g.texts.length])).toEqual([
      ['A2', 1],
      ['B1', 3],
      ['C1', 1]
    ]);
  });
});

describe('the query string', () => {
  it('reads known values and ignores the rest', () => {
    expect(parseShelfQuery(new URLSearchParams('level=B2&topic=brezhnev&sort=length'))).toEqual({
      level: 'B2',
      topic: 'brezhnev',
      sort: 'length'
    });
    expect(parseShelfQuery(new URLSearchParams('level=b2&topic=x&sort=random'))).toEqual({
      level: undefined,
      topic: undefined,
      sort: 'level'
    });
  });

  it('writes only what differs from the default, keeping other parameters', () => {
    const params = new URLSearchParams('level=A2&other=1');
    writeShelfQuery(params, { sort: 'length', topic: 'gorbachev' });
    expect(params.toString()).toBe('other=1&topic=gorbachev&sort=length');
    writeShelfQuery(params, { sort: 'level' });
    expect(params.toString()).toBe('other=1');
  });
});
