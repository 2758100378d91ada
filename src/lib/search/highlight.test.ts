import { beforeAll, describe, expect, it } from 'vitest';
import { loadFirstText } from '../corpus/testing/first-text.ts';
import { type FullTextIndex } from './fulltext.ts';
import { buildSearchFiles, searchFileReader } from './fulltext-build.ts';
import { openSearchIndex } from './fulltext-query.ts';
import {
  foldWithOffsets,
  groupByText,
  highlightParts,
  highlightRanges,
  hitPath
} from './highlight.ts';

const TEXT = 'premiere-position';
const find = async (query: string) => index.hits(await index.search(query));
let index: FullTextIndex;

beforeAll(async () => {
  const { corpus, errors } = loadFirstText();
  expect(errors).toEqual([]);
  index = await openSearchIndex(searchFileReader(buildSearchFiles(corpus!)));
});

describe('results', () => {
  it('groups hits by text and links each to its segment in the reader', async () => {
    const groups = groupByText(await find('staline'));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.text.slug).toBe(TEXT);
    expect(groups[0]!.hits.length).toBe(5);
    expect(hitPath(groups[0]!.hits.find((hit) => hit.doc.segment === '1.6')!.doc)).toBe(
      `/read/${TEXT}#s-1.6`
    );
    expect(hitPath({ text: 'chapitres', chapter: 'c2', segment: 'c2.1' })).toBe(
      '/read/chapitres/c2#s-c2.1'
    );
  });
});

describe('highlighting', () => {
  const marked = (text: string, terms: string[]) =>
    highlightRanges(text, terms).map((r) => text.slice(r.start, r.end));

  it('marks the original words, accents kept', async () => {
    const [hit] = await find('destitue');
    expect(marked(hit!.doc.fr, hit!.terms.fr)).toEqual(['destitué']);
    expect(highlightParts(hit!.doc.fr, hit!.terms.fr).filter((p) => p.mark)).toEqual([
      { text: 'destitué', mark: true }
    ]);
    expect(
      highlightParts(hit!.doc.fr, hit!.terms.fr)
        .map((p) => p.text)
        .join('')
    ).toBe(hit!.doc.fr);
  });

  it('marks whole words found by their beginning, in both languages', async () => {
    const [hit] = await find('khrouch');
    expect(marked(hit!.doc.fr, hit!.terms.fr)).toEqual(['Khrouchtchev', 'Khrouchtchev']);
    const [general] = await find('SECRETAIRE general');
    expect(marked(general!.doc.fr, general!.terms.fr)).toEqual(['secrétaire général']);
    expect(marked(general!.doc.en, general!.terms.en)).toEqual(['general secretary']);
  });

  it("marks a word after an elision, not the article: l'URSS", async () => {
    const text = "de la complexité de l'URSS nouvellement formée";
    expect(marked(text, ['urss'])).toEqual(['URSS']);
  });

  it('maps folded offsets back when folding changes lengths', async () => {
    // "é" as e + combining acute (two characters), "Œ" (one character, two folded), and a letter
    // outside the BMP (two UTF-16 units).
    const text = 'Le\u0301nine, ŒUVRE de 𝐀 destitue\u0301 ici';
    const { folded, start, end } = foldWithOffsets(text);
    expect(folded).toBe('lenine, oeuvre de a destitue ici');
    expect(start.length).toBe(folded.length);
    expect(end.length).toBe(folded.length);
    expect(marked(text, ['lenine'])).toEqual(['Le\u0301nine']);
    expect(marked(text, ['oeuvre'])).toEqual(['ŒUVRE']);
    expect(marked(text, ['destitue'])).toEqual(['destitue\u0301']);
    expect(marked(text, ['ici'])).toEqual(['ici']);
    expect(marked(text, ['a'])).toEqual(['𝐀']);
  });

  it('leaves a text without a match whole', async () => {
    expect(highlightParts('Rien ici.', ['staline'])).toEqual([{ text: 'Rien ici.', mark: false }]);
    expect(highlightParts('', [])).toEqual([{ text: '', mark: false }]);
  });
});
