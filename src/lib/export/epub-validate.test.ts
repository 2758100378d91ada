// EPUBCheck (Debian's epubcheck) on two books: texts/premiere-position side by side, and the
// hostile fixture alternating. Each run starts a JVM (10 s and more on a busy machine), so the
// two are checked at once, and no more: together they cover both layouts, footnotes, the
// vocabulary chapter and hostile content. `npm run export:epub` and epubcheck check the rest.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../corpus/load.ts';
import type { Corpus } from '../corpus/model.ts';
import { epubFileName, textToEpub, type EpubLayout } from './epub.ts';
import { epubcheck } from './validators.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'epub-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const real = loadCorpusOrThrow(path.join(ROOT, 'texts'));
const fixtures = loadCorpusOrThrow(path.join(ROOT, 'tests/fixtures/texts'));
const books: [Corpus, string, EpubLayout][] = [
  [real, 'premiere-position', 'side-by-side'],
  [fixtures, 'hostile', 'alternating']
];

describe('epubcheck', () => {
  it('finds no fatal error, error or warning in the books', { timeout: 120_000 }, async () => {
    const files = books.map(([corpus, slug, layout]) => {
      const file = path.join(dir, epubFileName(slug, layout));
      const bytes = textToEpub(corpus.textsBySlug.get(slug)!, corpus.entries, {
        layout,
        modified: new Date('2025-01-02T03:04:05Z')
      });
      writeFileSync(file, bytes);
      return file;
    });
    const runs = await Promise.all(files.map(epubcheck));
    runs.forEach((run, i) => {
      expect(run.output, files[i]).toContain('Messages: 0 fatals / 0 errors / 0 warnings');
      expect(run.status, run.output).toBe(0);
    });
  });
});
