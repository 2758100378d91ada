import { describe, expect, it } from 'vitest';
import type { Corpus, InlineRun, Segment } from '../corpus/index.ts';
import { parseInline } from '../corpus/inline.ts';
import { classifyTokens, formatCoverage, measureCoverage } from './coverage.ts';
import { tokenize } from './tokenize.ts';
import type { LookupResult } from './types.ts';

const runs = (markup: string): InlineRun[] => parseInline(markup, 'demo/fr.txt', 1, 1).runs;
const segment = (id: string, fr: string): Segment => ({
  id,
  fr: { runs: runs(fr), glue: false, line: 1 },
  en: { runs: [], glue: false, line: 1 }
});
const corpusOf = (...frs: string[]): Corpus =>
  ({
    texts: [
      {
        slug: 'demo',
        title: segment('title', frs[0]!),
        chapters: [
          { id: '', index: 0, paragraphs: [frs.slice(1).map((f, i) => segment(`1.${i + 1}`, f))] }
        ],
        terms: {}
      }
    ]
  }) as unknown as Corpus;

/** A lexicon that knows the words in `known` (lowercase). */
const fakeLookup =
  (known: string[]) =>
  async (word: string): Promise<LookupResult> => {
    const form = word.toLowerCase().replace('’', "'");
    return known.includes(form)
      ? { form, status: 'found', candidates: [] }
      : { form, status: form === 'zz' ? 'unknown' : 'no-sense', candidates: [] };
  };

describe('tokenize', () => {
  it('splits elisions off with either apostrophe, keeps hyphenated words whole, marks numbers', () => {
    const text =
      "L’homme qu'il a vu en 1917, c’est-à-dire peut-être a-t-il l'avant-garde, aujourd'hui 1953-1964";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'L’',
      'homme',
      "qu'",
      'il',
      'a',
      'vu',
      'en',
      '1917',
      'c’est-à-dire',
      'peut-être',
      'a-t-il',
      "l'",
      'avant-garde',
      "aujourd'hui",
      '1953-1964'
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual([
      '1917',
      '1953-1964'
    ]);
    expect(tokens.find((t) => t.text === 'a-t-il')?.parts?.map((p) => p.text)).toEqual([
      'a',
      't',
      'il'
    ]);
  });
});

describe('classifyTokens', () => {
  it('leaves out mentions, capitalised words inside a sentence and numbers; marks terms', () => {
    const kinds = classifyTokens(
      runs('Le [chef]{t:chef} de [Lénine]{lenin} vit à Moscou en 1917. Puis il partit.')
    );
    expect(kinds.map((k) => `${k.token.text}:${k.kind}`)).toEqual([
      'Le:word',
      'chef:term',
      'de:word',
      'Lénine:name',
      'vit:word',
      'à:word',
      'Moscou:name',
      'en:word',
      '1917:number',
      'Puis:word',
      'il:word',
      'partit:word'
    ]);
    expect(kinds[1]!.previous).toBe('Le');
  });
  it('counts a compound with a capitalised part as a name', () => {
    expect(classifyTokens(runs('la période post-Khrouchtchev')).map((k) => k.kind)).toEqual([
      'word',
      'word',
      'name'
    ]);
  });
});

describe('measureCoverage', () => {
  it('counts the share of word tokens with a sense, terms counting as covered, and lists misses by frequency', async () => {
    const corpus = corpusOf(
      'Le titre',
      'Le [chef]{t:chef} mange zz.',
      'Le chef mange la pomme, zz, zz et [Staline]{stalin} aussi 3 fois.'
    );
    const c = await measureCoverage(
      corpus,
      fakeLookup(['le', 'titre', 'la', 'pomme', 'et', 'aussi', 'fois'])
    );
    // Words: le titre | le chef mange zz | le chef mange la pomme zz zz et aussi fois.
    expect(c.tokens).toBe(16);
    expect(c.byTerms).toBe(1);
    expect(c.excludedNames).toBe(1);
    expect(c.excludedNumbers).toBe(1);
    expect(c.covered).toBe(10);
    expect(c.byLexicon).toBe(9);
    expect(c.ratio).toBeCloseTo(10 / 16);
    expect(c.misses.map((m) => [m.form, m.count, m.status])).toEqual([
      ['zz', 3, 'unknown'],
      ['mange', 2, 'no-sense'],
      ['chef', 1, 'no-sense']
    ]);
    expect(c.misses[0]!.first).toBe('demo#1.1');
    const report = formatCoverage(c, 2);
    expect(report).toMatch(
      /^lexicon coverage: 62\.5 % of 16 French word tokens .*target 95\.0 %: NOT MET$/m
    );
    expect(report).toMatch(/most frequent misses \(2 of 3 forms\): zz ×3 \(no lemma\), mange ×2$/m);
  });
  it('is 100 % for a library without words', async () => {
    const c = await measureCoverage(corpusOf('1917'), fakeLookup([]));
    expect(c).toMatchObject({ tokens: 0, ratio: 1, misses: [] });
  });
});
