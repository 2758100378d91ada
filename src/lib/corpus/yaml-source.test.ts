import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entrySchema, termsFileSchema, textMetaSchema } from './schema.ts';
import { parseYaml } from './yaml-source.ts';

const FILE = 'texts/glossary/demo.yaml';

const schema = z.strictObject({
  a: z.number(),
  b: z.strictObject({ c: z.string(), d: z.number().optional() }),
  list: z.array(z.number()).optional()
});

/** The errors of a source as `line:column message`. */
function problems(text: string, s: z.ZodType = schema) {
  const result = parseYaml(FILE, text, s);
  if (result.ok) return [];
  for (const e of result.errors) expect(e.file).toBe(FILE);
  return result.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}
const positions = (text: string, s: z.ZodType = schema) =>
  problems(text, s).map((p) => p.split(' ')[0]);

describe('parseYaml', () => {
  it('returns the validated value', () => {
    const result = parseYaml(FILE, 'a: 1\nb:\n  c: x\nlist: [1, 2]\n', schema);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual({ a: 1, b: { c: 'x' }, list: [1, 2] });
  });

  it('locates a wrong value at the value', () => {
    expect(positions('a: 1\nb:\n  c: 5\n')).toEqual(['3:6']);
    expect(positions('a: x\nb:\n  c: y\n')).toEqual(['1:4']);
    expect(problems('a: x\nb:\n  c: y\n')[0]).toMatch(/^1:4 a: /);
  });

  it('locates a wrong value in a flow mapping', () => {
    expect(positions('a: 1\nb: {c: 5}\n')).toEqual(['2:8']);
  });

  it('locates a wrong list item at the item', () => {
    expect(positions('a: 1\nb:\n  c: x\nlist:\n  - 1\n  - two\n')).toEqual(['6:5']);
  });

  it('locates an unknown field at its key, and names it', () => {
    const p = problems('a: 1\nb:\n  c: x\n  e: 2\n');
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^4:3 /);
    expect(p[0]).toContain("'e'");
  });

  it('locates a missing field at the mapping that should hold it, and says it is required', () => {
    expect(problems('a: 1\nb:\n  d: 2\n')).toEqual(["3:3 'b.c' is required"]);
    expect(problems('a: 1\n')).toEqual(["1:1 'b' is required"]);
  });

  it('reports every schema problem', () => {
    expect(positions('a: x\nb:\n  c: 5\nz: 1\n').sort()).toEqual(['1:4', '3:6', '4:1']);
  });

  it('reports YAML syntax errors with their position', () => {
    const duplicate = problems('a: 1\na: 2\n');
    expect(duplicate).toHaveLength(1);
    expect(duplicate[0]).toMatch(/^2:1 YAML: /);
    expect(positions('a: 1\nb:\n\tc: x\n')[0]).toBe('3:1');
  });

  it('keeps only the first line of a YAML error message', () => {
    for (const p of problems('a: 1\na: 2\n')) expect(p).not.toContain('\n');
  });

  it('reports an empty document as not an object', () => {
    expect(positions('')).toEqual(['1:1']);
    expect(positions('# only a comment\n')).toEqual(['1:1']);
  });

  it('gives a locator for errors found after validation', () => {
    const result = parseYaml(FILE, 'a: 1\nb:\n  c: x\n  d: 2\nlist:\n  - 1\n  - 2\n', schema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.locate(['b', 'd'])).toEqual({ line: 4, column: 6 });
    expect(result.locate(['b', 'd'], true)).toEqual({ line: 4, column: 3 });
    expect(result.locate(['list', 1])).toEqual({ line: 7, column: 5 });
    // A path that does not exist falls back to its nearest existing ancestor.
    expect(result.locate(['b', 'nothing'])).toEqual({ line: 3, column: 3 });
    expect(result.locate([])).toEqual({ line: 1, column: 1 });
  });
});

describe('parseYaml with the content schemas', () => {
  const entry = [
    'id: stalin', // 1
    'type: person', // 2
    'name:', // 3
    '  fr: Joseph Staline', // 4
    '  en: Joseph Stalin', // 5
    'summary:', // 6
    '  fr: Secrétaire général du parti de 1922 à 1952. Il dirige l’URSS jusqu’à sa mort.', // 7
    '  en: General secretary of the party from 1922 to 1952. He ruled the USSR until his death.', // 8
    'source:', // 9
    '  title: Encyclopedia of Russian History', // 10
    '  url: https://example.org/stalin' // 11
  ];
  const text = (lines: string[]) => lines.join('\n') + '\n';

  it('accepts a valid entry and fills in the defaults', () => {
    const result = parseYaml(FILE, text(entry), entrySchema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'stalin',
      type: 'person',
      aliases: { fr: [], en: [], orig: [] },
      held: [],
      related: [],
      source: [{ title: 'Encyclopedia of Russian History', url: 'https://example.org/stalin' }]
    });
  });

  it('locates a misspelt type at its value', () => {
    const lines = [...entry];
    lines[1] = 'type: persn';
    expect(positions(text(lines), entrySchema)).toEqual(['2:7']);
  });

  it('locates an http:// source URL at the URL, single or in a list', () => {
    const lines = [...entry];
    lines[10] = '  url: http://example.org/stalin';
    expect(positions(text(lines), entrySchema)).toEqual(['11:8']);
    const list = [...entry.slice(0, 9), '  - title: A', '    url: http://example.org/a'];
    expect(positions(text(list), entrySchema)).toEqual(['11:10']);
  });

  it('wants a summary of 2 to 4 sentences', () => {
    const lines = [...entry];
    lines[7] = '  en: General secretary.';
    expect(positions(text(lines), entrySchema)).toEqual(['8:7']);
    lines[7] = '  en: One. Two. Three. Four. Five.';
    expect(positions(text(lines), entrySchema)).toEqual(['8:7']);
  });

  it('rejects an invalid partial date at its value', () => {
    expect(positions(text([...entry, 'dates:', '  from: 1878-13-18']), entrySchema)).toEqual([
      '13:9'
    ]);
  });

  it('accepts dates written as YAML numbers and strings', () => {
    const result = parseYaml(
      FILE,
      text([...entry, 'dates:', '  from: 1878', '  to: 1953-03-05']),
      entrySchema
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.value.dates).toMatchObject({
        from: { iso: '1878' },
        to: { iso: '1953-03-05' }
      });
  });

  it('rejects a bad Wikidata id', () => {
    expect(positions(text([...entry, 'wikidata: 855']), entrySchema)).toEqual(['12:11']);
  });

  it('locates an invalid term id in terms.yaml at the key', () => {
    const terms =
      'officieux:\n  lemma: officieux\n  pos: adjective\n  gloss: unofficial\nMot:\n  lemma: mot\n  pos: noun\n  gloss: word\n';
    expect(positions(terms, termsFileSchema)).toEqual(['5:1']);
  });

  it('validates text metadata', () => {
    const meta =
      'title:\n  fr: Titre\n  en: Title\nauthor: A\ntranslator: T\nsource:\n  title: S\nlicense:\n  name: CC BY 4.0\nlevel: B3\n';
    expect(positions(meta, textMetaSchema)).toEqual(['10:8']);
  });
});

describe('parseYaml: aliases and tags', () => {
  const loose = z.record(z.string(), z.unknown());

  it('turns an alias bomb into a located error, not an exception', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]'
    ].join('\n');
    let found: string[] = [];
    expect(() => (found = problems(bomb, loose))).not.toThrow();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^2:8 YAML: too many aliases/);
  });

  it('refuses explicit tags at the tag: !!js/function, !custom, !!set', () => {
    expect(problems('a: !!js/function "x"\n', loose)).toEqual([
      "1:4 YAML: the tag '!!js/function' is not allowed: write the value as plain text"
    ]);
    expect(positions('a: 1\nb: !custom y\n', loose)).toEqual(['2:4']);
    expect(positions('a: !!set {q}\n', loose)).toEqual(['1:4']);
  });

  it('still accepts a small alias', () => {
    const result = parseYaml(FILE, 'a: &x 1\nb: *x\n', loose);
    expect(result.ok).toBe(true);
  });
});
