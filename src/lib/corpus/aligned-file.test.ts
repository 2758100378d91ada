import fc from 'fast-check';
import { FORBIDDEN_CHARACTER } from './errors.ts';
import { describe, expect, it } from 'vitest';
import { parseAlignedFile, readHead, SEGMENT_ID, type AlignedFile } from './aligned-file.ts';
import { plainText, toMarkup, type InlineRun } from './inline.ts';

const FILE = 'texts/demo/fr.txt';
const parse = (...lines: string[]) => parseAlignedFile(FILE, lines.join('\n'));

/** Each block as its kind and the ids and plain text of its segments. */
function outline(parsed: AlignedFile) {
  return parsed.blocks.map((b) => ({
    kind: b.kind,
    segments: b.segments.map((s) => [s.id, plainText(s.runs)])
  }));
}

/** Errors as `line:column`, in order. */
const where = (parsed: AlignedFile) =>
  parsed.errors
    .map((e) => `${e.line}:${e.column}`)
    .sort((a, b) => {
      const [la, ca] = a.split(':').map(Number);
      const [lb, cb] = b.split(':').map(Number);
      return la! - lb! || ca! - cb!;
    });

describe('parseAlignedFile: valid files', () => {
  const valid = parse(
    '% Un commentaire.', // 1
    '# title Le titre', // 2
    '', // 3
    '## c1 Premier chapitre', // 4
    '', // 5
    '1.1 Un.', // 6
    '1.2 Deux\\', // 7
    '1.3 trois.', // 8
    '% un commentaire ne coupe pas le paragraphe', // 9
    '1.4 Quatre.   \t', // 10
    '', // 11
    '', // 12
    '1.5 Cinq.', // 13
    '   ', // 14
    '## c2 Second', // 15
    '2.1\tSix [mots]{six}.' // 16
  );

  it('has no errors', () => {
    expect(valid.errors).toEqual([]);
  });

  it('splits title, headings and paragraphs (blank lines, even several or of spaces, end a paragraph; comments do not)', () => {
    expect(outline(valid)).toEqual([
      { kind: 'title', segments: [['title', 'Le titre']] },
      { kind: 'heading', segments: [['c1', 'Premier chapitre']] },
      {
        kind: 'paragraph',
        segments: [
          ['1.1', 'Un.'],
          ['1.2', 'Deux'],
          ['1.3', 'trois.'],
          ['1.4', 'Quatre.']
        ]
      },
      { kind: 'paragraph', segments: [['1.5', 'Cinq.']] },
      { kind: 'heading', segments: [['c2', 'Second']] },
      { kind: 'paragraph', segments: [['2.1', 'Six mots.']] }
    ]);
  });

  it('marks a segment ending in \\ as glued, and only that one', () => {
    const glue = valid.blocks.flatMap((b) => b.segments).map((s) => [s.id, s.glue]);
    expect(glue).toEqual([
      ['title', false],
      ['c1', false],
      ['1.1', false],
      ['1.2', true],
      ['1.3', false],
      ['1.4', false],
      ['1.5', false],
      ['c2', false],
      ['2.1', false]
    ]);
  });

  it("records each segment's line and the column where its text starts", () => {
    const at = valid.blocks.flatMap((b) => b.segments).map((s) => [s.id, s.line, s.column]);
    expect(at).toEqual([
      ['title', 2, 9], // '# title ' is 8 characters
      ['c1', 4, 7], // '## c1 '
      ['1.1', 6, 5],
      ['1.2', 7, 5],
      ['1.3', 8, 5],
      ['1.4', 10, 5],
      ['1.5', 13, 5],
      ['c2', 15, 7],
      ['2.1', 16, 5] // a tab separates id and text
    ]);
  });

  it('locates annotations in the text at their file column', () => {
    const mention = valid.blocks[5]!.segments[0]!.runs[1]!;
    // '2.1\tSix [' : the '[' is the 9th character.
    expect(mention).toMatchObject({ kind: 'mention', entity: 'six', line: 16, column: 9 });
  });

  it('accepts a text without chapters, a paragraph right after the title, several spaces after the id', () => {
    const p = parse('# t Titre', '1.1    Un.', '1.2 Deux.');
    expect(p.errors).toEqual([]);
    expect(outline(p)).toEqual([
      { kind: 'title', segments: [['t', 'Titre']] },
      {
        kind: 'paragraph',
        segments: [
          ['1.1', 'Un.'],
          ['1.2', 'Deux.']
        ]
      }
    ]);
    expect(p.blocks[1]!.segments[0]!.column).toBe(8);
  });

  it('ends a paragraph at a heading even without a blank line', () => {
    const p = parse('# t T', '## c1 H', '1.1 a', '## c2 I', '2.1 b');
    expect(p.errors).toEqual([]);
    expect(p.blocks.map((b) => b.kind)).toEqual([
      'title',
      'heading',
      'paragraph',
      'heading',
      'paragraph'
    ]);
  });

  it('ignores whitespace before the glue backslash and at the ends of lines', () => {
    const p = parse('# t T  ', '', '1.1 Deux \\  ', '1.2 trois.\t');
    expect(p.errors).toEqual([]);
    expect(outline(p)[0]!.segments).toEqual([['t', 'T']]);
    expect(p.blocks[1]!.segments.map((s) => [plainText(s.runs), s.glue])).toEqual([
      ['Deux', true],
      ['trois.', false]
    ]);
  });

  it('reads an even number of trailing backslashes as escaped backslashes, not glue', () => {
    const p = parse('# t T', '', '1.1 a\\\\', '1.2 b\\\\\\', '1.3 c');
    expect(p.errors).toEqual([]);
    expect(p.blocks[1]!.segments.map((s) => [plainText(s.runs), s.glue])).toEqual([
      ['a\\', false],
      ['b\\', true],
      ['c', false]
    ]);
  });

  it('accepts ids with dots, hyphens and underscores', () => {
    const p = parse('# t-1 T', '', 'a.b_c-d e', '0 f');
    expect(p.errors).toEqual([]);
    expect(p.blocks[1]!.segments.map((s) => s.id)).toEqual(['a.b_c-d', '0']);
  });
});

describe('parseAlignedFile: errors', () => {
  it('names the first line of a duplicate id, at the second one', () => {
    const p = parse('# t T', '', '1.1 a', '1.2 b', '1.1 c');
    expect(where(p)).toEqual(['5:1']);
    expect(p.errors[0]!.message).toContain("'1.1'");
    expect(p.errors[0]!.message).toContain('line 3');
  });

  it('points a duplicate heading id at the id, after the ##', () => {
    const p = parse('# t T', '', '## c H', '', '1.1 a', '', '## c I', '', '2.1 b');
    expect(where(p)).toEqual(['7:4']);
    expect(p.errors[0]!.file).toBe(FILE);
  });

  it('reports an empty segment at its id', () => {
    expect(where(parse('# t T', '', '1.1 a', '1.2'))).toEqual(['4:1']);
    expect(where(parse('# t T', '', '1.1 a', '1.2    '))).toEqual(['4:1']);
    expect(parse('# t T', '', '1.1 a', '1.2').errors[0]!.message).toMatch(/empty/);
    // A title with no text: the id is at column 3.
    expect(where(parse('# t', '', '1.1 a'))).toEqual(['1:3']);
    // Only spaces once escapes and glue are gone.
    expect(where(parse('# t T', '', '1.1 a', '1.2 \\', '1.3 b'))).toEqual(['4:1']);
  });

  it('reports a missing title at the first segment', () => {
    const p = parse('% comment', '', '1.1 a');
    expect(where(p)).toEqual(['3:1']);
    expect(p.errors[0]!.message).toMatch(/title/);
  });

  it('reports an empty file at 1:1', () => {
    expect(where(parseAlignedFile(FILE, ''))).toEqual(['1:1']);
    expect(where(parseAlignedFile(FILE, '% only a comment\n\n'))).toEqual(['1:1']);
  });

  it('reports a second title at its line', () => {
    const p = parse('# t T', '', '1.1 a', '', '# u U', '', '1.2 b');
    expect(where(p)).toEqual(['5:1']);
    expect(p.errors[0]!.message).toMatch(/title/);
  });

  it('reports a paragraph before the first heading of a text with chapters', () => {
    const p = parse('# t T', '', '1.1 a', '', '## c H', '', '2.1 b');
    expect(where(p)).toEqual(['3:1']);
    expect(p.errors[0]!.message).toMatch(/heading/);
  });

  it('reports a heading without paragraphs, in the middle or at the end', () => {
    expect(where(parse('# t T', '', '## c1 H', '', '## c2 I', '', '2.1 b'))).toEqual(['3:1']);
    expect(where(parse('# t T', '', '## c1 H', '', '1.1 a', '', '## c2 I'))).toEqual(['7:1']);
    expect(parse('# t T', '', '## c1 H', '', '## c2 I', '', '2.1 b').errors[0]!.message).toContain(
      "'c1'"
    );
  });

  it('reports a title with no paragraphs', () => {
    expect(where(parse('# t T'))).toEqual(['1:1']);
  });

  it('reports a title or heading ending in \\ at the backslash', () => {
    expect(where(parse('# t Titre\\', '', '1.1 a'))).toEqual(['1:10']);
    expect(where(parse('# t T', '', '## c Chap \\', '', '1.1 a'))).toEqual(['3:11']);
  });

  it('reports a glued segment with nothing after it in its paragraph', () => {
    const p = parse('# t T', '', '1.1 a\\', '', '1.2 b');
    expect(where(p)).toEqual(['3:5']);
    expect(p.errors[0]!.message).toContain("'1.1'");
  });

  it('reports malformed lines at their first column', () => {
    const cases: [string, string][] = [
      ['#t Titre', '1:1'], // no space after #
      ['### t Titre', '1:1'],
      ['#  t Titre', '1:1'],
      ['  1.1 indented', '1:1'],
      ['A.1 capital', '1:1'],
      ['1.1/2 slash', '1:1'],
      ['-1 leading hyphen', '1:1'],
      [' % an indented comment', '1:1']
    ];
    for (const [line, at] of cases) {
      // The malformed line is line 1 and is dropped: the title on line 3 is then the first block.
      const p = parseAlignedFile(FILE, `${line}\n\n# t T\n\n1.1 a`);
      expect(where(p), line).toEqual([at]);
    }
    expect(parse('#t Titre').errors[0]!.message).toMatch(/# id Title/);
  });

  it('reports a malformed heading id at the id, after the ##', () => {
    const p = parse('# t T', '', '## Bad Heading', '', '1.1 a');
    expect(where(p)).toContain('3:4');
  });

  it('passes inline errors on with file columns', () => {
    // '1.1 Voir [Staline]{Stalin}.' : the label 'Stalin' starts at column 20.
    const p = parse('# t T', '', '1.1 Voir [Staline]{Stalin}.');
    expect(where(p)).toEqual(['3:20']);
    expect(p.errors[0]!.file).toBe(FILE);
    // With a tab and spaces before the text, an unclosed [ at text index 0.
    expect(where(parse('# t T', '', '1.1 \t [oops'))).toEqual(['3:7']);
    // In a title: '# t [x' has its '[' at column 5.
    expect(where(parse('# t [x', '', '1.1 a'))).toEqual(['1:5']);
  });

  it('does not report an inline problem twice as an empty segment', () => {
    const p = parse('# t T', '', '1.1 []{x}');
    expect(where(p)).toEqual(['3:5']);
  });

  it('keeps a Unicode line separator inside a segment as text, or points at it', () => {
    // Only LF ends a line of the format; U+2028 (pasted from a PDF or a word processor) is a
    // character of the text. Reporting the well-formed '1.1 foo…' as "expected '<id> <text>'" at
    // column 1 sends the author looking for a problem that is not there.
    for (const separator of ['\u2028', '\u2029']) {
      const p = parse('# t T', '', `1.1 foo${separator}bar`);
      if (p.errors.length === 0)
        expect(plainText(p.blocks[1]!.segments[0]!.runs)).toBe(`foo${separator}bar`);
      else expect(where(p)).toEqual(['3:8']);
    }
  });

  it('collects every problem of a file, each with its own line', () => {
    const p = parse('1.1 a', '1.1 b', '## Bad x', '# t T\\');
    const lines = p.errors.map((e) => e.line);
    for (const line of [1, 2, 3, 4]) expect(lines).toContain(line);
    for (const e of p.errors) expect(e.file).toBe(FILE);
  });
});

// ---------------------------------------------------------------- property: whole files round trip

type Seg = { id: string; runs: InlineRun[]; glue: boolean };
type Doc = { title: Seg; chapters: { heading?: Seg; paragraphs: Seg[][] }[] };

/** Text for one line: no line breaks of any kind, plenty of markup characters. */
const lineText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('[', ']', '{', '}', '\\', ' ', '%', '#', 't', ':') },
    { weight: 4, arbitrary: fc.constantFrom(...'abcdéèçœ'.split('')) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
        // Invisible and control characters are refused (forbiddenCharacters): not well-formed.
        .filter((c) => !/[\n\r\u2028\u2029]/.test(c) && !FORBIDDEN_CHARACTER.test(c))
    }
  ),
  minLength: 1,
  maxLength: 10
});
const idArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { minLength: 1, maxLength: 2 })
  .map((p) => p.join('-'));
const textRun = lineText.map((text): InlineRun => ({ kind: 'text', text }));
const visible = (runs: InlineRun[]) => plainText(runs).trim() !== '';
const termRun = fc
  .tuple(idArb, textRun)
  .filter(([, t]) => visible([t]))
  .map(([term, t]): InlineRun => ({
    kind: 'term',
    term,
    children: [t as never],
    line: 0,
    column: 0
  }));
const mentionRun = fc
  .tuple(idArb, fc.array(fc.oneof(textRun, termRun), { minLength: 1, maxLength: 3 }))
  .filter(([, c]) => visible(c))
  .map(([entity, children]): InlineRun => ({
    kind: 'mention',
    entity,
    children: children as never,
    line: 0,
    column: 0
  }));
/** A segment's runs: visible text, and markup that neither starts nor ends with a space or tab. */
const segmentRuns = fc
  .array(fc.oneof({ weight: 2, arbitrary: textRun }, termRun, mentionRun), {
    minLength: 1,
    maxLength: 4
  })
  .filter((runs) => visible(runs) && !/^[ \t]|[ \t]$/.test(toMarkup(runs)));

const docArb: fc.Arbitrary<Doc> = fc
  .record({
    runs: fc.array(segmentRuns, { minLength: 1, maxLength: 40 }),
    glue: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    shape: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 40, maxLength: 40 }),
    chaptered: fc.boolean()
  })
  .filter(({ runs, chaptered }) => runs.length >= (chaptered ? 3 : 2))
  .map(({ runs, glue, shape, chaptered }) => {
    // Ids are unique: the segment's index, with some style.
    const seg = (i: number): Seg => ({
      id: `s${i}.${i % 3 === 0 ? 'a' : '1'}`,
      runs: runs[i]!,
      glue: false
    });
    const doc: Doc = { title: seg(0), chapters: [] };
    let i = 1;
    if (!chaptered) doc.chapters.push({ paragraphs: [] });
    while (i < runs.length) {
      // shape 0 opens a chapter (when chaptered and the current one has a paragraph), 1 a new paragraph.
      let chapter = doc.chapters[doc.chapters.length - 1];
      const canOpenChapter =
        chaptered && (!chapter || chapter.paragraphs.length > 0) && i < runs.length - 1;
      if (chaptered && (!chapter || (shape[i] === 0 && canOpenChapter))) {
        doc.chapters.push({ heading: seg(i), paragraphs: [] });
        i += 1;
        continue;
      }
      chapter = chapter!;
      const last = chapter.paragraphs[chapter.paragraphs.length - 1];
      if (!last || shape[i] === 1) chapter.paragraphs.push([seg(i)]);
      else last.push(seg(i));
      i += 1;
    }
    for (const chapter of doc.chapters)
      for (const p of chapter.paragraphs)
        p.forEach(
          (s, k) => (s.glue = k < p.length - 1 && glue[Number(s.id.slice(1).split('.')[0])]!)
        );
    return doc;
  })
  .filter((doc) => doc.chapters.every((c) => c.paragraphs.length > 0));

/** Writes a document out, with optional decorations (comments, extra blank lines, trailing spaces). */
function writeDoc(doc: Doc, decorate: number[]): { text: string; lines: Map<string, number> } {
  const out: string[] = [];
  const lines = new Map<string, number>();
  let d = 0;
  const noise = () => decorate[d++ % decorate.length]!;
  const push = (s: Seg, prefix: string, glue: boolean) => {
    const n = noise();
    const sep = n === 1 ? '\t' : n === 2 ? '   ' : ' ';
    const trail = n === 3 ? ' \t ' : '';
    const backslash = glue ? (n === 2 ? ' \\' : '\\') : '';
    lines.set(s.id, out.length + 1);
    out.push(`${prefix}${s.id}${sep}${toMarkup(s.runs)}${backslash}${trail}`);
  };
  const gap = () => {
    out.push('');
    if (noise() === 2) out.push('% a comment between blocks');
    if (noise() === 3) out.push('   ');
  };
  if (noise() === 1) out.push('% a comment before the title');
  push(doc.title, '# ', false);
  for (const chapter of doc.chapters) {
    if (chapter.heading) {
      gap();
      push(chapter.heading, '## ', false);
    }
    for (const paragraph of chapter.paragraphs) {
      gap();
      paragraph.forEach((s) => {
        if (noise() === 0 && decorate.length > 3) out.push('% a comment inside a paragraph');
        push(s, '', s.glue);
      });
    }
  }
  return { text: out.join('\n') + (noise() === 1 ? '\n' : ''), lines };
}

function stripPositions(runs: readonly InlineRun[]): unknown {
  return runs.map((r) =>
    r.kind === 'text'
      ? { text: r.text }
      : { id: r.kind === 'term' ? `t:${r.term}` : r.entity, children: stripPositions(r.children) }
  );
}

/** The same tree with adjacent texts merged, as the parser returns it. */
function canonical(runs: readonly InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const r of runs) {
    if (r.kind === 'text') {
      const last = out[out.length - 1];
      if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + r.text };
      else if (r.text !== '') out.push(r);
    } else out.push({ ...r, children: canonical(r.children) as never });
  }
  return out;
}

describe('readHead', () => {
  const head = (line: string) => readHead(`x\n${line}\ny`, 2, 2 + line.length);

  it('reads the marker, the id and where the text starts', () => {
    expect(head('c1.p2_s-3 Texte')).toEqual({ marker: 0, id: 'c1.p2_s-3', textStart: 10 });
    expect(head('# title \t Titre')).toEqual({ marker: 2, id: 'title', textStart: 10 });
    expect(head('## c2 Chapitre')).toEqual({ marker: 3, id: 'c2', textStart: 6 });
    expect(head('s1')).toEqual({ marker: 0, id: 's1', textStart: 2 });
  });

  it('leaves every other line to the full pattern', () => {
    for (const line of [
      '#',
      '# ',
      '#x a',
      '### a b',
      '#  a b',
      'A1 b',
      '.a b',
      'a\u00a0b',
      'a:b c',
      '-a'
    ])
      expect(head(line)).toBeUndefined();
  });

  it('agrees with the full pattern wherever it answers', () => {
    const SEGMENT_LINE = /^(#{1,2} )?(\S+)(?:[ \t]+(.*))?$/s;
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('#', ' ', '\t', 'a', '1', '.', '_', '-', 'B', '\u00a0', '[')
        }),
        (raw) => {
          const line = raw.replace(/[ \t]+$/, '');
          const result = head(line);
          if (!result) return;
          const match = SEGMENT_LINE.exec(line)!;
          expect(SEGMENT_ID.test(match[2]!)).toBe(true);
          expect(result).toEqual({
            marker: match[1]?.length ?? 0,
            id: match[2],
            textStart: line.length - (match[3]?.length ?? 0)
          });
        }
      ),
      { numRuns: 2000 }
    );
  });
});

describe('parseAlignedFile: property', () => {
  it('parses any well-formed file back to its blocks, segments, glue, runs and lines, with no errors', () => {
    fc.assert(
      fc.property(
        docArb,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 8 }),
        (doc, decorate) => {
          const { text, lines } = writeDoc(doc, decorate);
          const parsed = parseAlignedFile(FILE, text);
          expect(parsed.errors).toEqual([]);
          const expected: { kind: string; segments: unknown[] }[] = [];
          const describeSeg = (s: Seg) => ({
            id: s.id,
            glue: s.glue,
            line: lines.get(s.id),
            runs: stripPositions(canonical(s.runs))
          });
          expected.push({ kind: 'title', segments: [describeSeg(doc.title)] });
          for (const c of doc.chapters) {
            if (c.heading) expected.push({ kind: 'heading', segments: [describeSeg(c.heading)] });
            for (const p of c.paragraphs)
              expected.push({ kind: 'paragraph', segments: p.map(describeSeg) });
          }
          const actual = parsed.blocks.map((b) => ({
            kind: b.kind,
            segments: b.segments.map((s) => ({
              id: s.id,
              glue: s.glue,
              line: s.line,
              runs: stripPositions(s.runs)
            }))
          }));
          expect(actual).toEqual(expected);
        }
      ),
      { numRuns: 1000 }
    );
  });

  it('never throws on arbitrary text, and locates every error on an existing line', () => {
    const lineArb = fc.oneof(
      fc.constantFrom('', '% c', '# t T', '## h H', '1.1 a', '1.1 a\\', '#', '##', '\\', '   '),
      fc.string({ maxLength: 20 }),
      fc
        .tuple(fc.constantFrom('', '# ', '## '), idArb, fc.string({ maxLength: 10 }))
        .map(([m, id, t]) => `${m}${id} ${t}`)
    );
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const parsed = parseAlignedFile(FILE, text);
        const count = text.split('\n').length;
        for (const e of parsed.errors) {
          expect(e.file).toBe(FILE);
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.line).toBeLessThanOrEqual(count);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeLessThanOrEqual(Math.max(1, text.split('\n')[e.line - 1]!.length));
          expect(e.message.trim()).not.toBe('');
        }
        if (parsed.errors.length === 0) {
          expect(parsed.blocks[0]?.kind).toBe('title');
          const ids = parsed.blocks.flatMap((b) => b.segments.map((s) => s.id));
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 1000 }
    );
  });
});
