import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build.ts';
import { formatContentError } from '../corpus/errors.ts';
import { plainText, type InlineRun } from '../corpus/inline.ts';
import { readContentDir } from '../corpus/load.ts';
import { plainTextOf } from '../corpus/model.ts';
import { readPlainText } from '../corpus/original.ts';
import { glossaryNames, importText, ImportError, type ImportResult } from './index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/import');
const content = readContentDir(path.join(ROOT, 'texts'));
const built = buildCorpus(content);
if (!built.corpus) throw new Error(built.errors.map(formatContentError).join('\n'));
const corpus = built.corpus;
// The glossary these expectations were written against: its 24 entries of the time, when the
// first text was the library. A larger glossary has more names that share words ("révolution",
// "secrétaire"): the first text's figures with today's glossary are logged below and recorded in
// docs/authoring.md.
const FIRST_GLOSSARY = new Set(
  (
    'andropov bolsheviks brezhnev chernenko coup-1991 cpsu first-secretary general-secretary ' +
    'gorbachev khrushchev krestinsky lenin lenins-testament molotov party-secretary ' +
    'preobrazhensky presidency revolution-1917 second-secretary serebryakov stalin stasova ' +
    'sverdlov ussr'
  ).split(' ')
);
const glossary = glossaryNames(
  [...corpus.entries.values()].filter((e) => FIRST_GLOSSARY.has(e.id))
);
const fullGlossary = glossaryNames(corpus.entries.values());
const enc = new TextEncoder();

/** The content folder with the importer's files added: it must build without a problem. */
function buildWith(result: ImportResult) {
  const files = new Map([...content].filter(([rel]) => rel.startsWith('glossary/')));
  for (const [rel, text] of result.files) files.set(rel, enc.encode(text));
  return buildCorpus(files);
}

interface SegmentText {
  id: string;
  fr: string;
  en: string;
}

/** A mention in the plain text of a segment: where it stands and what it names. */
interface Mention {
  segment: string;
  lang: 'fr' | 'en';
  entity: string;
  start: number;
  end: number;
  text: string;
}

function mentionsOf(runs: readonly InlineRun[], segment: string, lang: 'fr' | 'en'): Mention[] {
  const out: Mention[] = [];
  let at = 0;
  const walk = (list: readonly InlineRun[]) => {
    for (const run of list) {
      if (run.kind === 'text') {
        at += run.text.length;
        continue;
      }
      const start = at;
      walk(run.children);
      if (run.kind === 'mention')
        out.push({
          segment,
          lang,
          entity: run.entity,
          start,
          end: at,
          text: plainText(run.children)
        });
    }
  };
  walk(runs);
  return out;
}

/** Every segment of a built text, with its plain text and mentions in both languages. */
function segmentsOf(result: ReturnType<typeof buildCorpus>, slug: string) {
  const text = result.corpus!.texts.find((t) => t.slug === slug)!;
  const segments: (SegmentText & { block: number })[] = [];
  const mentions: Mention[] = [];
  let block = 0;
  const add = (s: (typeof text)['title']) => {
    segments.push({ id: s.id, fr: plainText(s.fr.runs), en: plainText(s.en.runs), block });
    for (const lang of ['fr', 'en'] as const)
      mentions.push(...mentionsOf(s[lang].runs, s.id, lang));
  };
  add(text.title);
  for (const chapter of text.chapters) {
    if (chapter.heading) {
      block++;
      add(chapter.heading);
    }
    for (const paragraph of chapter.paragraphs) {
      block++;
      paragraph.forEach(add);
    }
  }
  return { text, segments, mentions };
}

describe('the first text, imported from its plain French and its English without markup', () => {
  const hand = corpus.texts.find((t) => t.slug === 'premiere-position')!;
  const fr = new TextDecoder().decode(content.get('premiere-position/source/fr.txt'));
  const en = plainTextOf(hand, 'en');
  const result = importText({ fr, en, glossary, slug: 'premiere-position-import' });
  const imported = buildWith(result);

  it('writes a text that passes the checker', () => {
    expect(imported.errors.map(formatContentError)).toEqual([]);
  });

  it('reproduces the hand-made segmentation and alignment exactly', () => {
    const handMade = segmentsOf(built, 'premiere-position').segments;
    const ours = segmentsOf(imported, 'premiere-position-import').segments;
    expect(ours).toEqual(handMade);
    expect(result.pairings.map((p) => p.kind)).toEqual(handMade.map(() => '1-1'));
  });

  it('rebuilds the French original character for character', () => {
    const text = imported.corpus!.texts.find((t) => t.slug === 'premiere-position-import')!;
    expect(plainTextOf(text, 'fr')).toBe(
      readPlainText(fr)
        .map((b) => b.text)
        .join('\n')
    );
    expect(plainTextOf(text, 'fr')).toBe(fr);
    expect(result.files.get('premiere-position-import/source/fr.txt')).toBe(fr);
  });

  it('finds at least 95 % of the hand-marked mentions, with at most 5 % wrong ones', () => {
    const handMentions = segmentsOf(built, 'premiere-position').mentions;
    const ours = segmentsOf(imported, 'premiere-position-import').mentions;
    const overlaps = (a: Mention, b: Mention) =>
      a.segment === b.segment &&
      a.lang === b.lang &&
      a.entity === b.entity &&
      a.start < b.end &&
      b.start < a.end;
    const found = handMentions.filter((h) => ours.some((o) => overlaps(o, h)));
    const wrong = ours.filter((o) => !handMentions.some((h) => overlaps(o, h)));
    const missed = handMentions.filter((h) => !found.includes(h));
    const recall = found.length / handMentions.length;
    const falseRate = wrong.length / ours.length;
    console.log(
      `first text: ${found.length}/${handMentions.length} hand-marked mentions found (${(recall * 100).toFixed(1)} %), ` +
        `${wrong.length}/${ours.length} suggestions wrong (${(falseRate * 100).toFixed(1)} %); missed: ` +
        missed.map((m) => `${m.lang} ${m.segment} '${m.text}'→${m.entity}`).join(', ')
    );
    const full = segmentsOf(
      buildWith(importText({ fr, en, glossary: fullGlossary, slug: 'premiere-position-import' })),
      'premiere-position-import'
    ).mentions;
    const fullFound = handMentions.filter((h) => full.some((o) => overlaps(o, h))).length;
    const fullWrong = full.filter((o) => !handMentions.some((h) => overlaps(o, h))).length;
    console.log(
      `with the whole glossary (${fullGlossary.length} entries): ${fullFound}/${handMentions.length} found, ` +
        `${fullWrong}/${full.length} wrong`
    );
    expect(handMentions.length).toBeGreaterThan(80);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseRate).toBeLessThanOrEqual(0.05);
  });
});

describe('fixtures (tests/fixtures/import)', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, name);
    const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
    const expected = JSON.parse(read('expected.json')) as {
      pairings: string[][];
      segments: SegmentText[];
      mentions?: Record<'fr' | 'en', [string, string, string][]>;
      candidates?: Record<'fr' | 'en', string[]>;
      review?: { kind: string; file: string; segment: string }[];
    };
    const fr = read('fr.txt');
    const result = importText({ fr, en: read('en.txt'), glossary, slug: name });
    const imported = buildWith(result);

    it(`${name}: passes the checker`, () => {
      expect(imported.errors.map(formatContentError)).toEqual([]);
    });

    it(`${name}: pairs the sentences as expected`, () => {
      // Pairings per block: the title, then each paragraph.
      const frBlock = (s: string) => readPlainText(fr).findIndex((b) => b.text.includes(s));
      const byBlock: string[][] = [];
      for (const p of result.pairings) {
        const b = frBlock(p.fr[0]!);
        (byBlock[b] ??= []).push(p.kind === 'block' ? '1-1' : p.kind);
      }
      expect(byBlock).toEqual(expected.pairings);
    });

    it(`${name}: writes the expected segments`, () => {
      const { segments } = segmentsOf(imported, name);
      expect(segments.map(({ id, fr, en }) => ({ id, fr, en }))).toEqual(expected.segments);
    });

    it(`${name}: keeps the French exactly`, () => {
      const text = imported.corpus!.texts.find((t) => t.slug === name)!;
      expect(plainTextOf(text, 'fr')).toBe(
        readPlainText(fr)
          .map((b) => b.text)
          .join('\n')
      );
    });

    if (expected.mentions)
      it(`${name}: suggests the expected mentions`, () => {
        const { mentions } = segmentsOf(imported, name);
        for (const lang of ['fr', 'en'] as const)
          expect(
            mentions.filter((m) => m.lang === lang).map((m) => [m.segment, m.text, m.entity])
          ).toEqual(expected.mentions![lang]);
      });

    if (expected.candidates)
      it(`${name}: lists unknown names as candidates`, () => {
        for (const lang of ['fr', 'en'] as const)
          expect(
            result.review
              .filter((r) => r.kind === 'candidate' && r.file.endsWith(`/${lang}.txt`))
              .map((r) => /^'([^']+)'/.exec(r.message)![1])
              .sort()
          ).toEqual(expected.candidates![lang]);
      });

    if (expected.review)
      it(`${name}: puts the expected items on the review list`, () => {
        const frLines = result.files.get(`${name}/fr.txt`)!.split('\n');
        for (const item of expected.review!) {
          const line = frLines.findIndex((l) => l.startsWith(`${item.segment} `)) + 1;
          expect(result.review).toContainEqual(
            expect.objectContaining({ kind: item.kind, file: `texts/${name}/${item.file}`, line })
          );
        }
      });
  }
});

describe('importText input errors', () => {
  const fr = 'Titre\n\nUne phrase. Une autre phrase.';
  const at = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof ImportError) return e.errors.map(formatContentError);
      throw e;
    }
    return [];
  };

  it('refuses empty input, a side 3× longer than the other and more than 5 MB', () => {
    expect(at(() => importText({ fr: ' \n\n', glossary }))).toEqual([
      'fr.txt:1:1 the file is empty'
    ]);
    expect(
      at(() => importText({ fr: fr.repeat(4), en: 'Title\n\nA sentence.', glossary }))
    ).toEqual([
      'en.txt:3:1 the French is 8.0× longer than the English: the translation may be missing parts'
    ]);
    expect(
      at(() => importText({ fr: 'T\n\n' + 'a'.repeat(5 * 1024 * 1024), glossary }))[0]
    ).toMatch(/^fr\.txt:1:1 the file is 5\.0 MB: the importer takes at most 5 MB$/);
  });

  it('refuses a paragraph before the first heading, and names the input files', () => {
    expect(
      at(() => importText({ fr: 'T\n\nIntro.\n\n## Un\n\nTexte.', glossary, frName: 'a.txt' }))
    ).toEqual([
      'a.txt:3:1 a paragraph before the first heading: in a text with headings every paragraph follows one (move it after a heading, or into the title)'
    ]);
  });

  it('imports a French-only text with chapters, glue and escapes, and it passes the checker', () => {
    const text =
      'Titre [1]\n\n## Premier\n\nUn {mot}.Deux \\ trois.  Quatre.\n\n## Second\n\nCinq.';
    const result = importText({ fr: text, glossary, slug: 'seul', titleEn: 'Alone' });
    const builtText = buildWith(result);
    expect(builtText.errors.map(formatContentError)).toEqual([]);
    expect(result.files.get('seul/fr.txt')).toContain(
      '## c1 Premier\n\n1.1 Un \\{mot\\}.Deux \\\\ trois.  Quatre.\n'
    );
    expect(plainTextOf(builtText.corpus!.texts[0]!, 'fr')).toBe(
      'Titre [1]\nPremier\nUn {mot}.Deux \\ trois.  Quatre.\nSecond\nCinq.'
    );
    expect(result.review.some((r) => r.kind === 'untranslated')).toBe(true);
  });
});
