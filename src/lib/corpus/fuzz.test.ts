/**
 * Fuzzing the content pipeline with the real texts and glossary.
 *
 * The real content folder (texts/) is read once; fast-check then applies random mutations to it
 * in memory (brackets and braces inserted or deleted, ids swapped for unknown ones, lines
 * deleted, files truncated, invalid UTF-8, a byte-order mark, CRLF or CR line ends, tabs,
 * NFD-decomposed accents, 100 KB lines, empty files, deleted files; one file, a few, or the whole
 * set) and hands every result to `buildCorpus`. Each outcome must be one of:
 *
 * - a corpus, in which every text and glossary entry of the input is present, and every segment
 *   of every text has, in each language, exactly the characters of its source line once the
 *   markup is removed (checked against an independent reference stripper, below), or
 * - errors, each located in a file of the input (or a missing required file of a text folder) at
 *   a line and column that exist.
 *
 * Never an exception, never a silent drop.
 *
 * Runs are seeded, so the default run is the same every time (2080 mutations in about 15 s;
 * `buildCorpus` on the whole folder costs about 0.1 s, most of it the YAML parser):
 *
 *   FUZZ_RUNS=2000 npx vitest run src/lib/corpus/fuzz.test.ts      # more runs of the whole folder
 *   FUZZ_SEED=123 FUZZ_RUNS=2000 npx vitest run src/lib/corpus/fuzz.test.ts   # another seed
 *
 * FUZZ_RUNS is the number of whole-folder builds (default 80); the per-file property below runs
 * 25 times as many mutations of fr.txt and en.txt (default 2000), which are cheap to parse. A failure prints
 * the seed, the path and the shrunk counterexample; re-run with that FUZZ_SEED to replay it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSides } from './align.ts';
import { parseAlignedFile } from './aligned-file.ts';
import { buildCorpus, type BuildResult } from './build.ts';
import type { ContentError } from './errors.ts';
import { plainText } from './inline.ts';
import { readContentDir } from './load.ts';
import { allSegments, LANGS } from './model.ts';
import { decodeSource } from './source.ts';

const ROOT = 'texts';
const BASE: ReadonlyMap<string, Uint8Array> = readContentDir(ROOT);
const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const FILE_RUNS = RUNS * 25;
const SEED = Number(process.env.FUZZ_SEED ?? 20260517);
const TEXT_FILE_NAMES = ['text.yaml', 'fr.txt', 'en.txt', 'terms.yaml'];
const REQUIRED = ['text.yaml', 'fr.txt', 'en.txt'];

const encoder = new TextEncoder();
const strict = new TextDecoder('utf-8', { fatal: true }); // drops a leading BOM
const loose = new TextDecoder('utf-8'); // U+FFFD for bad bytes, drops a leading BOM

// ------------------------------------------------------------------ the reference stripper

/**
 * The segments of an aligned file as an author reads the format (docs/authoring.md), written
 * independently of aligned-file.ts and inline.ts: for each line that is not blank and not a `%`
 * comment, the id after an optional `# ` or `## `, and the visible text: escapes resolved, `[`
 * and `]{label}` removed, a final glue `\` and the spaces and tabs before it dropped. Only for
 * files that build without errors (so every `]` is followed by a well-formed `{label}`).
 */
export function referenceSegments(source: string): { id: string; text: string }[] {
  const text = source.replace(/\r\n?/g, '\n');
  const segments: { id: string; text: string }[] = [];
  for (const raw of text.split('\n')) {
    let line = raw;
    while (line.endsWith(' ') || line.endsWith('\t')) line = line.slice(0, -1);
    if (line === '' || line[0] === '%') continue;
    if (line.startsWith('## ')) line = line.slice(3);
    else if (line.startsWith('# ')) line = line.slice(2);
    let cut = 0;
    while (cut < line.length && line[cut] !== ' ' && line[cut] !== '\t') cut += 1;
    const id = line.slice(0, cut);
    let body = line.slice(cut);
    while (body.startsWith(' ') || body.startsWith('\t')) body = body.slice(1);
    let backslashes = 0;
    while (backslashes < body.length && body[body.length - 1 - backslashes] === '\\')
      backslashes += 1;
    if (backslashes % 2 === 1) {
      body = body.slice(0, -1);
      while (body.endsWith(' ') || body.endsWith('\t')) body = body.slice(0, -1);
    }
    segments.push({ id, text: stripMarkup(body) });
  }
  return segments;
}

function stripMarkup(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (c === '\\') {
      out += body[i + 1] ?? '';
      i += 1;
    } else if (c === '[') {
      // an annotation opens: its visible words follow
    } else if (c === ']') {
      i = body.indexOf('}', i); // skip `]{label}`
    } else out += c;
  }
  return out;
}

// ------------------------------------------------------------------ mutations

const MARKUP = ['[', ']', '{', '}', '\\'];
const BAD_UTF8 = [[0xff], [0x80], [0xc0, 0xaf], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc3]];
const LONG = 100_000;
const KNOWN_IDS = [...BASE.keys()]
  .filter((k) => k.startsWith('glossary/'))
  .map((k) => k.slice('glossary/'.length, -'.yaml'.length));

type TextKind =
  | 'insert-markup'
  | 'delete-markup'
  | 'unknown-id'
  | 'unknown-label'
  | 'tab'
  | 'nfd'
  | 'long-line'
  | 'delete-line'
  | 'duplicate-line';
type ByteKind = 'truncate' | 'invalid-utf8' | 'bom' | 'crlf' | 'cr' | 'empty' | 'delete';
type Kind = TextKind | ByteKind;
const TEXT_KINDS: TextKind[] = [
  'insert-markup',
  'delete-markup',
  'unknown-id',
  'unknown-label',
  'tab',
  'nfd',
  'long-line',
  'delete-line',
  'duplicate-line'
];
const BYTE_KINDS: ByteKind[] = ['truncate', 'invalid-utf8', 'bom', 'crlf', 'cr', 'empty', 'delete'];

interface Mutation {
  kind: Kind;
  /** A file of the folder, or '*' for every file. */
  file: string;
  /** Random numbers that pick positions and variants. */
  a: number;
  b: number;
}

function isText(kind: Kind): kind is TextKind {
  return (TEXT_KINDS as string[]).includes(kind);
}

function mutateText(kind: TextKind, text: string, file: string, a: number, b: number): string {
  const at = (n: number) => a % (n + 1);
  switch (kind) {
    case 'insert-markup': {
      const i = at(text.length);
      return text.slice(0, i) + MARKUP[b % MARKUP.length] + text.slice(i);
    }
    case 'delete-markup': {
      const positions = [...text.matchAll(/[[\]{}\\]/g)].map((m) => m.index);
      if (positions.length === 0) return text;
      const i = positions[a % positions.length]!;
      return text.slice(0, i) + text.slice(i + 1);
    }
    case 'unknown-id': {
      // a glossary id wherever it stands: a mention, `id:`, `post:`, `related:`
      const pattern = new RegExp(`\\b(?:${KNOWN_IDS.join('|')})\\b`, 'g');
      const hits = [...text.matchAll(pattern)];
      if (hits.length === 0) return text;
      const hit = hits[a % hits.length]!;
      const replacement = ['nobody', 'stalin-x', 'z9', 'lenin2'][b % 4]!;
      return text.slice(0, hit.index) + replacement + text.slice(hit.index + hit[0].length);
    }
    case 'unknown-label': {
      const hits = [...text.matchAll(/\{(t:)?[a-z0-9-]+\}/g)];
      if (hits.length === 0) return text;
      const hit = hits[a % hits.length]!;
      const label = [`{${hit[1] ?? ''}unknown-${b % 7}}`, '{Stalin}', '{t:}', '{}'][b % 4]!;
      return text.slice(0, hit.index) + label + text.slice(hit.index + hit[0].length);
    }
    case 'tab': {
      const i = at(text.length);
      return text.slice(0, i) + '\t' + text.slice(i);
    }
    case 'nfd':
      return text.normalize('NFD');
    case 'long-line': {
      const lines = text.split('\n');
      const i = a % (lines.length + 1);
      const words = 'mot '.repeat(LONG / 4);
      const yaml = file.endsWith('.yaml');
      const variant = b % 4;
      if (variant === 0)
        lines.splice(i, 0, (yaml ? '# ' : '% ') + words); // a comment
      else if (variant === 1 && i < lines.length)
        lines[i] += ' ' + words; // a longer line
      else if (variant === 2)
        lines.splice(i, 0, `9.${b % 50} ${words}`); // a new segment
      else lines.splice(i, 0, 'x'.repeat(LONG));
      return lines.join('\n');
    }
    case 'delete-line': {
      const lines = text.split('\n');
      lines.splice(a % lines.length, 1);
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = a % lines.length;
      lines.splice(i, 0, lines[i]!);
      return lines.join('\n');
    }
  }
}

function mutateBytes(kind: ByteKind, bytes: Uint8Array, a: number, b: number): Uint8Array | null {
  const at = a % (bytes.length + 1);
  const cat = (...parts: ArrayLike<number>[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  };
  switch (kind) {
    case 'truncate':
      return bytes.slice(0, at);
    case 'invalid-utf8':
      return cat(bytes.slice(0, at), BAD_UTF8[b % BAD_UTF8.length]!, bytes.slice(at));
    case 'bom':
      return cat([0xef, 0xbb, 0xbf], bytes);
    case 'crlf':
      return encoder.encode(loose.decode(bytes).replace(/\n/g, '\r\n'));
    case 'cr':
      return encoder.encode(loose.decode(bytes).replace(/\n/g, '\r'));
    case 'empty':
      return new Uint8Array(0);
    case 'delete':
      return null;
  }
}

/** Applies the mutations: text edits first (on valid text), then byte edits, in order. */
function applyMutations(
  base: ReadonlyMap<string, Uint8Array>,
  mutations: readonly Mutation[]
): Map<string, Uint8Array> {
  const files = new Map(base);
  const ordered = [
    ...mutations.filter((m) => isText(m.kind)),
    ...mutations.filter((m) => !isText(m.kind))
  ];
  for (const { kind, file, a, b } of ordered) {
    const targets = file === '*' ? [...files.keys()] : files.has(file) ? [file] : [];
    for (const target of targets) {
      const bytes = files.get(target)!;
      let next: Uint8Array | null;
      if (isText(kind)) {
        let text: string;
        try {
          text = strict.decode(bytes);
        } catch {
          continue;
        }
        next = encoder.encode(mutateText(kind, text, target, a, b));
      } else next = mutateBytes(kind, bytes, a, b);
      if (next === null) files.delete(target);
      else files.set(target, next);
    }
  }
  return files;
}

const FILES = [...BASE.keys()].sort();
const TEXT_FILES_OF_TEXTS = FILES.filter((f) => !f.startsWith('glossary/'));

function mutationArb(files: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.record({
    kind: fc.constantFrom<Kind>(...TEXT_KINDS, ...BYTE_KINDS),
    // the text's own files more often: they hold most of the markup
    file: fc.oneof(
      {
        weight: 6,
        arbitrary: fc.constantFrom(...TEXT_FILES_OF_TEXTS.filter((f) => files.includes(f)))
      },
      { weight: 3, arbitrary: fc.constantFrom(...files) },
      { weight: 1, arbitrary: fc.constant('*') }
    ),
    a: fc.nat(),
    b: fc.nat()
  });
}

// ------------------------------------------------------------------ the oracle

function lineCount(bytes: Uint8Array): string[] {
  return loose.decode(bytes).replace(/\r\n?/g, '\n').split('\n');
}

/** Every error points at a file of the input (or a missing required one) and a place in it. */
function expectLocated(files: ReadonlyMap<string, Uint8Array>, errors: readonly ContentError[]) {
  for (const error of errors) {
    const where = `${error.file}:${error.line}:${error.column} ${error.message}`;
    expect(error.message.trim(), where).not.toBe('');
    expect(Number.isInteger(error.line) && error.line >= 1, where).toBe(true);
    expect(Number.isInteger(error.column) && error.column >= 1, where).toBe(true);
    expect(error.file.startsWith(`${ROOT}/`), where).toBe(true);
    const rel = error.file.slice(ROOT.length + 1);
    const bytes = files.get(rel);
    if (bytes) {
      const lines = lineCount(bytes);
      expect(error.line, where).toBeLessThanOrEqual(lines.length + 1);
      // the column is on the line, or just after its last character
      expect(error.column, where).toBeLessThanOrEqual((lines[error.line - 1]?.length ?? 0) + 1);
    } else {
      // only a required file of a text folder that holds other files of a text
      const [slug, name, ...rest] = rel.split('/');
      expect(rest.length === 0 && REQUIRED.includes(name!), where).toBe(true);
      expect(
        [...files.keys()].some((k) => TEXT_FILE_NAMES.some((n) => k === `${slug}/${n}`)),
        where
      ).toBe(true);
      expect(error.message, where).toMatch(/^missing file/);
      expect([error.line, error.column], where).toEqual([1, 1]);
    }
  }
}

/** A built corpus holds every text, every entry and every character of every segment. */
function expectComplete(files: ReadonlyMap<string, Uint8Array>, result: BuildResult) {
  const corpus = result.corpus!;
  const glossary = [...files.keys()]
    .filter((k) => /^glossary\/[^/]+\.yaml$/.test(k))
    .map((k) => k.slice('glossary/'.length, -'.yaml'.length))
    .sort();
  expect([...corpus.entries.keys()].sort()).toEqual(glossary);
  const slugs = new Set(
    [...files.keys()]
      .map((k) => k.split('/'))
      .filter((p) => p.length === 2 && p[0] !== 'glossary' && TEXT_FILE_NAMES.includes(p[1]!))
      .map((p) => p[0]!)
  );
  expect(corpus.texts.map((t) => t.slug).sort()).toEqual([...slugs].sort());
  for (const text of corpus.texts) {
    const segments = allSegments(text);
    for (const lang of LANGS) {
      const source = strict.decode(files.get(`${text.slug}/${lang}.txt`)!);
      const expected = referenceSegments(source);
      expect(segments.length, `${text.slug}/${lang}.txt segment count`).toBe(expected.length);
      expect(segments.map((s) => s.id)).toEqual(expected.map((s) => s.id));
      segments.forEach((segment, i) => {
        expect(plainText(segment[lang].runs), `${text.slug}/${lang}.txt ${segment.id}`).toBe(
          expected[i]!.text
        );
      });
    }
  }
}

function checkOutcome(files: ReadonlyMap<string, Uint8Array>): BuildResult {
  const result = buildCorpus(files, ROOT); // an exception fails the property
  if (result.corpus) {
    expect(result.errors).toEqual([]);
    expectComplete(files, result);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    expectLocated(files, result.errors);
  }
  return result;
}

// ------------------------------------------------------------------ tests

describe('the reference stripper', () => {
  it('reads ids, markers, escapes, annotations and glue', () => {
    const source = [
      '% a comment [ { \\q',
      '# title [Première position]{t:premiere-position} au [Parti communiste]{cpsu}',
      '',
      '## ch1 Un [chapitre]{t:chapitre}   ',
      '1.1 [deuxième secrétaire [officieux]{t:officieux}]{second-secretary} \\[sic\\] a\\\\b \\{x\\}',
      '1.2\tIl occupa ce poste—  \\',
      '1.3 fin\\\\',
      '1.4 Le\u0301nine l’URSS\t',
      '\t',
      '2.1   espaces  intérieurs  gardés'
    ].join('\r\n');
    expect(referenceSegments(source)).toEqual([
      { id: 'title', text: 'Première position au Parti communiste' },
      { id: 'ch1', text: 'Un chapitre' },
      { id: '1.1', text: 'deuxième secrétaire officieux [sic] a\\b {x}' },
      { id: '1.2', text: 'Il occupa ce poste—' },
      { id: '1.3', text: 'fin\\' },
      { id: '1.4', text: 'Le\u0301nine l’URSS' },
      { id: '2.1', text: 'espaces  intérieurs  gardés' }
    ]);
  });

  it('agrees with the real parser on the real files', () => {
    for (const lang of LANGS) {
      const source = strict.decode(BASE.get(`premiere-position/${lang}.txt`)!);
      const parsed = parseAlignedFile(`x/${lang}.txt`, source);
      expect(parsed.errors).toEqual([]);
      const segs = parsed.blocks.flatMap((b) => b.segments);
      expect(segs.map((s) => ({ id: s.id, text: plainText(s.runs) }))).toEqual(
        referenceSegments(source)
      );
    }
  });
});

describe('buildCorpus under random mutations of the real content', () => {
  it('builds the unmutated folder', () => {
    const result = checkOutcome(BASE);
    expect(result.errors).toEqual([]);
    expect(result.corpus?.texts.length).toBeGreaterThan(0);
  });

  it(`never throws, never drops, always locates (${RUNS} runs, seed ${SEED})`, () => {
    const stats = { built: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.array(mutationArb(FILES), { minLength: 1, maxLength: 3 }), (mutations) => {
        const result = checkOutcome(applyMutations(BASE, mutations));
        stats[result.corpus ? 'built' : 'rejected'] += 1;
      }),
      { seed: SEED, numRuns: RUNS }
    );
    // Both outcomes must occur, or the fuzzer is not exercising anything.
    expect(stats.built).toBeGreaterThan(0);
    expect(stats.rejected).toBeGreaterThan(0);
  }, 600_000);

  it(`aligned files alone: parse and align, ${FILE_RUNS} runs`, () => {
    const names = ['premiere-position/fr.txt', 'premiere-position/en.txt'];
    const only = new Map(names.map((n) => [n, BASE.get(n)!]));
    fc.assert(
      fc.property(fc.array(mutationArb(names), { minLength: 1, maxLength: 3 }), (mutations) => {
        const files = applyMutations(only, mutations);
        const sides = names.flatMap((name) => {
          const bytes = files.get(name);
          if (!bytes) return [];
          const decoded = decodeSource(`${ROOT}/${name}`, bytes);
          if (!decoded.ok) {
            expectLocated(files, [decoded.error]);
            return [];
          }
          const parsed = parseAlignedFile(`${ROOT}/${name}`, decoded.text);
          expectLocated(files, parsed.errors);
          if (parsed.errors.length === 0) {
            const expected = referenceSegments(decoded.text);
            const segs = parsed.blocks.flatMap((b) => b.segments);
            expect(segs.map((s) => ({ id: s.id, text: plainText(s.runs) }))).toEqual(expected);
            return [{ file: `${ROOT}/${name}`, parsed }];
          }
          return [];
        });
        if (sides.length === 2) {
          const { alignment, errors } = alignSides(sides[0]!, sides[1]!);
          expectLocated(files, errors);
          if (alignment) expect(errors).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: FILE_RUNS }
    );
  }, 600_000);
});

describe('regressions found by the fuzzer', () => {
  it('locates YAML syntax errors after a stray ] in a block scalar at the token they name', () => {
    // Seed 99 found it: the YAML parser's own line numbers drifted by up to 3 lines after the
    // error ("texts/premiere-position/terms.yaml:610:3 ... \"pos\"" on an empty line).
    const files = new Map(BASE);
    const name = 'premiere-position/terms.yaml';
    const lines = strict.decode(files.get(name)!).split('\n');
    const i = lines.findIndex((l) => l.includes('« démissionner de son poste »'));
    expect(i).toBeGreaterThan(0);
    lines[i] = ']' + lines[i];
    files.set(name, encoder.encode(lines.join('\n')));
    const { corpus, errors } = checkOutcome(files);
    expect(corpus).toBeUndefined();
    const yaml = errors.filter((e) => e.message.startsWith('YAML: '));
    expect(yaml.length).toBeGreaterThan(1);
    expect(yaml[0]).toMatchObject({ line: i + 1, column: 1 });
    for (const error of yaml) {
      const token = /"([^"]{1,12})/.exec(error.message)?.[1];
      if (!token) continue;
      const at = lines[error.line - 1]!.slice(error.column - 1);
      expect(at.startsWith(token), `${error.line}:${error.column} ${error.message}`).toBe(true);
      expect(error.message).not.toMatch(/at line \d+/);
    }
  });
});
