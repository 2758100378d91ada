import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkup,
  hasVisibleText as runHasVisibleText,
  ownSlice,
  parseInline,
  plainText,
  toMarkup,
  type InlineRun,
  type MentionRun,
  type TermRun,
  type TextRun
} from './inline.ts';

const FILE = 'texts/demo/fr.txt';

/** Parses with line 7 and the source starting at column 5, so offsets are never accidentally 1. */
const parse = (source: string) => parseInline(source, FILE, 7, 5);

/** The runs without their positions: what the tree means, for comparing trees. */
type Shape =
  | { kind: 'text'; text: string }
  | { kind: 'term'; term: string; children: Shape[] }
  | { kind: 'mention'; entity: string; children: Shape[] };

function shape(runs: readonly InlineRun[]): Shape[] {
  return runs.map((run): Shape => {
    if (run.kind === 'text') return { kind: 'text', text: run.text };
    if (run.kind === 'term') return { kind: 'term', term: run.term, children: shape(run.children) };
    return { kind: 'mention', entity: run.entity, children: shape(run.children) };
  });
}

/** Adjacent text runs merged and empty ones dropped, recursively: the canonical form of a tree. */
function normalize(runs: readonly Shape[]): Shape[] {
  const out: Shape[] = [];
  for (const run of runs) {
    if (run.kind === 'text') {
      if (run.text === '') continue;
      const last = out[out.length - 1];
      if (last?.kind === 'text') last.text += run.text;
      else out.push({ kind: 'text', text: run.text });
    } else out.push({ ...run, children: normalize(run.children) });
  }
  return out;
}

function surface(runs: readonly Shape[]): string {
  return runs.map((r) => (r.kind === 'text' ? r.text : surface(r.children))).join('');
}

const text = (t: string): TextRun => ({ kind: 'text', text: t });

describe('parseInline: valid markup', () => {
  it('keeps plain text as one run', () => {
    const { runs, errors } = parse('Bonjour, le monde !');
    expect(errors).toEqual([]);
    expect(runs).toEqual([text('Bonjour, le monde !')]);
  });

  it('returns no runs for an empty source', () => {
    expect(parse('')).toEqual({ runs: [], errors: [] });
  });

  it('resolves the five escapes into one text run', () => {
    // Source: a \[b\] \{c\} \\ d
    const { runs, errors } = parse('a \\[b\\] \\{c\\} \\\\ d');
    expect(errors).toEqual([]);
    expect(runs).toEqual([text('a [b] {c} \\ d')]);
  });

  it('parses a mention with its entity, text and position', () => {
    const { runs, errors } = parse('Le [Josef Staline]{stalin} dit non.');
    expect(errors).toEqual([]);
    expect(runs).toEqual([
      text('Le '),
      // '[' is source index 3, the source starts at column 5: column 8.
      { kind: 'mention', entity: 'stalin', children: [text('Josef Staline')], line: 7, column: 8 },
      text(' dit non.')
    ]);
  });

  it('accepts ids with digits and single hyphens', () => {
    const { runs, errors } = parse('[la révolution]{revolution-1917}');
    expect(errors).toEqual([]);
    expect((runs[0] as MentionRun).entity).toBe('revolution-1917');
  });

  it('parses a term', () => {
    const { runs, errors } = parse('un [officieux]{t:officieux}');
    expect(errors).toEqual([]);
    expect(runs).toEqual([
      text('un '),
      { kind: 'term', term: 'officieux', children: [text('officieux')], line: 7, column: 8 }
    ]);
  });

  it('allows a term inside a mention', () => {
    const source = '[deuxième secrétaire [officieux]{t:officieux}]{second-secretary}';
    const { runs, errors } = parseInline(source, FILE, 2, 1);
    expect(errors).toEqual([]);
    // 'deuxième' is 8 characters and 'secrétaire' 10: the inner '[' is source index 21, column 22.
    expect(runs).toEqual([
      {
        kind: 'mention',
        entity: 'second-secretary',
        line: 2,
        column: 1,
        children: [
          text('deuxième secrétaire '),
          { kind: 'term', term: 'officieux', children: [text('officieux')], line: 2, column: 22 }
        ]
      }
    ]);
    expect(plainText(runs)).toBe('deuxième secrétaire officieux');
  });

  it('keeps escapes inside annotations', () => {
    const { runs, errors } = parse('[a \\] b \\\\]{x}');
    expect(errors).toEqual([]);
    expect(shape(runs)).toEqual([{ kind: 'mention', entity: 'x', children: [text('a ] b \\')] }]);
  });

  it('parses two annotations side by side', () => {
    const { runs, errors } = parse('[A]{a}[B]{t:b}');
    expect(errors).toEqual([]);
    expect(shape(runs)).toEqual([
      { kind: 'mention', entity: 'a', children: [text('A')] },
      { kind: 'term', term: 'b', children: [text('B')] }
    ]);
  });

  it('counts columns in UTF-16 code units, like editors do', () => {
    // '😀' is two code units: the '[' is index 3, column 5 + 3 = 8.
    const { runs } = parse('😀 [x]{y}');
    expect((runs[1] as MentionRun).column).toBe(8);
  });
});

describe('parseInline: errors', () => {
  /** The one error of a source, as `line:column`, and its message. */
  function onlyError(source: string) {
    const { errors } = parse(source);
    expect(errors).toHaveLength(1);
    const [e] = errors;
    expect(e!.file).toBe(FILE);
    expect(e!.line).toBe(7);
    return { at: e!.column, message: e!.message };
  }

  it('rejects a mention inside a mention, at the inner [', () => {
    const { at, message } = onlyError('[a [b]{x} c]{y}');
    expect(at).toBe(5 + 3);
    expect(message).toMatch(/nest/);
    // Recovery keeps every character an author typed, brackets and labels included.
    expect(plainText(parse('[a [b]{x} c]{y}').runs)).toBe('[a b c]{y}');
  });

  it('rejects a mention inside a term, at the mention', () => {
    const { at, message } = onlyError('[un [homme]{x} officieux]{t:y}');
    expect(at).toBe(5 + 4);
    expect(message).toMatch(/term/);
    expect(message).toMatch(/mention/);
    expect(plainText(parse('[un [homme]{x} officieux]{t:y}').runs)).toBe(
      '[un homme officieux]{t:y}'
    );
  });

  it('rejects a term inside a term, at the inner term', () => {
    const { at, message } = onlyError('[a [b]{t:x}]{t:y}');
    expect(at).toBe(5 + 3);
    expect(message).toMatch(/nest/);
  });

  it('rejects a term inside a mention inside a term, at the mention', () => {
    const { at } = onlyError('[[[a]{t:x}]{m}]{t:y}');
    expect(at).toBe(5 + 1);
  });

  it('reports an unclosed [ at the [', () => {
    const { at, message } = onlyError('voir [Staline ici');
    expect(at).toBe(5 + 5);
    expect(message).toMatch(/\[/);
    expect(plainText(parse('voir [Staline ici').runs)).toBe('voir [Staline ici');
  });

  it('reports each unclosed [ of a nest', () => {
    const { errors } = parse('[a [b');
    expect(errors.map((e) => e.column).sort((x, y) => x - y)).toEqual([5, 8]);
    expect(plainText(parse('[a [b').runs)).toBe('[a [b');
  });

  it('reports a stray ] and keeps it', () => {
    const { at, message } = onlyError('a ] b');
    expect(at).toBe(5 + 2);
    expect(message).toMatch(/\]/);
    expect(plainText(parse('a ] b').runs)).toBe('a ] b');
  });

  it('reports a ] that is not followed by {', () => {
    const { at } = onlyError('[Staline] a dit');
    expect(at).toBe(5 + 8);
    const plain = plainText(parse('[Staline] a dit').runs);
    expect(plain).toContain('Staline');
    expect(plain).toContain('a dit');
  });

  it('reports a { with no } at the {', () => {
    const { at, message } = onlyError('[Staline]{stalin et la suite');
    expect(at).toBe(5 + 9);
    expect(message).toMatch(/\}/);
    expect(plainText(parse('[Staline]{stalin et la suite').runs)).toBe(
      '[Staline]{stalin et la suite'
    );
  });

  it('reports a stray { and a stray }', () => {
    expect(onlyError('a { b').at).toBe(5 + 2);
    expect(onlyError('a } b').at).toBe(5 + 2);
    expect(plainText(parse('a { b').runs)).toBe('a { b');
    expect(plainText(parse('a } b').runs)).toBe('a } b');
  });

  it('reports an id with capitals at the id', () => {
    const { at, message } = onlyError('[Staline]{Stalin}');
    expect(at).toBe(5 + 10);
    expect(message).toContain('Stalin');
    expect(plainText(parse('[Staline]{Stalin}').runs)).toBe('[Staline]{Stalin}');
  });

  it('reports an id with a double hyphen, a trailing hyphen, a space or nothing', () => {
    expect(onlyError('[x]{a--b}').at).toBe(5 + 4);
    expect(onlyError('[x]{a-}').at).toBe(5 + 4);
    expect(onlyError('[x]{-a}').at).toBe(5 + 4);
    expect(onlyError('[x]{a b}').at).toBe(5 + 4);
    expect(onlyError('[x]{}').at).toBe(5 + 4);
    expect(onlyError('[x]{a_b}').at).toBe(5 + 4);
  });

  it('reports an invalid term id at the label', () => {
    const { at, message } = onlyError('un [mot]{t:Mot}');
    expect(at).toBe(5 + 9);
    expect(message).toMatch(/term/);
    expect(onlyError('[mot]{t:}').at).toBe(5 + 6);
  });

  it('reports an annotation with no text at its [', () => {
    expect(onlyError('[]{x}').at).toBe(5);
    expect(onlyError('a [  ]{x}').at).toBe(5 + 2);
    expect(onlyError('[]{t:x}').at).toBe(5);
  });

  it('reports an unknown escape at the backslash and keeps the backslash', () => {
    const { at, message } = onlyError('a\\xb');
    expect(at).toBe(5 + 1);
    expect(message).toMatch(/escape/);
    expect(plainText(parse('a\\xb').runs)).toBe('a\\xb');
  });

  it('reports a backslash at the end of the source', () => {
    expect(onlyError('ab\\').at).toBe(5 + 2);
    expect(plainText(parse('ab\\').runs)).toBe('ab\\');
  });

  it('reports every problem of a line', () => {
    const { errors } = parse('] a [b]{B} \\q [c');
    expect(errors.map((e) => e.column).sort((x, y) => x - y)).toEqual([5, 5 + 8, 5 + 11, 5 + 14]);
    const plain = plainText(parse('] a [b]{B} \\q [c').runs);
    for (const word of ['a', 'b', 'q', 'c']) expect(plain).toContain(word);
  });

  it('keeps a valid annotation beside a broken one', () => {
    const { runs, errors } = parse('[A]{a} puis [B]{B}');
    expect(errors).toHaveLength(1);
    expect(shape(runs)).toEqual([
      { kind: 'mention', entity: 'a', children: [text('A')] },
      text(' puis [B]{B}')
    ]);
  });
});

describe('plainText, toMarkup, escapeMarkup', () => {
  const runs: InlineRun[] = [
    text('Le [vrai] '),
    {
      kind: 'mention',
      entity: 'second-secretary',
      line: 1,
      column: 1,
      children: [
        text('deuxième {secrétaire} '),
        {
          kind: 'term',
          term: 'officieux',
          line: 1,
          column: 1,
          children: [text('offi\\cieux')]
        } as TermRun
      ]
    },
    text('.')
  ];

  it('plainText drops every annotation and keeps every character', () => {
    expect(plainText(runs)).toBe('Le [vrai] deuxième {secrétaire} offi\\cieux.');
    expect(plainText([])).toBe('');
  });

  it('hasVisibleText is true exactly when plainText has something left after trim', () => {
    expect(runHasVisibleText(text(' \t\u00a0\u2028\ufeff'))).toBe(false);
    expect(runHasVisibleText(text(' a '))).toBe(true);
    const blankTerm: TermRun = {
      kind: 'term',
      term: 'x',
      line: 1,
      column: 1,
      children: [text('  ')]
    };
    expect(runHasVisibleText(blankTerm)).toBe(false);
    expect(runHasVisibleText(runs[1]!)).toBe(true);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(' ', '\t', '\u00a0', '\u3000', 'a', '.') }),
        (s) => {
          expect(runHasVisibleText(text(s))).toBe(s.trim() !== '');
        }
      )
    );
  });

  it('ownSlice gives the same characters as slice, short or long', () => {
    const line = 'c1.p1.s1 Après la mort de Staline — 😀 fin';
    for (const [start, end] of [
      [0, 0],
      [3, 5],
      [9, 21],
      [9, line.length],
      [0, line.length]
    ] as const)
      expect(ownSlice(line, start, end)).toBe(line.slice(start, end));
  });

  it('escapeMarkup escapes exactly the five markup characters', () => {
    expect(escapeMarkup('a[b]{c}\\d t: é')).toBe('a\\[b\\]\\{c\\}\\\\d t: é');
    expect(escapeMarkup('')).toBe('');
  });

  it('toMarkup writes the runs as markup', () => {
    expect(toMarkup(runs)).toBe(
      'Le \\[vrai\\] [deuxième \\{secrétaire\\} [offi\\\\cieux]{t:officieux}]{second-secretary}.'
    );
  });

  it('toMarkup output parses back to the same runs', () => {
    const parsed = parse(toMarkup(runs));
    expect(parsed.errors).toEqual([]);
    expect(shape(parsed.runs)).toEqual(shape(runs));
  });
});

// ---------------------------------------------------------------- properties

/** Characters that stress the parser: markup, the term prefix, spaces, letters. */
const markupHeavyChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('[', ']', '{', '}', '\\', 't', ':', '-', ' ') },
  { weight: 4, arbitrary: fc.constantFrom(...'abcxyz0123'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom('é', '😀', '\t', 'A', '\u00a0') }
);
const markupHeavyString = fc.string({ unit: markupHeavyChar, maxLength: 40 });
const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Lone surrogates and other odd code units.
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    maxLength: 20
  }),
  markupHeavyString
);

describe('parseInline: properties', () => {
  it('never throws, and every error is located inside the source', () => {
    fc.assert(
      fc.property(
        anyString,
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 200 }),
        (source, line, column) => {
          const { runs, errors } = parseInline(source, FILE, line, column);
          expect(Array.isArray(runs)).toBe(true);
          for (const e of errors) {
            expect(e.file).toBe(FILE);
            expect(e.line).toBe(line);
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(1);
            expect(e.column).toBeGreaterThanOrEqual(column);
            expect(e.column).toBeLessThanOrEqual(column + source.length);
            expect(e.message.trim()).not.toBe('');
          }
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('text without markup characters is one text run, with no errors', () => {
    fc.assert(
      fc.property(anyString, (raw) => {
        const source = raw.replace(/[[\]{}\\]/g, '');
        const { runs, errors } = parse(source);
        expect(errors).toEqual([]);
        expect(runs).toEqual(source === '' ? [] : [text(source)]);
      }),
      { numRuns: 1000 }
    );
  });

  it('whatever it is given, the runs it returns are well formed: their markup parses back to them without errors', () => {
    fc.assert(
      fc.property(anyString, (source) => {
        const { runs } = parse(source);
        const again = parse(toMarkup(runs));
        expect(again.errors).toEqual([]);
        expect(shape(again.runs)).toEqual(shape(runs));
        expect(plainText(again.runs)).toBe(plainText(runs));
      }),
      { numRuns: 1000 }
    );
  });
});

// A random, valid tree of runs, with text that freely uses markup characters.
const textContent = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('[', ']', '{', '}', '\\', ':', 't', ' ') },
    { weight: 3, arbitrary: fc.constantFrom(...'abcdeé'.split('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }
  ),
  maxLength: 12
});
const idPart = fc.stringMatching(/^[a-z0-9]{1,6}$/);
const annotationIdArb = fc
  .array(idPart, { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));
const hasVisibleText = (children: readonly Shape[]) => surface(children).trim() !== '';

const textRun = textContent.map((t): Shape => ({ kind: 'text', text: t }));
const termRun = fc
  .record({ term: annotationIdArb, children: fc.array(textRun, { minLength: 1, maxLength: 3 }) })
  .filter((r) => hasVisibleText(r.children))
  .map((r): Shape => ({ kind: 'term', ...r }));
const mentionRun = fc
  .record({
    entity: annotationIdArb,
    children: fc.array(
      fc.oneof({ weight: 3, arbitrary: textRun }, { weight: 1, arbitrary: termRun }),
      {
        minLength: 1,
        maxLength: 4
      }
    )
  })
  .filter((r) => hasVisibleText(r.children))
  .map((r): Shape => ({ kind: 'mention', ...r }));
const runTree = fc.array(
  fc.oneof(
    { weight: 3, arbitrary: textRun },
    { weight: 1, arbitrary: termRun },
    { weight: 2, arbitrary: mentionRun }
  ),
  {
    maxLength: 6
  }
);

/** A piece of markup written by hand, with the text a reader sees: [markup, surface]. */
type Piece = [string, string];
const join = (pieces: Piece[]): Piece => [
  pieces.map((p) => p[0]).join(''),
  pieces.map((p) => p[1]).join('')
];
const plainPiece = fc
  .string({ unit: 'grapheme', maxLength: 8 })
  .map((s) => s.replace(/[[\]{}\\]/g, ''))
  .map((s): Piece => [s, s]);
const escapePiece = fc.constantFrom('[', ']', '{', '}', '\\').map((c): Piece => ['\\' + c, c]);
const flatPieces = fc
  .array(fc.oneof(plainPiece, escapePiece), { minLength: 1, maxLength: 4 })
  .map(join)
  .filter(([, surfaceText]) => surfaceText.trim() !== '');
const termPiece = fc
  .tuple(flatPieces, annotationIdArb)
  .map(([[m, s], id]): Piece => [`[${m}]{t:${id}}`, s]);
const mentionPiece = fc
  .tuple(
    fc
      .array(fc.oneof(plainPiece, escapePiece, termPiece), { minLength: 1, maxLength: 4 })
      .map(join)
      .filter(([, surfaceText]) => surfaceText.trim() !== ''),
    annotationIdArb
  )
  .map(([[m, s], id]): Piece => [`[${m}]{${id}}`, s]);
const handWritten = fc
  .array(fc.oneof(plainPiece, escapePiece, termPiece, mentionPiece), { maxLength: 6 })
  .map(join);

describe('toMarkup → parseInline round trip', () => {
  it('parses hand-built valid markup without errors, and plainText gives back its surface text', () => {
    fc.assert(
      fc.property(handWritten, ([markup, surfaceText]) => {
        const { runs, errors } = parse(markup);
        expect(errors).toEqual([]);
        expect(plainText(runs)).toBe(surfaceText);
      }),
      { numRuns: 1000 }
    );
  });

  it('parses the markup of any valid tree back to that tree, and plainText gives back its surface text', () => {
    fc.assert(
      fc.property(runTree, (tree) => {
        const markup = toMarkup(tree as InlineRun[]);
        const { runs, errors } = parse(markup);
        expect(errors).toEqual([]);
        expect(plainText(runs)).toBe(surface(tree));
        expect(shape(runs)).toEqual(normalize(tree));
      }),
      { numRuns: 1000 }
    );
  });

  it('escapeMarkup text parses back to itself', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const { runs, errors } = parse(escapeMarkup(s));
        expect(errors).toEqual([]);
        expect(plainText(runs)).toBe(s);
      }),
      { numRuns: 1000 }
    );
  });
});
