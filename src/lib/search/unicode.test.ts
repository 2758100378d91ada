/**
 * French typed with decomposed accents (NFD: "e" + U+0301) or with typographic apostrophes
 * (’ U+2019, ʼ U+02BC) finds the same glossary entries and the same segments as the composed
 * (NFC) and ASCII forms, while the text itself is shown exactly as written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build.ts';
import { plainText } from '../corpus/inline.ts';
import { firstTextFiles, loadFirstText } from '../corpus/testing/first-text.ts';
import { allSegments, type Corpus } from '../corpus/model.ts';
import { processTerm, type FullTextIndex } from './fulltext.ts';
import { buildSearchFiles, searchFileReader } from './fulltext-build.ts';
import { openSearchIndex } from './fulltext-query.ts';
import { highlightParts } from './highlight.ts';
import { entryNames, foldForSearch, matches } from './normalize.ts';

let corpus: Corpus;
let index: FullTextIndex;
beforeAll(async () => {
  const result = loadFirstText();
  expect(result.errors).toEqual([]);
  corpus = result.corpus!;
  index = await openSearchIndex(searchFileReader(buildSearchFiles(corpus)));
});

const glossary = (query: string) =>
  [...corpus.entries.values()].filter((e) => matches(query, entryNames(e))).map((e) => e.id);
const segments = async (query: string, from = index) =>
  (await from.hits(await from.search(query))).map((hit) => hit.doc.id).sort();

describe('glossary search', () => {
  it('finds Lenin from "Lénine" in NFC and in NFD', async () => {
    expect(glossary('Lénine')).toContain('lenin');
    expect(glossary('Le\u0301nine')).toEqual(glossary('Lénine'));
    expect(glossary('LE\u0301NINE')).toEqual(glossary('Lénine'));
  });

  it('reads typographic apostrophes as the ASCII one', async () => {
    const ascii = glossary('Testament de Lénine'); // an alias of lenins-testament, or its name
    expect(glossary('Testament de Le\u0301nine')).toEqual(ascii);
    for (const apostrophe of ['\u2019', '\u02BC', "'"]) {
      expect(glossary(`l${apostrophe}URSS`)).toEqual(glossary("l'URSS"));
      expect(glossary(`Lenin${apostrophe}s Testament`)).toContain('lenins-testament');
    }
    expect(foldForSearch('l\u2019URSS')).toBe(foldForSearch("l'URSS"));
    expect(foldForSearch('l\u02BCURSS')).toBe(foldForSearch("l'URSS"));
  });

  it('finds an alias written in NFD in the glossary from an NFC query, and back', async () => {
    const nfd = { ...corpus.entries.get('ussr')! };
    const names = entryNames(nfd).map((n) => n.normalize('NFD'));
    expect(matches('républiques', names)).toBe(true);
    expect(matches('re\u0301publiques', entryNames(nfd))).toBe(true);
  });
});

describe('full-text search', () => {
  it('"Le\u0301nine" (NFD) finds the segments "Lénine" (NFC) finds', async () => {
    const nfc = await segments('Lénine');
    expect(nfc.length).toBeGreaterThan(0);
    expect(await segments('Le\u0301nine')).toEqual(nfc);
  });

  it("l’URSS, lʼURSS and l'URSS find the same segments", async () => {
    const ascii = await segments("l'URSS");
    expect(ascii.length).toBeGreaterThan(0);
    expect(await segments('l\u2019URSS')).toEqual(ascii);
    expect(await segments('l\u02BCURSS')).toEqual(ascii);
    expect(processTerm('l\u2019URSS')).toEqual(['urss']);
    expect(processTerm('l\u02BCURSS')).toEqual(['urss']);
  });

  describe('a text written in NFD with typographic apostrophes', () => {
    let nfdIndex: FullTextIndex;
    let nfdCorpus: Corpus;
    beforeAll(async () => {
      // The first text with its French file decomposed and every ' made typographic.
      const files = firstTextFiles();
      const fr = new TextDecoder().decode(files.get('premiere-position/fr.txt')!);
      const changed = fr
        .split('\n')
        .map((line) =>
          line.startsWith('%') ? line : line.normalize('NFD').replaceAll("'", '\u2019')
        )
        .join('\n');
      expect(changed).not.toBe(fr);
      files.set('premiere-position/fr.txt', new TextEncoder().encode(changed));
      // Its plain original changes the same way, or the verbatim check would refuse the text.
      const original = new TextDecoder().decode(files.get('premiere-position/source/fr.txt')!);
      files.set(
        'premiere-position/source/fr.txt',
        new TextEncoder().encode(original.normalize('NFD').replaceAll("'", '\u2019'))
      );
      const result = buildCorpus(files, 'texts');
      expect(result.errors).toEqual([]);
      nfdCorpus = result.corpus!;
      nfdIndex = await openSearchIndex(searchFileReader(buildSearchFiles(nfdCorpus)));
    });

    it('is found by NFC queries with ASCII apostrophes', async () => {
      for (const query of [
        "l'URSS",
        'Lénine',
        'secrétaire général',
        "l'organisation",
        'phénoménale'
      ]) {
        const found = await segments(query, nfdIndex);
        expect(found.length, query).toBeGreaterThan(0);
        expect(found, query).toEqual(await segments(query));
      }
    });

    it('keeps the NFD code points and the typographic apostrophes as written', async () => {
      const text = nfdCorpus.texts[0]!;
      const original = corpus.texts[0]!;
      const segs = allSegments(text);
      allSegments(original).forEach((segment, i) => {
        const shown = plainText(segs[i]!.fr.runs);
        expect(shown).toBe(plainText(segment.fr.runs).normalize('NFD').replaceAll("'", '\u2019'));
        // the English side was not touched
        expect(plainText(segs[i]!.en.runs)).toBe(plainText(segment.en.runs));
      });
      const s14 = plainText(segs.find((s) => s.id === '1.4')!.fr.runs);
      expect(s14).toContain('l\u2019URSS');
      expect(s14).toContain('secre\u0301taire ge\u0301ne\u0301ral');
      expect(s14).not.toContain('é');
    });

    it('highlights the NFD words whole, marks included, without changing the text', async () => {
      const s14 = plainText(allSegments(nfdCorpus.texts[0]!).find((s) => s.id === '1.4')!.fr.runs);
      const parts = highlightParts(s14, ['secretaire', 'general']);
      expect(parts.map((p) => p.text).join('')).toBe(s14);
      expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual([
        'secre\u0301taire ge\u0301ne\u0301ral'
      ]);
    });
  });
});
