import { describe, expect, it } from 'vitest';
import { alignSides } from './align.ts';
import { parseAlignedFile } from './aligned-file.ts';
import { plainText } from './inline.ts';
import { segmentsOf } from './model.ts';

const FR = 'texts/demo/fr.txt';
const EN = 'texts/demo/en.txt';

function align(fr: string[], en: string[]) {
  const frParsed = parseAlignedFile(FR, fr.join('\n'));
  const enParsed = parseAlignedFile(EN, en.join('\n'));
  // The fixtures themselves must be well formed: alignment is what is under test.
  expect(frParsed.errors).toEqual([]);
  expect(enParsed.errors).toEqual([]);
  return alignSides({ file: FR, parsed: frParsed }, { file: EN, parsed: enParsed });
}
const where = (errors: { file: string; line: number; column: number }[]) =>
  errors.map((e) => `${e.file}:${e.line}:${e.column}`);

const fr = [
  '# title Le titre', // 1
  '', // 2
  '## c1 Début', // 3
  '', // 4
  '1.1 Un [deux]{two}.', // 5
  '1.2 Trois\\', // 6
  '1.3 quatre.', // 7
  '', // 8
  '1.4 Cinq.', // 9
  '', // 10
  '## c2 Fin', // 11
  '', // 12
  '2.1 Six.' // 13
];
const en = [
  '% The English side, with a comment that shifts its lines.', // 1
  '# title The title', // 2
  '', // 3
  '## c1 Beginning', // 4
  '', // 5
  '1.1 One [two]{two}.', // 6
  '1.2 Three', // 7
  '1.3 four.', // 8
  '', // 9
  '1.4 Five.', // 10
  '', // 11
  '## c2 End', // 12
  '', // 13
  '2.1 Six.' // 14
];

describe('alignSides: matching files', () => {
  const { alignment, errors } = align(fr, en);

  it('has no errors', () => {
    expect(errors).toEqual([]);
    expect(alignment).toBeDefined();
  });

  it('pairs the title', () => {
    expect(alignment!.title.id).toBe('title');
    expect(plainText(alignment!.title.fr.runs)).toBe('Le titre');
    expect(plainText(alignment!.title.en.runs)).toBe('The title');
    expect([alignment!.title.fr.line, alignment!.title.en.line]).toEqual([1, 2]);
  });

  it('models chapters with their heading and paragraphs', () => {
    const chapters = alignment!.chapters.map((c) => ({
      id: c.id,
      index: c.index,
      heading: c.heading && [plainText(c.heading.fr.runs), plainText(c.heading.en.runs)],
      paragraphs: c.paragraphs.map((p) => p.map((s) => s.id))
    }));
    expect(chapters).toEqual([
      {
        id: 'c1',
        index: 0,
        heading: ['Début', 'Beginning'],
        paragraphs: [['1.1', '1.2', '1.3'], ['1.4']]
      },
      { id: 'c2', index: 1, heading: ['Fin', 'End'], paragraphs: [['2.1']] }
    ]);
  });

  it('keeps each side its own runs, glue and line', () => {
    const segments = alignment!.chapters.flatMap(segmentsOf);
    const s12 = segments.find((s) => s.id === '1.2')!;
    expect(s12.fr).toMatchObject({ glue: true, line: 6 });
    expect(s12.en).toMatchObject({ glue: false, line: 7 });
    const s11 = segments.find((s) => s.id === '1.1')!;
    expect(plainText(s11.fr.runs)).toBe('Un deux.');
    expect(plainText(s11.en.runs)).toBe('One two.');
    expect(s11.en.runs[1]).toMatchObject({ kind: 'mention', entity: 'two', line: 6, column: 9 });
  });

  it('puts the paragraphs of a text without headings in one untitled chapter', () => {
    const result = align(
      ['# t T', '', '1 a', '2 b', '', '3 c'],
      ['# t T', '1 a', '2 b', '', '', '3 c']
    );
    expect(result.errors).toEqual([]);
    expect(result.alignment!.chapters).toHaveLength(1);
    const [chapter] = result.alignment!.chapters;
    expect(chapter!.id).toBe('');
    expect(chapter!.index).toBe(0);
    expect(chapter!.heading).toBeUndefined();
    expect(chapter!.paragraphs.map((p) => p.map((s) => s.id))).toEqual([['1', '2'], ['3']]);
  });
});

describe('alignSides: errors at the line of the segment at fault', () => {
  it('reports a French segment with no English partner at its French line', () => {
    const { alignment, errors } = align(
      fr,
      en.map((l) => (l.startsWith('1.4') ? '% gone' : l))
    );
    expect(alignment).toBeUndefined();
    expect(where(errors)).toEqual([`${FR}:9:1`]);
    expect(errors[0]!.message).toContain("'1.4'");
  });

  it('reports an English segment with no French partner at its English line', () => {
    const { errors } = align(
      fr.map((l) => (l.startsWith('1.4') ? '% gone' : l)),
      en
    );
    expect(where(errors)).toEqual([`${EN}:10:1`]);
    expect(errors[0]!.message).toContain("'1.4'");
  });

  it('reports every missing partner on both sides', () => {
    const { errors } = align(
      fr.map((l) => (l.startsWith('2.1') ? '2.2 Sept.' : l)),
      en.map((l) => (l.startsWith('1.4') ? '1.5 Five.' : l))
    );
    expect(where(errors).sort()).toEqual(
      [`${EN}:10:1`, `${EN}:14:1`, `${FR}:13:1`, `${FR}:9:1`].sort()
    );
  });

  it('reports segments out of order at the English line', () => {
    const swapped = [...en];
    [swapped[5], swapped[6]] = ['1.2 Three', '1.1 One [two]{two}.'];
    const { alignment, errors } = align(fr, swapped);
    expect(alignment).toBeUndefined();
    expect(where(errors)).toEqual([`${EN}:6:1`]);
    expect(errors[0]!.message).toContain("'1.2'");
    expect(errors[0]!.message).toContain("'1.1'");
  });

  it('reports a missing paragraph break at the segment that should start a paragraph', () => {
    const joined = [...en];
    joined[8] = '% no blank line here';
    const { alignment, errors } = align(fr, joined);
    expect(alignment).toBeUndefined();
    expect(where(errors)).toEqual([`${EN}:10:1`]);
  });

  it('reports an extra paragraph break at the segment after it', () => {
    const split = [...en.slice(0, 7), '', ...en.slice(7)];
    // 1.3 is now on line 9 and starts a paragraph of its own.
    const { errors } = align(fr, split);
    expect(where(errors)).toEqual([`${EN}:9:1`]);
  });

  it('reports a heading on one side that is a paragraph on the other', () => {
    const noHeading = en.map((l) => (l === '## c2 End' ? 'c2 End' : l));
    const { errors } = align(fr, noHeading);
    expect(where(errors)).toEqual([`${EN}:12:1`]);
    expect(errors[0]!.message).toMatch(/heading/);
  });
});
