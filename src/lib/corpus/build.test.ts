// devalue is how SvelteKit serialises page data (a dependency of @sveltejs/kit).
import * as devalue from 'devalue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type BuildResult } from './build.ts';
import { formatContentError, type ContentError } from './errors.ts';
import { parseInline, plainText, type InlineRun } from './inline.ts';
import { allSegments, LANGS, mentionsIn, segmentsOf, type Occurrence } from './model.ts';

// ---------------------------------------------------------------- fixtures

const encoder = new TextEncoder();
type FileMap = Record<string, string | Uint8Array | null>;

/** A content folder in memory: `null` leaves a file out. */
function folder(files: FileMap): Map<string, Uint8Array> {
  const map = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    map.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  }
  return map;
}

const SUMMARY = {
  fr: '  fr: Une entrée du glossaire de test. Elle a deux phrases.',
  en: '  en: A test glossary entry. It has two sentences.'
};

/**
 * A glossary entry. Lines 1–8 are always id, type, name (3 lines) and summary (3 lines); `extra`
 * starts on line 9; the source comes last.
 */
function entry(
  id: string,
  type: string,
  extra: string[] = [],
  source = ['source:', '  title: Encyclopedia of Russian History']
) {
  return (
    [
      `id: ${id}`, // 1
      `type: ${type}`, // 2
      'name:', // 3
      `  fr: ${id} (fr)`, // 4
      `  en: ${id} (en)`, // 5
      'summary:', // 6
      SUMMARY.fr, // 7
      SUMMARY.en, // 8
      ...extra,
      ...source
    ].join('\n') + '\n'
  );
}

const stalinExtra = [
  'dates:', // 9
  '  from: 1878-12-18', // 10
  '  to: 1953-03-05', // 11
  'held:', // 12
  '  - post: general-secretary', // 13
  '    from: 1922-04-03', // 14
  '    to: 1952-10-16' // 15
];

const frLines = [
  '% Texte de test.', // 1
  '# title Le [Parti]{cpsu}', // 2
  '', // 3
  '## c1 Les débuts', // 4
  '', // 5
  '1.1 [Staline]{stalin} devient [secrétaire général]{general-secretary}.', // 6
  '1.2 Il reste au [parti]{cpsu}\\', // 7
  '1.3 , longtemps.', // 8
  '', // 9
  '1.4 Puis vient [Brejnev]{brezhnev}.', // 10
  '', // 11
  '## c2 La fin', // 12
  '', // 13
  // The outer '[' is column 33, the term's '[' column 54.
  '2.1 Enfin [Andropov]{andropov}, [deuxième secrétaire [officieux]{t:officieux}]{second-secretary}, succède à [Brejnev]{brezhnev}.' // 14
];
const enLines = [
  '% Test text.', // 1
  '# title The [Party]{cpsu}', // 2
  '', // 3
  '## c1 Beginnings', // 4
  '', // 5
  '1.1 [Stalin]{stalin} becomes [general secretary]{general-secretary}, and [he]{stalin} stays.', // 6
  '1.2 He stays in the [party]{cpsu}\\', // 7
  '1.3 , for a long time.', // 8
  '', // 9
  '1.4 Then comes [Brezhnev]{brezhnev}.', // 10
  '', // 11
  '## c2 The end', // 12
  '', // 13
  '2.1 Finally [Brezhnev]{brezhnev} is followed by [Andropov]{andropov}, [unofficial second secretary]{second-secretary}.' // 14
];
const lines = (l: string[]) => l.join('\n') + '\n';

const TERMS =
  [
    'officieux:', // 1
    '  lemma: officieux', // 2
    '  pos: adjective', // 3
    '  gloss: unofficial' // 4
  ].join('\n') + '\n';

const META =
  [
    'title:',
    '  fr: Le titre',
    '  en: The title',
    'author: Un auteur',
    'translator: A translator',
    'source:',
    '  title: Encyclopedia of Russian History',
    'license:',
    '  name: CC BY-SA 4.0',
    '  url: https://creativecommons.org/licenses/by-sa/4.0/',
    'level: B2'
  ].join('\n') + '\n';

/** The valid base folder; glossary files deliberately not in alphabetical order. */
function base(): FileMap {
  return {
    'README.md': '# Content\n',
    'drafts/notes.md': 'Not a text.\n',
    'glossary/stalin.yaml': entry('stalin', 'person', stalinExtra),
    'glossary/general-secretary.yaml': entry('general-secretary', 'post'),
    'glossary/second-secretary.yaml': entry('second-secretary', 'post'),
    'glossary/andropov.yaml': entry('andropov', 'person', [
      'held:',
      '  - post: general-secretary',
      '    from: 1982-11-12',
      '    to: 1984-02-09'
    ]),
    'glossary/cpsu.yaml': entry('cpsu', 'organization', ['related:', '  - general-secretary']),
    'glossary/brezhnev.yaml': entry('brezhnev', 'person', [
      'held:',
      '  - post: general-secretary',
      '    from: 1966-04-08',
      '    to: 1982-11-10'
    ]),
    'glossary/lenin.yaml': entry('lenin', 'person'),
    'premiere/text.yaml': META,
    'premiere/fr.txt': lines(frLines),
    'premiere/en.txt': lines(enLines),
    'premiere/terms.yaml': TERMS
  };
}

function build(overrides: FileMap = {}, root = 'texts'): BuildResult {
  return buildCorpus(folder({ ...base(), ...overrides }), root);
}

const FR = 'texts/premiere/fr.txt';
const EN = 'texts/premiere/en.txt';
const TERMS_FILE = 'texts/premiere/terms.yaml';
const glossary = (id: string) => `texts/glossary/${id}.yaml`;

/** Errors as `file:line:col`. */
const where = (errors: readonly ContentError[]) =>
  errors.map((e) => `${e.file}:${e.line}:${e.column}`);

/** The build fails, with exactly these errors (in any order). */
function expectOnly(result: BuildResult, ...expected: string[]) {
  expect(result.corpus).toBeUndefined();
  expect(where(result.errors).sort()).toEqual([...expected].sort());
}

/** The build fails, and among its errors is one at this place. */
function expectAmong(result: BuildResult, at: string, message?: RegExp) {
  expect(result.corpus).toBeUndefined();
  const found = result.errors.filter((e) => `${e.file}:${e.line}:${e.column}` === at);
  expect(found, `no error at ${at}; got ${where(result.errors).join(', ')}`).not.toHaveLength(0);
  if (message) expect(found.map((e) => e.message).join('\n')).toMatch(message);
}

const replaceLine = (l: string[], lineNo: number, text: string) =>
  l.map((x, i) => (i === lineNo - 1 ? text : x));

// ---------------------------------------------------------------- a valid folder

describe('buildCorpus: a valid folder', () => {
  const result = build();
  const corpus = result.corpus!;

  it('builds without errors', () => {
    expect(result.errors).toEqual([]);
    expect(corpus).toBeDefined();
  });

  it('finds the one text, ignoring loose files and folders without text files', () => {
    expect(corpus.texts.map((t) => t.slug)).toEqual(['premiere']);
  });

  it('reads the metadata and the terms', () => {
    const text = corpus.texts[0]!;
    expect(text.meta.title).toEqual({ fr: 'Le titre', en: 'The title' });
    expect(text.meta.level).toBe('B2');
    expect(text.terms).toEqual({
      officieux: { lemma: 'officieux', pos: 'adjective', gloss: 'unofficial' }
    });
  });

  it('models the title and the chapters', () => {
    const text = corpus.texts[0]!;
    expect(text.title.id).toBe('title');
    expect(plainText(text.title.fr.runs)).toBe('Le Parti');
    expect(plainText(text.title.en.runs)).toBe('The Party');
    expect(
      text.chapters.map((c) => ({
        id: c.id,
        index: c.index,
        heading: c.heading && {
          id: c.heading.id,
          fr: plainText(c.heading.fr.runs),
          en: plainText(c.heading.en.runs)
        },
        paragraphs: c.paragraphs.map((p) => p.map((s) => s.id))
      }))
    ).toEqual([
      {
        id: 'c1',
        index: 0,
        heading: { id: 'c1', fr: 'Les débuts', en: 'Beginnings' },
        paragraphs: [['1.1', '1.2', '1.3'], ['1.4']]
      },
      {
        id: 'c2',
        index: 1,
        heading: { id: 'c2', fr: 'La fin', en: 'The end' },
        paragraphs: [['2.1']]
      }
    ]);
  });

  it('keeps lines and glue per language', () => {
    const segments = corpus.texts[0]!.chapters.flatMap(segmentsOf);
    const s12 = segments.find((s) => s.id === '1.2')!;
    expect(s12.fr).toMatchObject({ line: 7, glue: true });
    expect(s12.en).toMatchObject({ line: 7, glue: true });
    expect(segments.find((s) => s.id === '2.1')!.fr.line).toBe(14);
    expect(plainText(segments.find((s) => s.id === '2.1')!.fr.runs)).toBe(
      'Enfin Andropov, deuxième secrétaire officieux, succède à Brejnev.'
    );
  });

  it('holds every glossary entry, sorted by id, with its defaults', () => {
    expect([...corpus.entries.keys()]).toEqual([
      'andropov',
      'brezhnev',
      'cpsu',
      'general-secretary',
      'lenin',
      'second-secretary',
      'stalin'
    ]);
    expect(corpus.entries.get('cpsu')).toMatchObject({
      type: 'organization',
      related: ['general-secretary'],
      held: []
    });
    expect(corpus.entries.get('stalin')!.dates!.from!.iso).toBe('1878-12-18');
  });

  it('indexes every mention in reading order, French before English in each segment', () => {
    const occurrences = (id: string) =>
      corpus.mentions.get(id)!.map((o) => `${o.segment}/${o.lang}`);
    expect(occurrences('cpsu')).toEqual(['title/fr', 'title/en', '1.2/fr', '1.2/en']);
    expect(occurrences('stalin')).toEqual(['1.1/fr', '1.1/en', '1.1/en']);
    expect(occurrences('general-secretary')).toEqual(['1.1/fr', '1.1/en']);
    expect(occurrences('brezhnev')).toEqual(['1.4/fr', '1.4/en', '2.1/fr', '2.1/en']);
    expect(occurrences('andropov')).toEqual(['2.1/fr', '2.1/en']);
    expect(occurrences('second-secretary')).toEqual(['2.1/fr', '2.1/en']);
  });

  it('gives each occurrence its text and chapter', () => {
    expect(corpus.mentions.get('brezhnev')).toEqual([
      { text: 'premiere', chapter: 'c1', segment: '1.4', lang: 'fr' },
      { text: 'premiere', chapter: 'c1', segment: '1.4', lang: 'en' },
      { text: 'premiere', chapter: 'c2', segment: '2.1', lang: 'fr' },
      { text: 'premiere', chapter: 'c2', segment: '2.1', lang: 'en' }
    ]);
    for (const o of corpus.mentions.get('cpsu')!) expect(o.text).toBe('premiere');
  });

  it('lists an entry nobody mentions with no occurrences', () => {
    expect(corpus.mentions.get('lenin')).toEqual([]);
    expect([...corpus.mentions.keys()].sort()).toEqual([...corpus.entries.keys()].sort());
  });

  it('indexes the holders of each post by the start of their tenure', () => {
    expect(
      corpus.holders
        .get('general-secretary')!
        .map((h) => [h.person, h.tenure.from.iso, h.tenure.to?.iso])
    ).toEqual([
      ['stalin', '1922-04-03', '1952-10-16'],
      ['brezhnev', '1966-04-08', '1982-11-10'],
      ['andropov', '1982-11-12', '1984-02-09']
    ]);
    expect(corpus.holders.get('second-secretary')).toEqual([]);
    expect([...corpus.holders.keys()].sort()).toEqual(['general-secretary', 'second-secretary']);
  });

  it('names files after the root it is given', () => {
    const bad = buildCorpus(folder({ ...base(), 'premiere/en.txt': null }), 'content/');
    expect(where(bad.errors)).toEqual(['content/premiere/en.txt:1:1']);
  });

  it('builds a text without chapters as one untitled chapter', () => {
    const result = buildCorpus(
      folder({
        'glossary/lenin.yaml': entry('lenin', 'person'),
        'court/text.yaml': META,
        'court/fr.txt': '# t Court\n\n1 [Lénine]{lenin} parle.\n2 Fin.\n',
        'court/en.txt': '# t Short\n\n1 [Lenin]{lenin} speaks.\n2 End.\n'
      })
    );
    expect(result.errors).toEqual([]);
    const [text] = result.corpus!.texts;
    expect(text!.chapters).toHaveLength(1);
    expect(text!.chapters[0]).toMatchObject({ id: '', index: 0 });
    expect(text!.chapters[0]!.heading).toBeUndefined();
    expect(text!.terms).toEqual({});
    expect(result.corpus!.mentions.get('lenin')).toEqual([
      { text: 'court', chapter: '', segment: '1', lang: 'fr' },
      { text: 'court', chapter: '', segment: '1', lang: 'en' }
    ]);
  });

  it('reads files with a BOM and CRLF line ends exactly as without', () => {
    const crlf: FileMap = {};
    for (const [path, content] of Object.entries(base())) {
      crlf[path] = '\ufeff' + (content as string).replace(/\n/g, '\r\n');
    }
    const withBom = buildCorpus(folder(crlf));
    expect(withBom.errors).toEqual([]);
    expect(withBom.corpus).toEqual(corpus);
  });

  it('locates errors in a CRLF file as in the LF file', () => {
    const frBroken = replaceLine(
      frLines,
      6,
      '1.1 [Staline]{staline} devient [secrétaire général]{general-secretary}.'
    );
    const result = build({ 'premiere/fr.txt': '\ufeff' + lines(frBroken).replace(/\n/g, '\r\n') });
    expectOnly(result, `${FR}:6:15`);
  });
});

// ---------------------------------------------------------------- texts

describe('buildCorpus: segment sides, their runs parsed again on first read', () => {
  /** A fresh build's sides, none of them read yet. */
  const fresh = () => {
    const corpus = build().corpus!;
    const segments = corpus.texts.flatMap(allSegments);
    return { corpus, segments, sides: segments.flatMap((s) => [s.fr, s.en]) };
  };
  const plain = (side: { runs: InlineRun[]; glue: boolean; line: number }) => ({
    runs: structuredClone(side.runs),
    glue: side.glue,
    line: side.line
  });

  it('are plain objects with exactly the keys runs, glue and line', () => {
    for (const side of fresh().sides) {
      expect(Object.getPrototypeOf(side)).toBe(Object.prototype);
      expect(Object.keys(side)).toEqual(['runs', 'glue', 'line']);
      expect(Object.getOwnPropertySymbols(side)).toEqual([]);
    }
  });

  it('serialise as their runs, unread, to JSON and to devalue as SvelteKit uses it', () => {
    const json = fresh().sides.map((side) => JSON.stringify(side));
    const sent = fresh().sides.map((side) => devalue.stringify(side));
    const inlined = fresh().sides.map((side) => devalue.uneval(side));
    fresh().sides.forEach((side, i) => {
      const expected = plain(side);
      expect(JSON.parse(json[i]!)).toEqual(expected);
      expect(json[i]).toBe(JSON.stringify(expected));
      expect(devalue.parse(sent[i]!)).toEqual(expected);
      expect(sent[i]).toBe(devalue.stringify(expected));
      expect(inlined[i]).toBe(devalue.uneval(expected));
      expect(structuredClone(side)).toEqual(expected);
    });
  });

  it('read their runs once, the same array each time, and can be given others', () => {
    const { sides } = fresh();
    for (const side of sides) expect(side.runs).toBe(side.runs);
    const side = sides[0]!;
    const runs: InlineRun[] = [{ kind: 'text', text: 'autre' }];
    side.runs = runs;
    expect(side.runs).toBe(runs);
    expect(Object.keys(side)).toEqual(['runs', 'glue', 'line']);
  });

  it('hold the runs of their line, with its positions, and the mentions the index was built from', () => {
    const { corpus, segments } = fresh();
    const lines = { fr: frLines, en: enLines };
    const index = new Map<string, string[]>();
    for (const segment of segments) {
      for (const lang of LANGS) {
        const side = segment[lang];
        // The marker and id, then the markup, without a glue backslash.
        const [, head, markup] = /^((?:#{1,2} )?\S+ )(.*?)\\?$/.exec(lines[lang][side.line - 1]!)!;
        const parsed = parseInline(markup!, 'file', side.line, head!.length + 1);
        expect(parsed.errors).toEqual([]);
        expect(side.runs).toEqual(parsed.runs);
        for (const id of mentionsIn(side.runs))
          index.set(id, [...(index.get(id) ?? []), `${segment.id}/${lang}`]);
      }
    }
    const where = (o: Occurrence) => `${o.segment}/${o.lang}`;
    for (const [id, occurrences] of corpus.mentions)
      expect(occurrences.map(where), id).toEqual(index.get(id) ?? []);
  });
});

describe('buildCorpus: errors in the texts', () => {
  it('reports an unknown glossary id at the id', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(frLines, 6, frLines[5]!.replace('{stalin}', '{staline}'))
      )
    });
    expectOnly(result, `${FR}:6:15`);
    expect(result.errors[0]!.message).toContain("'staline'");
  });

  it('reports an unknown glossary id in English too', () => {
    const result = build({
      'premiere/en.txt': lines(replaceLine(enLines, 10, '1.4 Then comes [Brezhnev]{brejnev}.'))
    });
    expectOnly(result, `${EN}:10:27`);
  });

  it('reports a segment missing in English at its French line', () => {
    const result = build({
      'premiere/en.txt': lines(replaceLine(enLines, 10, '% 1.4 is missing'))
    });
    expectOnly(result, `${FR}:10:1`);
    expect(result.errors[0]!.message).toContain("'1.4'");
  });

  it('reports a segment missing in French at its English line', () => {
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 10, '% 1.4 is missing'))
    });
    expectOnly(result, `${EN}:10:1`);
  });

  it('reports segments out of order at the English line', () => {
    const swapped = replaceLine(replaceLine(enLines, 6, enLines[6]!), 7, enLines[5]!);
    const result = build({ 'premiere/en.txt': lines(swapped) });
    expectOnly(result, `${EN}:6:1`);
    expect(result.errors[0]!.message).toMatch(/order/);
  });

  it('reports a paragraph break present in one language only', () => {
    const result = build({ 'premiere/en.txt': lines(replaceLine(enLines, 9, '% no break')) });
    expectOnly(result, `${EN}:10:1`);
  });

  it('reports a parse error with its position and builds nothing', () => {
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 10, '1.4 Puis vient [Brejnev]{Brezhnev}.'))
    });
    // '1.4 Puis vient [Brejnev]{' is 25 characters: the id starts at column 26.
    expectOnly(result, `${FR}:10:26`);
  });

  it('reports invalid UTF-8 at the bad byte', () => {
    const [before, after] = lines(frLines).split('secrétaire général]{general');
    const bad = new Uint8Array([
      ...encoder.encode(before + 'secr'),
      0xe9, // 'é' in Latin-1: not UTF-8
      ...encoder.encode('taire général]{general' + after)
    ]);
    const result = build({ 'premiere/fr.txt': bad });
    // '1.1 [Staline]{stalin} devient [secr' is 35 characters.
    expectOnly(result, `${FR}:6:36`);
    expect(result.errors[0]!.message).toMatch(/UTF-8/);
  });

  it('reports invalid UTF-8 in a glossary entry', () => {
    const bad = new Uint8Array([
      ...encoder.encode('id: cpsu\ntype: organization\nname:\n  fr: Parti '),
      0xff,
      0x0a
    ]);
    expectAmong(build({ 'glossary/cpsu.yaml': bad }), `${glossary('cpsu')}:4:13`, /UTF-8/);
  });

  it('reports an unknown term at its id, and the term left unused', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(frLines, 14, frLines[13]!.replace('t:officieux', 't:officieu'))
      )
    });
    expectOnly(result, `${FR}:14:68`, `${TERMS_FILE}:1:1`);
    expect(result.errors.find((e) => e.file === FR)!.message).toContain("'officieu'");
  });

  it('reports only the fault of a broken terms.yaml, not every use of its terms as unknown', () => {
    const result = build({ 'premiere/terms.yaml': 'officieux:\n  lemma: officieux\n  pos: nou\n' });
    expect(result.corpus).toBeUndefined();
    expect(result.errors.every((e) => e.file === TERMS_FILE)).toBe(true);
    expect(result.errors.some((e) => /pos/.test(e.message))).toBe(true);
  });

  it('reports a term used in English that terms.yaml does not define', () => {
    const result = build({
      'premiere/en.txt': lines(
        replaceLine(enLines, 10, '1.4 Then [comes]{t:venir} [Brezhnev]{brezhnev}.')
      )
    });
    expectOnly(result, `${EN}:10:20`);
  });

  it('reports a term when the text has no terms.yaml', () => {
    expectOnly(build({ 'premiere/terms.yaml': null }), `${FR}:14:68`);
  });

  it('reports a term defined but never marked in French, even when English uses it', () => {
    const terms =
      TERMS + 'camarade:\n  lemma: camarade\n  pos: noun\n  gender: m\n  gloss: comrade\n';
    expectOnly(build({ 'premiere/terms.yaml': terms }), `${TERMS_FILE}:5:1`);
    const usedInEnglish = build({
      'premiere/terms.yaml': terms,
      'premiere/en.txt': lines(
        replaceLine(enLines, 10, '1.4 Then comes [Brezhnev]{brezhnev}, a [comrade]{t:camarade}.')
      )
    });
    expectOnly(usedInEnglish, `${TERMS_FILE}:5:1`);
  });

  it('reports a schema problem in terms.yaml at its place', () => {
    // The French use of the now undefined term may be reported as well.
    expectAmong(
      build({ 'premiere/terms.yaml': TERMS.replace('pos: adjective', 'pos: adj') }),
      `${TERMS_FILE}:3:8`,
      /pos/
    );
  });

  it('reports a missing en.txt, fr.txt or text.yaml at line 1 of the missing file', () => {
    expectOnly(build({ 'premiere/en.txt': null }), `${EN}:1:1`);
    expectOnly(build({ 'premiere/fr.txt': null }), `${FR}:1:1`);
    expectOnly(build({ 'premiere/text.yaml': null }), 'texts/premiere/text.yaml:1:1');
  });

  it('reports a schema problem in text.yaml at its place', () => {
    expectOnly(
      build({ 'premiere/text.yaml': META.replace('level: B2', 'level: B7') }),
      'texts/premiere/text.yaml:11:8'
    );
  });

  it('reports a text folder whose name is not a slug', () => {
    const files = base();
    const renamed: FileMap = {};
    for (const [path, content] of Object.entries(files))
      renamed[path.replace(/^premiere\//, 'Premiere_1/')] = content;
    const result = buildCorpus(folder(renamed));
    expectOnly(result, 'texts/Premiere_1/text.yaml:1:1');
  });

  it('collects the problems of every file in one run, sorted by file, line and column', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(
          replaceLine(frLines, 10, '1.4 Puis vient [Brejnev]{Brezhnev}.'),
          6,
          '1.1 [Staline]{stalin} devient [secrétaire général]{General}.'
        )
      ),
      'premiere/en.txt': lines(replaceLine(enLines, 6, '1.1 ] oops')),
      'glossary/lenin.yaml': entry('lenin', 'persn')
    });
    // Line before column: 6:52 comes before 10:26.
    expect(where(result.errors)).toEqual([
      `${glossary('lenin')}:2:7`,
      `${EN}:6:5`,
      `${FR}:6:52`,
      `${FR}:10:26`
    ]);
  });
});

// ---------------------------------------------------------------- glossary

describe('buildCorpus: errors in the glossary', () => {
  it('reports a misspelt type at its value', () => {
    const result = build({ 'glossary/lenin.yaml': entry('lenin', 'persn') });
    expectOnly(result, `${glossary('lenin')}:2:7`);
    expect(result.errors[0]!.message).toContain('person');
  });

  it('reports a missing summary.en at the summary', () => {
    const text = entry('lenin', 'person').replace(SUMMARY.en + '\n', '');
    const result = build({ 'glossary/lenin.yaml': text });
    expectOnly(result, `${glossary('lenin')}:7:3`);
    expect(result.errors[0]!.message).toContain('summary.en');
  });

  it('reports an unknown field at its key', () => {
    const result = build({
      'glossary/lenin.yaml': entry('lenin', 'person', ['birthplace: Simbirsk'])
    });
    expectOnly(result, `${glossary('lenin')}:9:1`);
    expect(result.errors[0]!.message).toContain('birthplace');
  });

  it('reports an http:// source URL at the URL', () => {
    const result = build({
      'glossary/lenin.yaml': entry(
        'lenin',
        'person',
        [],
        ['source:', '  title: A page', '  url: http://example.org/lenin']
      )
    });
    expectOnly(result, `${glossary('lenin')}:11:8`);
    expect(result.errors[0]!.message).toMatch(/https/);
  });

  it('reports a URL without // after https: (https:evil.example/x) as not https://', () => {
    const text = entry(
      'lenin',
      'person',
      [],
      ['source:', '  title: Somewhere', '  url: https:evil.example/x']
    );
    expectOnly(build({ 'glossary/lenin.yaml': text }), `${glossary('lenin')}:11:8`);
  });

  it('reports a symlinked file as a symlink that is not followed, not as a missing file', () => {
    const files = folder(base());
    files.delete('premiere/en.txt');
    const result = buildCorpus(files, 'texts', new Set(['premiere/en.txt', 'glossary/x.yaml']));
    expectOnly(result, `${EN}:1:1`, `${glossary('x')}:1:1`);
    for (const e of result.errors) expect(e.message).toMatch(/symbolic link.*not followed/);
  });

  it('reports an id that does not match the file name at the id', () => {
    const result = build({ 'glossary/lenin.yaml': entry('lenine', 'person') });
    expectOnly(result, `${glossary('lenin')}:1:5`);
  });

  it('reports a glossary file ending in .yml', () => {
    expectOnly(
      build({ 'glossary/trotsky.yml': entry('trotsky', 'person') }),
      `${glossary('trotsky').replace('.yaml', '.yml')}:1:1`
    );
  });

  it('reports a YAML syntax error with its position', () => {
    const text = entry('lenin', 'person').replace('type: person', 'type: person\ntype: post');
    expectOnly(build({ 'glossary/lenin.yaml': text }), `${glossary('lenin')}:3:1`);
  });

  it('reports a tenure naming a post that does not exist, at the post', () => {
    const extra = replaceLine(stalinExtra, 5, '  - post: general-secretry');
    const result = build({ 'glossary/stalin.yaml': entry('stalin', 'person', extra) });
    expectOnly(result, `${glossary('stalin')}:13:11`);
    expect(result.errors[0]!.message).toContain('general-secretry');
  });

  it('reports a tenure naming an entry that is not a post', () => {
    const extra = replaceLine(stalinExtra, 5, '  - post: cpsu');
    const result = build({ 'glossary/stalin.yaml': entry('stalin', 'person', extra) });
    expectOnly(result, `${glossary('stalin')}:13:11`);
    expect(result.errors[0]!.message).toContain('organization');
  });

  it('reports a tenure that ends before it starts, at its end', () => {
    const extra = replaceLine(stalinExtra, 7, '    to: 1921');
    expectOnly(
      build({ 'glossary/stalin.yaml': entry('stalin', 'person', extra) }),
      `${glossary('stalin')}:15:9`
    );
  });

  it('accepts a tenure that ends in the month it starts', () => {
    const extra = replaceLine(
      replaceLine(stalinExtra, 6, '    from: 1922-04-03'),
      7,
      '    to: 1922-04'
    );
    expect(build({ 'glossary/stalin.yaml': entry('stalin', 'person', extra) }).errors).toEqual([]);
  });

  it('reports a tenure that ends after the holder died', () => {
    const extra = replaceLine(stalinExtra, 3, '  to: 1950');
    expectOnly(
      build({ 'glossary/stalin.yaml': entry('stalin', 'person', extra) }),
      `${glossary('stalin')}:15:9`
    );
  });

  it('reports a post held by an entry that is not a person', () => {
    const text = entry('cpsu', 'organization', [
      'held:',
      '  - post: general-secretary',
      '    from: 1917'
    ]);
    // The value of `held`: the sequence, whose first '-' is at column 3.
    expectAmong(build({ 'glossary/cpsu.yaml': text }), `${glossary('cpsu')}:10:3`, /person/);
  });

  it('reports dates.to before dates.from at dates.to', () => {
    const text = entry('lenin', 'person', ['dates:', '  from: 1870-04-22', '  to: 1869']);
    expectOnly(build({ 'glossary/lenin.yaml': text }), `${glossary('lenin')}:11:7`);
  });

  it('accepts approximate and partial dates that may overlap', () => {
    const text = entry('lenin', 'person', ['dates:', '  from: ~1870', '  to: 1870-04']);
    expect(build({ 'glossary/lenin.yaml': text }).errors).toEqual([]);
  });

  it('reports a related id that does not exist, at the item', () => {
    const text = entry('cpsu', 'organization', [
      'related:',
      '  - general-secretary',
      '  - politburo'
    ]);
    const result = build({ 'glossary/cpsu.yaml': text });
    expectOnly(result, `${glossary('cpsu')}:11:5`);
    expect(result.errors[0]!.message).toContain('politburo');
  });

  it('reports an entry related to itself', () => {
    const text = entry('cpsu', 'organization', ['related:', '  - cpsu']);
    expectOnly(build({ 'glossary/cpsu.yaml': text }), `${glossary('cpsu')}:10:5`);
  });

  it('reports a broken entry once, and the mentions of it as its consequences', () => {
    const result = build({ 'glossary/andropov.yaml': entry('andropov', 'persn') });
    expectOnly(result, `${glossary('andropov')}:2:7`, `${FR}:14:22`, `${EN}:14:60`);
  });

  it('puts the broken entry first, marks every use of it as a consequence, and never asks to create its file', () => {
    // andropov, brezhnev and cpsu name general-secretary and sort before it by path.
    const result = build({ 'glossary/general-secretary.yaml': entry('general-secretary', 'pst') });
    expect(result.corpus).toBeUndefined();
    const [cause, ...rest] = result.errors;
    expect(`${cause!.file}:${cause!.line}:${cause!.column}`).toBe(
      `${glossary('general-secretary')}:2:7`
    );
    expect(cause!.consequenceOf).toBeUndefined();
    expect(rest.length).toBeGreaterThanOrEqual(4);
    for (const e of rest) {
      expect(e.consequenceOf).toBe(glossary('general-secretary'));
      expect(e.message).not.toMatch(/add texts\/glossary/);
      expect(e.message).toMatch(/general-secretary/);
    }
    expect(where(rest)).toContain(`${glossary('andropov')}:10:11`);
    expect(where(rest)).toContain(`${glossary('cpsu')}:10:5`);
  });
});

// ---------------------------------------------------------------- did you mean

describe('buildCorpus: a misspelt id or field', () => {
  it('points at the id, not the bracket, and suggests the nearest glossary id', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(frLines, 6, frLines[5]!.replace('{stalin}', '{staline}'))
      )
    });
    // '1.1 [Staline]{staline}': the '[' is column 5, the id column 15.
    expectOnly(result, `${FR}:6:15`);
    expect(result.errors[0]!.message).toMatch(
      /unknown glossary id 'staline': did you mean 'stalin'\?/
    );
  });

  it('points at the term id and suggests the nearest term', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(frLines, 14, frLines[13]!.replace('t:officieux', 't:oficieux'))
      )
    });
    // The term's '[' is column 54; '[officieux]{t:' is 14 characters.
    expectAmong(result, `${FR}:14:68`, /unknown term 'oficieux': did you mean 'officieux'\?/);
  });

  it('suggests the nearest entry for a related id and a tenure post', () => {
    const related = build({
      'glossary/cpsu.yaml': entry('cpsu', 'organization', ['related:', '  - genral-secretary'])
    });
    expectAmong(related, `${glossary('cpsu')}:10:5`, /did you mean 'general-secretary'\?/);
    const post = build({
      'glossary/lenin.yaml': entry('lenin', 'person', [
        'held:',
        '  - post: second-secretery',
        '    from: 1922'
      ])
    });
    expectAmong(post, `${glossary('lenin')}:10:11`, /did you mean 'second-secretary'\?/);
  });

  it('suggests the nearest field name for an unknown field', () => {
    const text = entry('lenin', 'person', ['wikidta: Q1394']);
    expectAmong(
      build({ 'glossary/lenin.yaml': text }),
      `${glossary('lenin')}:9:1`,
      /unknown field 'wikidta': did you mean 'wikidata'\?/
    );
    const meta = META.replace('level: B2', 'levle: B2');
    expectAmong(
      build({ 'premiere/text.yaml': meta }),
      'texts/premiere/text.yaml:11:1',
      /did you mean 'level'\?/
    );
  });
});

// ---------------------------------------------------------------- chapter ids as paths

describe('buildCorpus: chapter ids are file names', () => {
  it('refuses a chapter id ending in a file extension, which would collide with another page', () => {
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 12, '## c1.html La fin')),
      'premiere/en.txt': lines(replaceLine(enLines, 12, '## c1.html The end'))
    });
    expectOnly(result, `${FR}:12:4`, `${EN}:12:4`);
    expect(result.errors[0]!.message).toMatch(/'c1\.html'.*'c1'/);
  });

  it('refuses an extension even when no other chapter has the bare id', () => {
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 12, '## fin.json La fin')),
      'premiere/en.txt': lines(replaceLine(enLines, 12, '## fin.json The end'))
    });
    expectOnly(result, `${FR}:12:4`, `${EN}:12:4`);
  });

  it('accepts segment ids with dots that are not extensions', () => {
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 12, '## c2.4b La fin')),
      'premiere/en.txt': lines(replaceLine(enLines, 12, '## c2.4b The end'))
    });
    expect(result.errors).toEqual([]);
  });
});

// ---------------------------------------------------------------- invisible characters

describe('buildCorpus: invisible and control characters', () => {
  const FORBIDDEN =
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069\ufeff\ufffe]/;

  it('refuses a bidi override in a segment, at its column, and names it escaped', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(frLines, 10, '1.4 Puis \u202evient [Brejnev]{brezhnev}.')
      )
    });
    expectOnly(result, `${FR}:10:10`);
    expect(result.errors[0]!.message).toContain('\\u202e');
    expect(result.errors[0]!.message).not.toMatch(FORBIDDEN);
  });

  it('refuses NUL, ESC, DEL, C1 controls and U+FFFE in segments', () => {
    for (const c of [
      '\u0000',
      '\u001b',
      '\u007f',
      '\u0085',
      '\ufffe',
      '\u2066',
      '\u200b',
      '\u2060'
    ]) {
      const result = build({
        'premiere/en.txt': lines(
          replaceLine(enLines, 10, `1.4 Then${c} comes [Brezhnev]{brezhnev}.`)
        )
      });
      expectOnly(result, `${EN}:10:9`);
    }
  });

  it('refuses a zero-width space or a bidi isolate in a glossary name and a title, located', () => {
    const name = entry('lenin', 'person').replace('  fr: lenin (fr)', '  fr: len\u200bin');
    expectOnly(build({ 'glossary/lenin.yaml': name }), `${glossary('lenin')}:4:10`);
    const meta = META.replace('  en: The title', '  en: The \u2067title');
    expectOnly(build({ 'premiere/text.yaml': meta }), 'texts/premiere/text.yaml:3:11');
  });

  it('keeps tabs, and the no-break spaces of French typography', () => {
    const result = build({
      'premiere/fr.txt': lines(
        replaceLine(frLines, 10, '1.4\tPuis vient\u00a0: [Brejnev]{brezhnev}\u202f!')
      )
    });
    expect(result.errors).toEqual([]);
  });

  it('never echoes a terminal escape from the content in a message', () => {
    // A line that is not a segment is quoted in its message.
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 10, '\u001b]0;pwned\u0007 \u001b[2J'))
    });
    expect(result.corpus).toBeUndefined();
    expect(result.errors.map((e) => e.message).join('\n')).toContain('\\u001b]0;pwned');
    for (const e of result.errors) expect(formatContentError(e)).not.toMatch(FORBIDDEN);
  });
});

// ---------------------------------------------------------------- order

describe('buildCorpus: the order of the texts', () => {
  it('lists texts by level, then by French title, whatever their folder names', () => {
    const meta = (title: string, level: string) =>
      META.replace('  fr: Le titre', `  fr: ${title}`).replace('level: B2', `level: ${level}`);
    const text = (slug: string, title: string, level: string) => ({
      [`${slug}/text.yaml`]: meta(title, level),
      [`${slug}/fr.txt`]: lines(frLines),
      [`${slug}/en.txt`]: lines(enLines),
      [`${slug}/terms.yaml`]: TERMS
    });
    const result = build({
      ...text('premiere', 'Zèbre', 'B2'),
      ...text('a-b1', 'Mots', 'B1'),
      ...text('b-a2', 'Été', 'A2'),
      ...text('c-b2', 'Écoles', 'B2')
    });
    expect(result.errors).toEqual([]);
    expect(result.corpus!.texts.map((t) => t.slug)).toEqual(['b-a2', 'a-b1', 'c-b2', 'premiere']);
  });
});

// ---------------------------------------------------------------- notes.yaml

describe('buildCorpus: notes of a text on glossary entries', () => {
  const NOTES = [
    '# About this text only.', // 1
    'stalin:', // 2
    '  fr: Le texte le nomme deux fois.', // 3
    '  en: The text names him twice.' // 4
  ].join('\n');

  it('gives the text its notes by entry id; a text without notes.yaml has none', () => {
    const text = build({ 'premiere/notes.yaml': NOTES }).corpus!.texts[0]!;
    expect([...text.entryNotes]).toEqual([
      ['stalin', { fr: 'Le texte le nomme deux fois.', en: 'The text names him twice.' }]
    ]);
    expect(build().corpus!.texts[0]!.entryNotes.size).toBe(0);
  });

  it('reports a note on an entry that does not exist, at its id, with the nearest id', () => {
    const result = build({ 'premiere/notes.yaml': NOTES.replace('stalin:', 'staline:') });
    expectOnly(result, 'texts/premiere/notes.yaml:2:1');
    expect(result.errors[0]!.message).toMatch(/'staline'.*did you mean 'stalin'\?/);
  });

  it('reports a note without both languages, or with another field, at its place', () => {
    expectOnly(
      build({ 'premiere/notes.yaml': NOTES.replace('  en: The text names him twice.', '') }),
      'texts/premiere/notes.yaml:3:3'
    );
    expectAmong(
      build({ 'premiere/notes.yaml': NOTES + '\n  de: Der Text.' }),
      'texts/premiere/notes.yaml:5:3',
      /unknown field 'de'/
    );
  });
});

// ---------------------------------------------------------------- limits

describe('buildCorpus: many and long errors', () => {
  it('survives 130,000 errors in one file and lists the first 200 of them, then a count', () => {
    const line = '1.4 ' + '}'.repeat(130_000);
    const result = build({ 'premiere/fr.txt': lines(replaceLine(frLines, 10, line)) });
    expect(result.corpus).toBeUndefined();
    const inFr = result.errors.filter((e) => e.file === FR);
    expect(inFr).toHaveLength(201);
    expect(inFr[200]!.message).toMatch(/129,800 more problems in this file/);
  });

  it('cuts a quoted id of a megabyte to about 80 characters', () => {
    const id = 'A'.repeat(1_000_000);
    const result = build({
      'premiere/fr.txt': lines(replaceLine(frLines, 10, `1.4 Puis vient [Brejnev]{${id}}.`))
    });
    expectAmong(result, `${FR}:10:26`, /is not a valid entry id/);
    for (const e of result.errors) expect(e.message.length).toBeLessThan(200);
    expect(result.errors[0]!.message).toContain('A'.repeat(70) + '…');
  });
});

// ---------------------------------------------------------------- robustness

describe('buildCorpus: property', () => {
  it('never throws on a damaged folder, and locates every error on a line of an existing or missing file', () => {
    const files = base();
    const paths = Object.keys(files).filter((p) => !p.endsWith('.md'));
    const damage = fc.record({
      path: fc.constantFrom(...paths),
      at: fc.nat(),
      remove: fc.nat({ max: 6 }),
      insert: fc.string({
        unit: fc.constantFrom(
          '[',
          ']',
          '{',
          '}',
          '\\',
          '\n',
          ' ',
          ':',
          '-',
          '#',
          '%',
          'a',
          '1',
          'é',
          '\r',
          '\ufeff'
        ),
        maxLength: 4
      })
    });
    fc.assert(
      fc.property(fc.array(damage, { minLength: 1, maxLength: 3 }), (damages) => {
        const damaged: FileMap = { ...files };
        for (const d of damages) {
          const text = damaged[d.path] as string;
          const at = d.at % (text.length + 1);
          damaged[d.path] = text.slice(0, at) + d.insert + text.slice(at + d.remove);
        }
        const result = buildCorpus(folder(damaged));
        if (result.corpus) {
          expect(result.errors).toEqual([]);
          return;
        }
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) {
          const rel = e.file.replace(/^texts\//, '');
          expect(e.file.startsWith('texts/')).toBe(true);
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message.trim()).not.toBe('');
          const content = damaged[rel];
          if (typeof content === 'string') {
            const fileLines = content.replace(/^\ufeff/, '').split(/\r\n?|\n/);
            expect(e.line, `${e.file}:${e.line}:${e.column} ${e.message}`).toBeLessThanOrEqual(
              fileLines.length
            );
          } else
            expect(['premiere/text.yaml', 'premiere/fr.txt', 'premiere/en.txt']).toContain(rel);
        }
      }),
      { numRuns: 300 }
    );
    // 300 builds take about a second alone; on a busy 2-core machine they need more room.
  }, 30_000);
});
