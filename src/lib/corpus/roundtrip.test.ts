import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAlignedFile } from './aligned-file.ts';
import { buildCorpus, type BuildResult } from './build.ts';
import { formatContentError } from './errors.ts';
import { plainText } from './inline.ts';
import { loadCorpusFrom, readContentDir } from './load.ts';
import { mentionsIn, plainTextOf, termsIn, type Lang, type Text } from './model.ts';

// The repository root, wherever vitest is started from; shared/ sits beside the clone.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEXTS = path.resolve(ROOT, 'texts');
const SOURCES = path.resolve(ROOT, '../shared/texts-source');

/** Each text's slug and the published French original it must reproduce. */
const ORIGINALS: Record<string, string> = {
  'premiere-position': 'premiere-position-au-parti-communiste.fr.txt'
};

/**
 * The reader's French text, rebuilt by hand from the model: the title, then every chapter heading
 * and paragraph, one block per line; a paragraph's segments joined by one space, or none after a
 * glued one; no final newline.
 */
function rebuild(text: Text, lang: Lang): string {
  const blocks = [plainText(text.title[lang].runs)];
  for (const chapter of text.chapters) {
    if (chapter.heading) blocks.push(plainText(chapter.heading[lang].runs));
    for (const paragraph of chapter.paragraphs) {
      blocks.push(
        paragraph
          .map(
            (s, i) =>
              plainText(s[lang].runs) + (i === paragraph.length - 1 || s[lang].glue ? '' : ' ')
          )
          .join('')
      );
    }
  }
  return blocks.join('\n');
}

// ---------------------------------------------------------------- the content folder

const files = readContentDir(TEXTS);
const decoder = new TextDecoder();

/** Every glossary id and term id the texts use. */
function usedIds() {
  const entries = new Set<string>();
  const terms = new Map<string, Set<string>>();
  for (const [rel, bytes] of files) {
    const m = /^([^/]+)\/(fr|en)\.txt$/.exec(rel);
    if (!m || m[1] === 'glossary') continue;
    const parsed = parseAlignedFile(rel, decoder.decode(bytes));
    for (const block of parsed.blocks)
      for (const segment of block.segments) {
        for (const id of mentionsIn(segment.runs)) entries.add(id);
        for (const id of termsIn(segment.runs)) {
          const set = terms.get(m[1]!) ?? new Set();
          set.add(id);
          terms.set(m[1]!, set);
        }
      }
  }
  return { entries, terms };
}

const used = usedIds();
const missingEntries = [...used.entries].filter((id) => !files.has(`glossary/${id}.yaml`));
const glossaryComplete = missingEntries.length === 0;

/** A glossary entry that satisfies the schema, for an id the real glossary does not have yet. */
const stubEntry = (id: string) =>
  [
    `id: ${id}`,
    'type: organization',
    'name:',
    `  fr: ${id}`,
    `  en: ${id}`,
    'summary:',
    '  fr: Une entrée provisoire. Elle sera remplacée.',
    '  en: A provisional entry. It will be replaced.',
    'source:',
    '  title: Stub'
  ].join('\n') + '\n';

function stubbedBuild(): BuildResult {
  const stubbed = new Map([...files].filter(([rel]) => !rel.startsWith('glossary/')));
  const encoder = new TextEncoder();
  for (const id of used.entries) stubbed.set(`glossary/${id}.yaml`, encoder.encode(stubEntry(id)));
  for (const [slug, ids] of used.terms) {
    if (files.has(`${slug}/terms.yaml`)) continue;
    const yaml = [...ids]
      .map((id) => `${id}:\n  lemma: ${id}\n  pos: noun\n  gender: m\n  gloss: ${id}\n`)
      .join('');
    stubbed.set(`${slug}/terms.yaml`, encoder.encode(yaml));
  }
  return buildCorpus(stubbed, 'texts');
}

/** The real folder when its glossary names every entry the texts use; stub entries otherwise. */
const result: BuildResult = glossaryComplete ? loadCorpusFrom(TEXTS) : stubbedBuild();
const mode = glossaryComplete
  ? 'texts/ as it is'
  : `texts/ with ${missingEntries.length} stub glossary entries`;

describe(`the content folder (${mode})`, () => {
  it('builds without errors', () => {
    expect(result.errors.map(formatContentError)).toEqual([]);
    expect(result.corpus).toBeDefined();
  });

  it.skipIf(!glossaryComplete)('has a glossary entry for every id the texts mention', () => {
    const entries = result.corpus!.entries;
    for (const id of used.entries) expect(entries.has(id), id).toBe(true);
  });

  it('has every text it has an original for', () => {
    const slugs = result.corpus?.texts.map((t) => t.slug) ?? [];
    for (const slug of Object.keys(ORIGINALS)) expect(slugs).toContain(slug);
  });

  for (const [slug, original] of Object.entries(ORIGINALS)) {
    const originalPath = path.join(SOURCES, original);

    it(`${slug}: the original exists beside the repository`, () => {
      expect(existsSync(originalPath), originalPath).toBe(true);
    });

    it(`${slug}: the French side, markup removed, is the original byte for byte (rebuilt in the test)`, () => {
      const text = result.corpus!.texts.find((t) => t.slug === slug)!;
      const expected = readFileSync(originalPath);
      const rebuilt = rebuild(text, 'fr');
      expect(rebuilt).toBe(expected.toString('utf8'));
      expect(Buffer.from(rebuilt, 'utf8').equals(expected)).toBe(true);
    });

    it(`${slug}: plainTextOf(text, 'fr') is the original byte for byte`, () => {
      const text = result.corpus!.texts.find((t) => t.slug === slug)!;
      const expected = readFileSync(originalPath);
      const rendered = plainTextOf(text, 'fr');
      expect(rendered).toBe(expected.toString('utf8'));
      expect(Buffer.from(rendered, 'utf8').equals(expected)).toBe(true);
      // The English side is rendered by the same rule.
      expect(plainTextOf(text, 'en')).toBe(rebuild(text, 'en'));
    });
  }
});
