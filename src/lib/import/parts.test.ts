import { describe, expect, it } from 'vitest';
import { alignSentences } from './align.ts';
import { mentionIndex, suggestMentions } from './mentions.ts';
import { splitSentences } from './split.ts';

const texts = (p: string, lang: 'fr' | 'en' = 'fr') => splitSentences(p, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence at titles, initials, etc. before lowercase, or inside numbers', () => {
    expect(
      texts(
        'M. Dupont et Mme Curie voient le Dr. House. Vladimir I. Lénine et J. Staline arrivent.'
      )
    ).toEqual([
      'M. Dupont et Mme Curie voient le Dr. House.',
      'Vladimir I. Lénine et J. Staline arrivent.'
    ]);
    expect(
      texts('Des livres, des lettres, etc. et des notes. Il lit 3.5 pages en 1988– 89. Fin.')
    ).toEqual([
      'Des livres, des lettres, etc. et des notes.',
      'Il lit 3.5 pages en 1988– 89.',
      'Fin.'
    ]);
  });

  it('keeps closing quotes with their sentence and splits dialogue dashes and ellipses', () => {
    expect(texts('« Non ! » dit-il. « Viens. » Il part. — Tu viens ? — Non… Jamais.')).toEqual([
      '« Non ! » dit-il.',
      '« Viens. »',
      'Il part.',
      '— Tu viens ?',
      '— Non…',
      'Jamais.'
    ]);
    expect(texts('"Go!" he said. "Now." Mr. Smith left.', 'en')).toEqual([
      '"Go!" he said.',
      '"Now."',
      'Mr. Smith left.'
    ]);
  });

  it('gives offsets into the paragraph', () => {
    const p = 'Un.  Deux.';
    for (const s of splitSentences(p, 'fr')) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('alignSentences', () => {
  const s = (length: number, anchors: string[] = []) => ({ length, anchors });

  it('pairs equal lengths one to one, with high confidence', () => {
    const beads = alignSentences([s(50), s(80), s(30)], [s(45), s(72), s(27)], { ratio: 0.9 });
    expect(beads.map((b) => b.kind)).toEqual(['1-1', '1-1', '1-1']);
    for (const b of beads) expect(b.confidence).toBeGreaterThan(0.8);
  });

  it('finds 2-1, 1-2 and 1-0', () => {
    expect(
      alignSentences([s(60), s(40), s(50)], [s(90), s(45)], { ratio: 0.9 }).map((b) => b.kind)
    ).toEqual(['2-1', '1-1']);
    expect(
      alignSentences([s(120), s(50)], [s(55), s(53), s(45)], { ratio: 0.9 }).map((b) => b.kind)
    ).toEqual(['1-2', '1-1']);
    expect(
      alignSentences([s(60), s(70), s(60)], [s(54), s(54)], { ratio: 0.9 }).map((b) => b.kind)
    ).toEqual(['1-1', '1-0', '1-1']);
  });

  it('lets shared anchors decide between equally plausible lengths', () => {
    const fr = [s(50, ['n:1917']), s(50, ['n:1924'])];
    const en = [s(45, ['n:1924'])];
    expect(alignSentences(fr, en, { ratio: 0.9 }).map((b) => b.kind)).toEqual(['1-0', '1-1']);
  });

  it('never pairs across a French block boundary', () => {
    const beads = alignSentences([s(40), s(40)], [s(75)], { ratio: 0.9, frBlocks: [0, 1] });
    expect(beads.some((b) => b.fr.length === 2)).toBe(false);
  });
});

describe('suggestMentions', () => {
  const index = mentionIndex([
    { id: 'ussr', fr: ['URSS', 'Union soviétique'], en: ['USSR'] },
    { id: 'andropov', fr: ['Andropov', 'Iouri Andropov'], en: ['Andropov'] },
    { id: 'cpsu', fr: ['Parti communiste', 'PCUS'], en: ['Communist Party', 'CPSU'] },
    { id: 'bolsheviks', fr: ['Bolcheviks', 'parti bolchevique'], en: ['Bolsheviks'] },
    { id: 'general-secretary', fr: ['secrétaire général'], en: ['General Secretary'] },
    { id: 'koba-a', fr: ['Koba'], en: ['Koba'] },
    { id: 'koba-b', fr: ['Koba'], en: ['Koba'] }
  ]);
  const found = (text: string) =>
    suggestMentions(text, index).map((m) => [m.text, m.entities.join('|')]);

  it('finds names after elisions and contractions, ignoring accents and case', () => {
    expect(
      found("l'URSS, d'Andropov, du Parti communiste, aux bolcheviks, l'union sovietique")
    ).toEqual([
      ['URSS', 'ussr'],
      ['Andropov', 'andropov'],
      ['Parti communiste', 'cpsu'],
      ['bolcheviks', 'bolsheviks'],
      ['union sovietique', 'ussr']
    ]);
  });

  it('never inside a word; longest first; plurals; one mention for a name and its acronym', () => {
    expect(found('Andropovisme, PCUSien')).toEqual([]);
    expect(found('Iouri Andropov et les secrétaires généraux du Parti communiste (PCUS)')).toEqual([
      ['Iouri Andropov', 'andropov'],
      ['secrétaires généraux', 'general-secretary'],
      ['Parti communiste (PCUS)', 'cpsu']
    ]);
  });

  it('flags a name two entries share instead of guessing', () => {
    expect(found('Koba arrive.')).toEqual([['Koba', 'koba-a|koba-b']]);
  });

  it('takes a head noun for the entity last named with it, and for nothing otherwise', () => {
    const context = new Map<string, string>();
    expect(suggestMentions('le parti', index, context)).toEqual([]);
    suggestMentions('le Parti communiste', index, context);
    expect(
      suggestMentions('le parti', index, context).map((m) => [m.text, m.entities[0], m.head])
    ).toEqual([['parti', 'cpsu', true]]);
  });
});
