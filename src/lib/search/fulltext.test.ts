import { beforeAll, describe, expect, it } from 'vitest';
import { loadFirstText } from '../corpus/testing/first-text.ts';
import { loadCorpusFrom } from '../corpus/load.ts';
import MiniSearch from 'minisearch';
import {
  INDEX_OPTIONS,
  processTerm,
  termFileKey,
  type FullTextIndex,
  type SearchFiles
} from './fulltext.ts';
import { buildSearchFiles, searchDocs, searchFileReader } from './fulltext-build.ts';
import { loadSearchIndex, openSearchIndex } from './fulltext-query.ts';
import { hitPath } from './highlight.ts';

const TEXT = 'premiere-position';
let files: SearchFiles;
let index: FullTextIndex;

beforeAll(async () => {
  const { corpus, errors } = loadFirstText();
  expect(errors).toEqual([]);
  files = buildSearchFiles(corpus!);
  index = await openSearchIndex(searchFileReader(files));
});

const find = async (query: string, from = index) => from.hits(await from.search(query));
const segments = async (query: string, from = index) =>
  (await find(query, from)).map((hit) => hit.doc.segment);
const sorted = (ids: string[]) =>
  [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('terms', () => {
  it('folds accents and case, and splits off elisions and contractions', async () => {
    expect(processTerm('Secrétaire')).toEqual(['secretaire']);
    expect(processTerm('ŒUVRE')).toEqual(['oeuvre']);
    expect(processTerm('l´URSS')).toEqual(['urss']);
    expect(processTerm('l')).toBeNull();
    expect(processTerm('qu')).toBeNull();
    expect(processTerm('1953')).toEqual(['1953']);
  });
});

describe('the index of the real corpus', () => {
  it('has one document per segment of every text, the first chapter without an id', async () => {
    const { corpus } = loadFirstText();
    const docs = searchDocs(corpus!);
    expect(docs.length).toBe(files.core.docCount);
    expect(docs[0]).toMatchObject({
      id: `${TEXT}/title`,
      text: TEXT,
      chapter: '',
      segment: 'title'
    });
    const six = docs.find((doc) => doc.segment === '1.6')!;
    expect(six.fr).toContain('soit destitué.');
    expect(six.en).toContain('should be removed.');
    expect(files.core.texts[0]!.title.fr).toBe('Première position au Parti communiste');
  });

  it('knows the chapters of a text in chapters: headings, and where each segment is read', async () => {
    const { corpus } = loadCorpusFrom('tests/fixtures/texts');
    const fixture = await openSearchIndex(searchFileReader(buildSearchFiles(corpus!)));
    const docs = async (query: string) =>
      (await find(query, fixture)).map(({ doc }) => `${doc.kind} ${hitPath(doc)}`);
    expect((await docs('deuxième chapitre')).sort()).toEqual([
      'heading /read/chapitres/c2#s-c2',
      'sentence /read/chapitres/c2#s-c2.1'
    ]);
    expect((await docs('premier chapitre')).sort()).toEqual([
      'heading /read/chapitres#s-c1',
      'sentence /read/chapitres#s-c1.1'
    ]);
    expect(await docs('un texte en chapitres')).toEqual(['title /read/chapitres#s-title']);
  });

  it('tells which text each segment belongs to, in a library of several texts', async () => {
    const { corpus } = loadCorpusFrom('tests/fixtures/texts');
    const docs = searchDocs(corpus!);
    const fixture = await openSearchIndex(searchFileReader(buildSearchFiles(corpus!)));
    expect(new Set(docs.map((doc) => doc.text)).size).toBeGreaterThan(2);
    expect(docs.map((_, n) => fixture.textOf(n).slug)).toEqual(docs.map((doc) => doc.text));
  });

  it('finds a word without its accents, in one segment only', async () => {
    expect(await segments('destitue')).toEqual(['1.6']);
    expect(await segments('destitué')).toEqual(['1.6']);
    expect(await segments('memoire')).toEqual(['1.2']);
  });

  it('ignores case and accents in the query', async () => {
    expect(await segments('SECRÉTAIRE')).toEqual(await segments('secretaire'));
    expect(await segments('Secrétaire')).toEqual(await segments('secretaire'));
    expect((await segments('secretaire')).length).toBeGreaterThan(5);
  });

  it('needs every word, in either language', async () => {
    const hits = sorted(await segments('SECRETAIRE general'));
    // Every segment that says "secrétaire général", and 1.11 ("secrétaires généraux").
    expect(hits).toEqual(['1.4', '1.5', '1.7', '1.10', '1.11', '1.13', '2.1']);
    expect(await segments('secrétaire staline')).toEqual(expect.arrayContaining(['1.5', '1.7']));
    expect(await segments('secrétaire staline')).not.toContain('1.2');
  });

  it('searches the English too', async () => {
    expect(await segments('patronage')).toEqual(['1.7']);
    expect(await segments('removed')).toEqual(['1.6']);
    expect(await segments('Khrushchev')).toEqual(expect.arrayContaining(['1.9', '1.10']));
  });

  it('matches the beginning of a word, and forgives an ending', async () => {
    expect(sorted(await segments('khrouch'))).toEqual(['1.9', '1.10']);
    expect((await segments('secrétaires'))[0]).toBe('1.11');
    expect((await segments('generaux'))[0]).toBe('1.11');
  });

  it("finds a word after an elided article: l'URSS", async () => {
    expect(sorted(await segments('urss'))).toEqual(['1.4', '1.9']);
    expect(sorted(await segments("l'URSS"))).toEqual(['1.4', '1.9']);
    expect(sorted(await segments('l’urss'))).toEqual(['1.4', '1.9']);
  });

  it('finds nothing for a word that is not there, or for nothing', async () => {
    expect(await segments('xyzzy')).toEqual([]);
    expect(await segments('')).toEqual([]);
    expect(await segments('   ')).toEqual([]);
  });

  it('says which words matched in which language', async () => {
    const [hit] = await find('staline destitue');
    expect(hit!.doc.segment).toBe('1.6');
    expect(hit!.terms.fr.sort()).toEqual(['destitue', 'staline']);
    expect(hit!.terms.en).toEqual(['stalin']);
    expect(hit!.text.slug).toBe(TEXT);
  });

  it('gives, file by file, the results of one whole index: same segments, same scores', async () => {
    const { corpus } = loadFirstText();
    const docs = searchDocs(corpus!);
    const whole = new MiniSearch(INDEX_OPTIONS);
    whole.addAll(docs.map((doc, n) => ({ n, fr: doc.fr, en: doc.en })));
    // Through JSON, with small docs files, as the browser reads them.
    const small = buildSearchFiles(corpus!, 5);
    const json = JSON.parse(JSON.stringify({ ...small, terms: [...small.terms] }));
    const reloaded = await openSearchIndex(
      searchFileReader({ ...json, terms: new Map(json.terms) } as SearchFiles)
    );
    expect(small.docs.length).toBeGreaterThan(3);
    for (const query of [
      'destitue',
      'SECRETAIRE general',
      'khrouch',
      'patronage',
      'staline',
      'p'
    ]) {
      const expected = whole.search(query);
      const hits = await find(query, reloaded);
      expect(hits.map((hit) => hit.doc.id)).toEqual(expected.map((r) => docs[r.id]!.id));
      // The same scores, to the last digits a round trip through JSON keeps.
      hits.forEach((hit, k) => expect(hit.score).toBeCloseTo(expected[k]!.score, 9));
    }
  });

  it("fetches the terms files of the query's first letters and the docs files of the hits asked for", async () => {
    const { corpus } = loadFirstText();
    const small = buildSearchFiles(corpus!, 10);
    const read: string[] = [];
    const reader = searchFileReader(small);
    const counted = await openSearchIndex((path) => (read.push(path), reader(path)));
    expect(read).toEqual(['core.json']);
    const matches = await counted.search('staline secretaire');
    expect(read.slice(1).sort()).toEqual([`terms/${termFileKey('s')}.json`].sort());
    await counted.search('lenine');
    expect(read).toContain(`terms/${termFileKey('l')}.json`);
    const [best] = await counted.hits(matches.slice(0, 1));
    expect(read.filter((path) => path.startsWith('docs/'))).toEqual([
      `docs/${Math.floor(matches[0]!.n / 10)}.json`
    ]);
    expect(best!.doc.segment).toBe((await find('staline secretaire'))[0]!.doc.segment);
    // Nothing is fetched twice.
    await counted.search('staline');
    expect(new Set(read).size).toBe(read.length);
  });

  it('fetches the core once, and tries again after a failure', async () => {
    let calls = 0;
    const reader = searchFileReader(files);
    const failing = (() => {
      calls += 1;
      return Promise.resolve(new Response('', { status: 500 }));
    }) as typeof fetch;
    await expect(loadSearchIndex('/search-index', failing)).rejects.toThrow(
      '/search-index/core.json: 500'
    );
    const working = (async (url: string) => {
      calls += 1;
      return new Response(JSON.stringify(await reader(url.replace('/search-index/', ''))));
    }) as typeof fetch;
    const first = await loadSearchIndex('/search-index', working);
    const second = await loadSearchIndex('/search-index', working);
    expect(first).toBe(second);
    expect(calls).toBe(2);
    expect((await find('destitue', first)).map((hit) => hit.doc.segment)).toEqual(['1.6']);
  });
});
