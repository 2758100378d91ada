import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build.ts';
import { readContentDir } from './load.ts';
import { firstDifference, readPlainText } from './original.ts';
import { formatContentError } from './errors.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TEXTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../texts');
const enc = new TextEncoder();

describe('readPlainText', () => {
  it('reads a file without blank lines as a title and one paragraph per line', () => {
    expect(readPlainText('Titre\nUn. Deux.\nTrois.')).toEqual([
      { kind: 'title', text: 'Titre', line: 1 },
      { kind: 'paragraph', text: 'Un. Deux.', line: 2 },
      { kind: 'paragraph', text: 'Trois.', line: 3 }
    ]);
  });

  it('joins the lines of a paragraph when blank lines separate paragraphs; headings lose their #', () => {
    const text =
      '\uFEFF# Titre\r\n\r\n## Chapitre un\r\nLigne un\r\n  ligne deux  \r\n\r\n\r\nAutre.\n';
    expect(readPlainText(text)).toEqual([
      { kind: 'title', text: 'Titre', line: 1 },
      { kind: 'heading', text: 'Chapitre un', line: 3 },
      { kind: 'paragraph', text: 'Ligne un ligne deux', line: 4 },
      { kind: 'paragraph', text: 'Autre.', line: 8 }
    ]);
  });

  it('keeps #hashtag and ### as text', () => {
    expect(readPlainText('T\n\n#x y\n\n### z').map((b) => b.kind)).toEqual([
      'title',
      'paragraph',
      'paragraph'
    ]);
  });

  it('finds the first differing block and character', () => {
    const a = readPlainText('T\nabc\ndef');
    const b = readPlainText('T\nabc\ndXf');
    expect(firstDifference(a, a)).toBeUndefined();
    expect(firstDifference(a, b)).toMatchObject({ block: 2, offset: 1 });
    expect(firstDifference(a, readPlainText('T\nabc'))).toMatchObject({ block: 2, offset: 0 });
  });
});

describe("text.yaml 'original'", () => {
  const files = readContentDir(TEXTS);

  it('the first text names its source, and the source matches fr.txt', () => {
    const meta = new TextDecoder().decode(files.get('premiere-position/text.yaml'));
    expect(meta).toMatch(/^original: source\/fr\.txt$/m);
    expect(buildCorpus(files).errors).toEqual([]);
  });

  it('a changed character in the source is a located error on the original line', () => {
    const copy = new Map(files);
    const src = new TextDecoder().decode(files.get('premiere-position/source/fr.txt'));
    copy.set('premiere-position/source/fr.txt', enc.encode(src.replace('Stasova.', 'Stassova.')));
    const errors = buildCorpus(copy).errors.map(formatContentError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^texts\/premiere-position\/text\.yaml:\d+:11 original: 'source\/fr\.txt' differs from fr\.txt at block 2, character 106: texts\/premiere-position\/source\/fr\.txt:2 has paragraph “sova\./
    );
  });

  it('a missing source file and a merged paragraph are errors', () => {
    const missing = new Map(files);
    missing.delete('premiere-position/source/fr.txt');
    expect(buildCorpus(missing).errors[0]?.message).toBe(
      "original: 'source/fr.txt' does not exist in the text folder"
    );
    const merged = new Map(files);
    const src = new TextDecoder().decode(files.get('premiere-position/source/fr.txt'));
    const lines = src.split('\n');
    merged.set(
      'premiere-position/source/fr.txt',
      enc.encode([lines[0], `${lines[1]} ${lines[2]}`].join('\n'))
    );
    expect(buildCorpus(merged).errors[0]?.message).toMatch(/at block 2, character \d+/);
  });
});
