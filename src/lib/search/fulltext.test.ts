import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFrom } from '../corpus/load.ts';
import {
  buildSearchPayload,
  loadSearchIndex,
  loadSearchPayload,
  processTerm,
  searchDocs,
  type FullTextIndex,
  type SearchPayload
} from './fulltext.ts';
import { hitPath } from './highlight.ts';

const TEXT = 'premiere-position';
let payload: SearchPayload;
let index: FullTextIndex;

beforeAll(() => {
  const { corpus, errors } = loadCorpusFrom('texts');
  expect(errors).toEqual([]);
  payload = buildSearchPayload(corpus!);
  index = loadSearchPayload(payload);
});

const segments = (query: string, from = index) => from.search(query).map((hit) => hit.doc.segment);
const sorted = (ids: string[]) =>
  [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('terms', () => {
  it('folds accents and case, and splits off elisions and contractions', () => {
    expect(processTerm('Secrétaire')).toEqual(['secretaire']);
    expect(processTerm('ŒUVRE')).toEqual(['oeuvre']);
    expect(processTerm('l´URSS')).toEqual(['urss']);
    expect(processTerm('l')).toBeNull();
    expect(processTerm('qu')).toBeNull();
    expect(processTerm('1953')).toEqual(['1953']);
  });
});

describe('the index of the real corpus', () => {
  it('has one document per segment of every text, the first chapter without an id', () => {
    const { corpus } = loadCorpusFrom('texts');
    const docs = searchDocs(corpus!);
    expect(docs.length).toBe(payload.docs.length);
    expect(docs[0]).toMatchObject({
      id: `${TEXT}/title`,
      text: TEXT,
      chapter: '',
      segment: 'title'
    });
    const six = docs.find((doc) => doc.segment === '1.6')!;
    expect(six.fr).toContain('soit destitué.');
    expect(six.en).toContain('should be removed.');
    expect(payload.texts[0]!.title.fr).toBe('Première position au Parti communiste');
  });

  it('knows the chapters of a text in chapters: headings, and where each segment is read', () => {
    const { corpus } = loadCorpusFrom('tests/fixtures/texts');
    const fixture = loadSearchPayload(buildSearchPayload(corpus!));
    const docs = (query: string) =>
      fixture.search(query).map(({ doc }) => `${doc.kind} ${hitPath(doc)}`);
    expect(docs('deuxième chapitre').sort()).toEqual([
      'heading /read/chapitres/c2#s-c2',
      'sentence /read/chapitres/c2#s-c2.1'
    ]);
    expect(docs('premier chapitre').sort()).toEqual([
      'heading /read/chapitres#s-c1',
      'sentence /read/chapitres#s-c1.1'
    ]);
    expect(docs('un texte en chapitres')).toEqual(['title /read/chapitres#s-title']);
  });

  it('finds a word without its accents, in one segment only', () => {
    expect(segments('destitue')).toEqual(['1.6']);
    expect(segments('destitué')).toEqual(['1.6']);
    expect(segments('memoire')).toEqual(['1.2']);
  });

  it('ignores case and accents in the query', () => {
    expect(segments('SECRÉTAIRE')).toEqual(segments('secretaire'));
    expect(segments('Secrétaire')).toEqual(segments('secretaire'));
    expect(segments('secretaire').length).toBeGreaterThan(5);
  });

  it('needs every word, in either language', () => {
    const hits = sorted(segments('SECRETAIRE general'));
    // Every segment that says "secrétaire général", and 1.11 ("secrétaires généraux").
    expect(hits).toEqual(['1.4', '1.5', '1.7', '1.10', '1.11', '1.13', '2.1']);
    expect(segments('secrétaire staline')).toEqual(expect.arrayContaining(['1.5', '1.7']));
    expect(segments('secrétaire staline')).not.toContain('1.2');
  });

  it('searches the English too', () => {
    expect(segments('patronage')).toEqual(['1.7']);
    expect(segments('removed')).toEqual(['1.6']);
    expect(segments('Khrushchev')).toEqual(expect.arrayContaining(['1.9', '1.10']));
  });

  it('matches the beginning of a word, and forgives an ending', () => {
    expect(sorted(segments('khrouch'))).toEqual(['1.9', '1.10']);
    expect(segments('secrétaires')[0]).toBe('1.11');
    expect(segments('generaux')[0]).toBe('1.11');
  });

  it("finds a word after an elided article: l'URSS", () => {
    expect(sorted(segments('urss'))).toEqual(['1.4', '1.9']);
    expect(sorted(segments("l'URSS"))).toEqual(['1.4', '1.9']);
    expect(sorted(segments('l’urss'))).toEqual(['1.4', '1.9']);
  });

  it('finds nothing for a word that is not there, or for nothing', () => {
    expect(segments('xyzzy')).toEqual([]);
    expect(segments('')).toEqual([]);
    expect(segments('   ')).toEqual([]);
  });

  it('says which words matched in which language', () => {
    const [hit] = index.search('staline destitue');
    expect(hit!.doc.segment).toBe('1.6');
    expect(hit!.terms.fr.sort()).toEqual(['destitue', 'staline']);
    expect(hit!.terms.en).toEqual(['stalin']);
    expect(hit!.text.slug).toBe(TEXT);
  });

  it('loads back from its JSON and gives the same results', () => {
    const reloaded = loadSearchPayload(JSON.parse(JSON.stringify(payload)) as SearchPayload);
    for (const query of ['destitue', 'SECRETAIRE general', 'khrouch', 'patronage', 'staline']) {
      expect(reloaded.search(query)).toEqual(index.search(query));
    }
  });

  it('fetches the index once, and tries again after a failure', async () => {
    let calls = 0;
    const body = JSON.stringify(payload);
    const failing = (() => {
      calls += 1;
      return Promise.resolve(new Response('', { status: 500 }));
    }) as typeof fetch;
    await expect(loadSearchIndex('/search-index.json', failing)).rejects.toThrow(/500/);
    const working = (() => {
      calls += 1;
      return Promise.resolve(new Response(body));
    }) as typeof fetch;
    const first = await loadSearchIndex('/search-index.json', working);
    const second = await loadSearchIndex('/search-index.json', working);
    expect(first).toBe(second);
    expect(calls).toBe(2);
    expect(first.search('destitue').map((hit) => hit.doc.segment)).toEqual(['1.6']);
  });
});
