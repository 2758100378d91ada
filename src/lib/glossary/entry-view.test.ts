import { describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus } from '$lib/corpus/index.ts';
import { loadCorpusOrThrow } from '$lib/corpus/server.ts';
import { entryView, mentionSentences, QUOTED_PER_TEXT } from './entry-view.server.ts';

const encoder = new TextEncoder();

function entry(id: string): string {
  return [
    `id: ${id}`,
    'type: person',
    'name:',
    `  fr: ${id}`,
    `  en: ${id}`,
    'summary:',
    '  fr: Une entrée de test. Elle a deux phrases.',
    '  en: A test entry. It has two sentences.',
    'source:',
    '  title: Test source'
  ].join('\n');
}

/**
 * A text of `chapters` chapters of `perChapter` sentences each. Every sentence names `a` in
 * French and English; every third names `b` in English only; the first of each chapter names `a`
 * twice in French.
 */
function bigCorpus(chapters: number, perChapter: number): Corpus {
  const fr = ['# title Un long texte', ''];
  const en = ['# title A long text', ''];
  for (let c = 1; c <= chapters; c += 1) {
    fr.push(`## c${c} Chapitre ${c}`);
    en.push(`## c${c} Chapter ${c}`);
    for (let s = 1; s <= perChapter; s += 1) {
      const twice = s === 1 ? ' et encore [A]{a}' : '';
      fr.push(`c${c}.${s} Ici [A]{a}${twice} parle.`);
      en.push(`c${c}.${s} Here [A]{a} speaks${s % 3 === 0 ? ' to [B]{b}' : ''}.`);
    }
    fr.push('');
    en.push('');
  }
  const files = new Map<string, Uint8Array>([
    ['glossary/a.yaml', encoder.encode(entry('a'))],
    ['glossary/b.yaml', encoder.encode(entry('b'))],
    ['long/fr.txt', encoder.encode(fr.join('\n'))],
    ['long/en.txt', encoder.encode(en.join('\n'))],
    [
      'long/text.yaml',
      encoder.encode(
        [
          'title:',
          '  fr: Un long texte',
          '  en: A long text',
          'author: Test',
          'translator: Test',
          'source:',
          '  title: Test',
          'license:',
          '  name: MIT',
          'level: A2'
        ].join('\n')
      )
    ]
  ]);
  const { corpus, errors } = buildCorpus(files);
  expect(errors).toEqual([]);
  return corpus!;
}

describe('entryView', () => {
  it('lists every sentence of the fixture text with its chapter address', () => {
    const corpus = loadCorpusOrThrow('tests/fixtures/texts');
    const view = entryView(corpus, corpus.entries.get('lenin')!);
    const text = view.mentionTexts.find((t) => t.slug === 'chapitres')!;
    expect(text.sentences).toBe(2);
    expect(text.quotes.map((q) => [q.chapter, q.segment, q.mention])).toEqual([
      ['', 'c1.1', 0],
      ['c3', 'c3.1', 1]
    ]);
    expect(text.chapters.map((c) => [c.number, c.sentences, c.heading])).toEqual([
      [1, 1, 'Premier chapitre'],
      [3, 1, 'Troisième chapitre']
    ]);
    expect(text.rests).toEqual({});
    expect(view.mentionCount).toBe(2);
  });

  it('quotes the first sentences only, and counts and links the rest by chapter', () => {
    const corpus = bigCorpus(6, 8);
    const view = entryView(corpus, corpus.entries.get('a')!);
    const [text] = view.mentionTexts;
    expect(text!.sentences).toBe(48);
    expect(view.mentionCount).toBe(48 + 6); // the first sentence of each chapter names it twice
    expect(text!.quotes).toHaveLength(QUOTED_PER_TEXT);
    expect(text!.quotes.map((q) => q.segment).slice(7, 10)).toEqual(['c1.8', 'c2.1', 'c2.2']);
    // The second chapter is quoted in part: what is left starts at its third sentence. French
    // mentions before it: 9 in the first chapter (0–8), two in c2.1 (9, 10), one in c2.2 (11).
    expect(text!.rests).toEqual({
      c2: { count: 6, next: { chapter: 'c2', segment: 'c2.3', mention: 12 } }
    });
    expect(text!.chapters).toHaveLength(6);
    expect(text!.chapters[5]).toEqual({
      number: 6,
      heading: 'Chapitre 6',
      sentences: 8,
      first: { chapter: 'c6', segment: 'c6.1', mention: 5 * 9 }
    });
    // The first chapter is read at /read/<text>: its address has no chapter.
    expect(text!.chapters[0]!.first.chapter).toBe('');
    // The page needs no list of every mention place: that is the card's business.
    expect(view.mentions).toEqual([]);
  });

  it('counts a sentence that names the entry in English only, without a French mention number', () => {
    const corpus = bigCorpus(2, 6);
    const sentences = mentionSentences(corpus, 'b', 'long');
    expect(sentences.map((s) => s.segment)).toEqual(['c1.3', 'c1.6', 'c2.3', 'c2.6']);
    expect(sentences.every((s) => s.mention === undefined)).toBe(true);
    const view = entryView(corpus, corpus.entries.get('b')!);
    expect(view.mentionCount).toBe(0);
    expect(view.mentionTexts[0]!.sentences).toBe(4);
  });

  it('stays the same size whatever the length of the text, beyond the chapter index', () => {
    const size = (chapters: number, perChapter: number) => {
      const corpus = bigCorpus(chapters, perChapter);
      return JSON.stringify(entryView(corpus, corpus.entries.get('a')!)).length;
    };
    const small = size(20, 20);
    const big = size(20, 400);
    // Twenty times the sentences: the counts get a digit or two longer, nothing else grows.
    expect(big).toBeLessThan(small * 1.1);
  });
});
