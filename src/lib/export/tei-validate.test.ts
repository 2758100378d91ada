// Every text's TEI document against the RELAX NG subset of TEI (tei-subset.rng), with jing and
// with xmllint; and the subset refuses what TEI would refuse of our documents.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../corpus/load.ts';
import type { Corpus } from '../corpus/model.ts';
import { textToTei } from './tei.ts';
import { parseXml, type XmlElement } from './tei-read.ts';
import { runTool } from './validators.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const SCHEMA = path.join(HERE, 'tei-subset.rng');
const dir = mkdtempSync(path.join(tmpdir(), 'tei-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpora: [string, Corpus][] = [
  ['texts', loadCorpusOrThrow(path.join(ROOT, 'texts'))],
  ['fixtures', loadCorpusOrThrow(path.join(ROOT, 'tests/fixtures/texts'))]
];
const documents = corpora.flatMap(([name, corpus]) =>
  corpus.texts.map((text) => {
    const file = path.join(dir, `${name}-${text.slug}.xml`);
    const xml = textToTei(text, corpus.entries);
    writeFileSync(file, xml);
    return { file, xml };
  })
);

function write(name: string, xml: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return file;
}

const jing = (...files: string[]) => runTool('jing', [SCHEMA, ...files], 'jing');
const xmllint = (...files: string[]) =>
  runTool('xmllint', ['--noout', '--relaxng', SCHEMA, ...files], 'libxml2-utils');

describe('TEI documents against the TEI subset (tei-subset.rng)', () => {
  it('every text of texts/ and of the fixtures is valid for jing', () => {
    const run = jing(...documents.map((d) => d.file));
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  });

  it('and for xmllint', () => {
    const run = xmllint(...documents.map((d) => d.file));
    expect(run.status, run.output).toBe(0);
    for (const d of documents) expect(run.output).toContain(`${d.file} validates`);
  });

  it('every #reference points at an xml:id of the same document', () => {
    for (const { xml } of documents) {
      const ids = new Set<string>();
      const refs: string[] = [];
      const walk = (n: XmlElement) => {
        if (n.attrs['xml:id']) ids.add(n.attrs['xml:id']);
        for (const name of ['ref', 'corresp', 'source', 'active', 'passive'])
          for (const ref of n.attrs[name]?.split(' ') ?? [])
            if (ref.startsWith('#')) refs.push(ref);
        for (const c of n.children) if (typeof c !== 'string') walk(c);
      };
      walk(parseXml(xml));
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.filter((r) => !ids.has(r.slice(1)))).toEqual([]);
    }
  });

  it('refuses a document that breaks the subset', () => {
    const xml = documents[0]!.xml;
    const broken = [
      // An element TEI does not have.
      xml.replace('<p><s xml:id="fr.1.1"', '<p><script/><s xml:id="fr.1.1"'),
      // A record without its summary.
      xml.replace(/<note type="summary" xml:lang="fr">[^<]*<\/note>/, ''),
      // Two elements with one xml:id.
      xml.replace('xml:id="en.1.1"', 'xml:id="fr.1.1"'),
      // A date TEI's @when does not take.
      xml.replace(/<birth when="[^"]+"/, '<birth when="18 December 1878"'),
      // A name in a segment without the entry it names.
      xml.replace(/<persName ref="#[^"]+">/, '<persName>')
    ];
    const files = broken.map((b, i) => {
      expect(b).not.toBe(xml);
      return write(`broken-${i}.xml`, b);
    });
    for (const file of files) {
      const run = jing(file);
      expect(run.status, file).not.toBe(0);
      expect(run.output).toContain(file);
    }
  });
});
