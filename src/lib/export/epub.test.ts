import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build.ts';
import { loadCorpusOrThrow } from '../corpus/load.ts';
import type { Corpus } from '../corpus/model.ts';
import { epubFileName, epubFiles, exportDate, textToEpub, type EpubLayout } from './epub.ts';
import { SaxesParser } from 'saxes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const real = loadCorpusOrThrow(path.join(ROOT, 'texts'));
const fixtures = loadCorpusOrThrow(path.join(ROOT, 'tests/fixtures/texts'));
const modified = new Date('2025-01-02T03:04:05Z');

/** Parses XML strictly (throwing when it is not well-formed); returns every element with its attributes. */
function parseXml(xml: string): { name: string; attrs: Record<string, string> }[] {
  const parser = new SaxesParser({ xmlns: false });
  const found: { name: string; attrs: Record<string, string> }[] = [];
  parser.on('opentag', (tag) =>
    found.push({ name: tag.name, attrs: tag.attributes as Record<string, string> })
  );
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return found;
}

function files(corpus: Corpus, slug: string, layout: EpubLayout): Map<string, string> {
  return new Map(epubFiles(corpus.textsBySlug.get(slug)!, corpus.entries, { layout, modified }));
}

describe('epubFiles', () => {
  const side = files(real, 'premiere-position', 'side-by-side');
  const alternating = files(real, 'premiere-position', 'alternating');
  const text = side.get('EPUB/text.xhtml')!;

  it('names the two books of a text', () => {
    expect(epubFileName('premiere-position', 'side-by-side')).toBe('premiere-position.epub');
    expect(epubFileName('premiere-position', 'alternating')).toBe(
      'premiere-position.alternating.epub'
    );
  });

  it('puts each paragraph in a table, French beside English', () => {
    // 2 paragraphs in texts/premiere-position.
    expect(text.match(/<table class="pair">/g)).toHaveLength(2);
    expect(text).toMatch(
      /<tr><td lang="fr" xml:lang="fr" class="fr">Avant la <a epub:type="noteref" class="mention" href="#note-revolution-1917">révolution<\/a>/
    );
    expect(text).toMatch(
      /<td lang="en" xml:lang="en" class="en">Before the <a epub:type="noteref"/
    );
  });

  it('alternates French and English sentence by sentence in the other book', () => {
    const alt = alternating.get('EPUB/text.xhtml')!;
    expect(alt).not.toContain('<table');
    // 15 segments besides the title (1.1–1.13, 2.1, 2.2), each in both languages.
    expect(alt.match(/<p lang="fr" xml:lang="fr" class="fr">/g)).toHaveLength(15);
    expect(alt.match(/<p lang="en" xml:lang="en" class="en">/g)).toHaveLength(15);
    expect(alt).toMatch(
      /class="fr">Avant la .*?<\/p><p lang="en" xml:lang="en" class="en">Before the /
    );
  });

  it('has one footnote per entry the text mentions, and a mention points at it', () => {
    const asides = [...text.matchAll(/<aside epub:type="footnote" id="note-([a-z0-9-]+)"/g)].map(
      (m) => m[1]
    );
    expect(asides).toContain('stalin');
    expect(asides).toContain('coup-1991');
    // Molotov is in the glossary but not mentioned by this text.
    expect(asides).not.toContain('molotov');
    expect(new Set(asides).size).toBe(asides.length);
    expect(new Set(asides)).toEqual(
      new Set(
        [...real.mentions]
          .filter(([, list]) => list.some((m) => m.text === 'premiere-position'))
          .map(([id]) => id)
      )
    );
    expect(text).toContain(
      '<a epub:type="noteref" class="mention" href="#note-stalin">Josef Staline</a>'
    );
    expect(text).toMatch(
      /<b lang="fr" xml:lang="fr">Joseph Staline<\/b> \/ <b lang="en" xml:lang="en">Joseph Stalin<\/b> \(1878-12-18 – 1953-03-05\)/
    );
  });

  it('links terms to the vocabulary chapter, and marks a term inside a mention without a nested link', () => {
    expect(text).toContain('<a class="term" href="vocabulary.xhtml#term-chef">chef</a>');
    expect(text).toContain(
      '<a epub:type="noteref" class="mention" href="#note-second-secretary">deuxième secrétaire <span class="term">officieux</span></a>'
    );
    const vocabulary = side.get('EPUB/vocabulary.xhtml')!;
    expect(vocabulary).toContain('<section epub:type="glossary">');
    expect(vocabulary).toContain(
      '<dt epub:type="glossterm" id="term-poste"><dfn lang="fr" xml:lang="fr">poste</dfn> <span class="pos">(noun, m)</span></dt>'
    );
    expect(vocabulary).toContain('<p lang="en" xml:lang="en">unofficial</p>');
  });

  it('ends with the licence and the sources', () => {
    const about = side.get('EPUB/about.xhtml')!;
    expect(about).toContain('Licence: unknown');
    expect(about).toContain(
      'La licence du texte français n&apos;est pas connue'.replace('&apos;', "'")
    );
    expect(about).toContain('<li>Encyclopedia of Russian History, ed. James R. Millar, 4 vols.');
    const opf = side.get('EPUB/package.opf')!;
    expect(opf.indexOf('idref="text"')).toBeLessThan(opf.indexOf('idref="about"'));
    expect(opf).toContain('<meta property="dcterms:modified">2025-01-02T03:04:05Z</meta>');
    expect(opf).toContain('<dc:language>fr</dc:language>');
    expect(opf).toContain(
      '<dc:title id="title-en" xml:lang="en">The Top Position in the Communist Party</dc:title>'
    );
  });

  it('gives each layout its own stable identifier', () => {
    const id = (f: Map<string, string>) =>
      /<dc:identifier id="uid">([^<]+)</.exec(f.get('EPUB/package.opf')!)![1];
    expect(id(side)).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    expect(id(side)).not.toBe(id(alternating));
    expect(id(side)).toBe(id(files(real, 'premiere-position', 'side-by-side')));
  });

  it('writes well-formed XHTML and never turns authored text into markup', () => {
    for (const layout of ['side-by-side', 'alternating'] as const) {
      const hostile = files(fixtures, 'hostile', layout);
      for (const [name, content] of hostile) {
        if (!name.endsWith('.xhtml') && !name.endsWith('.opf')) continue;
        const elements = parseXml(content);
        const names = new Set(elements.map((e) => e.name));
        expect(names.has('script'), `<script> in ${name}`).toBe(false);
        expect(names.has('img'), `<img> in ${name}`).toBe(false);
        for (const e of elements)
          expect(e.attrs.href ?? '', `a link in ${name}`).not.toMatch(/^javascript:/);
        expect(content, name).not.toMatch(/<script|<img|<a href="javascript/);
      }
      const text = hostile.get('EPUB/text.xhtml')!;
      expect(text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
      expect(text).toContain('&lt;img src=x onerror="window.__pwned=2"&gt;');
      expect(hostile.get('EPUB/about.xhtml')).toContain(
        'href="https://example.org/hostile-text?q=%3Cscript%3E"'
      );
    }
  });
});

describe('textToEpub', () => {
  const bytes = textToEpub(real.textsBySlug.get('premiere-position')!, real.entries, {
    layout: 'side-by-side',
    modified
  });

  it('is a zip whose first entry is mimetype, stored uncompressed with no extra field', () => {
    // Local file header: signature, then compression method at 8, name length at 26, extra at 28.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0);
    expect(view.getUint16(26, true)).toBe('mimetype'.length);
    expect(view.getUint16(28, true)).toBe(0);
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(38, 58))).toBe('application/epub+zip');
  });

  it('holds every file epubFiles lists, unchanged', () => {
    const unzipped = unzipSync(bytes);
    const expected = epubFiles(real.textsBySlug.get('premiere-position')!, real.entries, {
      layout: 'side-by-side',
      modified
    });
    expect(Object.keys(unzipped)).toEqual(expected.map(([name]) => name));
    for (const [name, content] of expected) expect(strFromU8(unzipped[name]!)).toBe(content);
  });

  it('is the same bytes for the same text and date', () => {
    const again = textToEpub(real.textsBySlug.get('premiere-position')!, real.entries, {
      layout: 'side-by-side',
      modified
    });
    expect(again).toEqual(bytes);
  });

  it('takes its date from SOURCE_DATE_EPOCH when set', () => {
    expect(exportDate({ SOURCE_DATE_EPOCH: '1735787045' }).toISOString()).toBe(
      '2025-01-02T03:04:05.000Z'
    );
    expect(exportDate({}).getTime() % 1000).toBe(0);
  });

  it('builds a book for a text without terms or chapters', () => {
    const { corpus } = buildCorpus(
      new Map(
        Object.entries({
          'glossary/x.yaml':
            'id: x\ntype: place\nname: {fr: X, en: X}\nsummary:\n  fr: Un lieu. Un autre.\n  en: A place. Another.\nsource: {title: S}\n',
          'a/text.yaml':
            'title: {fr: T, en: T}\nauthor: A\ntranslator: B\nsource: {title: S}\nlicense: {name: L}\nlevel: A1\n',
          'a/fr.txt': '# title Un [x]{x}\n\n1.1 Oui.\n',
          'a/en.txt': '# title One\n\n1.1 Yes.\n'
        }).map(([k, v]) => [k, new TextEncoder().encode(v)] as const)
      )
    );
    const names = epubFiles(corpus!.texts[0]!, corpus!.entries, {
      layout: 'alternating',
      modified
    }).map(([n]) => n);
    expect(names).not.toContain('EPUB/vocabulary.xhtml');
    expect(names).toContain('EPUB/about.xhtml');
  });
});
