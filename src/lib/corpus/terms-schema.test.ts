import { describe, expect, it } from 'vitest';
import { termsFileSchema } from './schema.ts';
import { parseYaml } from './yaml-source.ts';

const FILE = 'texts/demo/terms.yaml';

/** The errors of a terms.yaml source as `line:column message`. */
function problems(text: string): string[] {
  const result = parseYaml(FILE, text, termsFileSchema);
  if (result.ok) return [];
  for (const e of result.errors) expect(e.file).toBe(FILE);
  return result.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
}

const lines = (...ls: string[]) => ls.join('\n') + '\n';

const OFFICIEUX = lines(
  'officieux:', // 1
  '  lemma: officieux', // 2
  '  pos: adjective', // 3
  '  gloss: unofficial' // 4
);

describe('terms.yaml: gender', () => {
  it('accepts a noun with its gender and a non-noun without one', () => {
    const text =
      OFFICIEUX +
      lines(
        'poste:', // 5
        '  lemma: poste', // 6
        '  pos: noun', // 7
        '  gender: m', // 8
        '  gloss: post, position' // 9
      );
    const result = parseYaml(FILE, text, termsFileSchema);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value['poste']).toMatchObject({ pos: 'noun', gender: 'm' });
      expect(result.value['officieux']?.gender).toBeUndefined();
    }
  });

  it('reports a noun without gender, located at the term', () => {
    const text =
      OFFICIEUX +
      lines(
        'montee:', // 5
        '  lemma: montée', // 6
        '  pos: noun', // 7
        '  gloss: rise' // 8
      );
    expect(problems(text)).toEqual([
      "6:3 montee.gender: a noun needs its gender: add 'gender: m' or 'gender: f'"
    ]);
  });

  it('reports a gender on a term that is not a noun, located at the gender', () => {
    const text =
      OFFICIEUX +
      lines(
        'destituer:', // 5
        '  lemma: destituer', // 6
        '  pos: verb', // 7
        '  gender: m', // 8
        '  gloss: to remove (from office)' // 9
      );
    expect(problems(text)).toEqual([
      "8:11 destituer.gender: only nouns have a gender, and this term's pos is verb: remove 'gender'"
    ]);
  });

  it('reports each term on its own', () => {
    const text = lines(
      'etape:', // 1
      '  lemma: étape', // 2
      '  pos: noun', // 3
      '  gloss: step', // 4
      'habile:', // 5
      '  lemma: habile', // 6
      '  pos: adjective', // 7
      '  gender: f', // 8
      '  gloss: skillful' // 9
    );
    expect(problems(text).map((p) => p.split(' ')[0])).toEqual(['2:3', '8:11']);
  });

  it('still reports an unknown part of speech at its value', () => {
    const text = OFFICIEUX.replace('pos: adjective', 'pos: adj');
    expect(problems(text).map((p) => p.split(' ')[0])).toEqual(['3:8']);
  });
});
