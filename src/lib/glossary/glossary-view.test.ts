import { describe, expect, it } from 'vitest';
import { buildCorpus } from '$lib/corpus/index.ts';
import { excerpt, glossaryRows, otherNames, scriptLang } from './glossary-view.ts';

const encoder = new TextEncoder();

function file(lines: string[]): Uint8Array {
  return encoder.encode(lines.join('\n'));
}

const TEXT_YAML = [
  'title:',
  '  fr: Un texte',
  '  en: A text',
  'author: Test',
  'translator: Test',
  'source:',
  '  title: Test',
  'license:',
  '  name: MIT',
  'level: B1'
];

/** Two entries; `a` is named in two French sentences (twice in the first) and one English one. */
function corpus() {
  const { corpus, errors } = buildCorpus(
    new Map([
      [
        'glossary/a.yaml',
        file([
          'id: a',
          'type: person',
          'name: { fr: Joseph Staline, en: Joseph Stalin, orig: Иосиф Сталин }',
          'aliases:',
          '  fr: [Staline, Joseph Staline, Koba]',
          '  en: [Stalin, STALIN]',
          '  orig: [Сталин]',
          'summary:',
          '  fr: Dirigeant soviétique. Il meurt en 1953.',
          '  en: Soviet leader. He died in 1953.',
          'source: { title: Test }'
        ])
      ],
      [
        'glossary/b.yaml',
        file([
          'id: b',
          'type: post',
          'name: { fr: Poste, en: Post }',
          'summary:',
          '  fr: Un poste. Il existe.',
          '  en: A post. It exists.',
          'source: { title: Test }'
        ])
      ],
      ['t/text.yaml', file(TEXT_YAML)],
      [
        't/fr.txt',
        file(['# title Un texte', '', '1.1 [Staline]{a} et [Koba]{a}.', '1.2 [Staline]{a} part.'])
      ],
      ['t/en.txt', file(['# title A text', '', '1.1 [Stalin]{a} and Koba.', '1.2 He leaves.'])]
    ])
  );
  expect(errors).toEqual([]);
  return corpus!;
}

describe('the glossary list view', () => {
  it('quotes a summary’s first sentence, cut at a word boundary when it is long', () => {
    expect(excerpt('Un poste. Il existe.', 'fr')).toBe('Un poste.');
    const long = `${'mot '.repeat(40)}fin. Suite.`;
    const cut = excerpt(long, 'fr');
    expect(cut.endsWith('mot…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(121);
  });

  it('tags a name in another script with its language', () => {
    expect(scriptLang('Иосиф Сталин')).toBe('ru');
    expect(scriptLang('იოსებ სტალინი')).toBe('ka');
    expect(scriptLang('Joseph Stalin')).toBeUndefined();
  });

  it('lists the other names once each, without the three the list shows', () => {
    const entry = corpus().entries.get('a')!;
    expect(otherNames(entry).map((n) => [n.text, n.lang])).toEqual([
      ['Staline', 'fr'],
      ['Koba', 'fr'],
      ['Stalin', 'en'],
      ['Сталин', 'ru']
    ]);
  });

  it('counts an entry’s French mentions and keys every name for the search box', () => {
    const rows = glossaryRows(corpus(), 'en');
    const a = rows.find((r) => r.id === 'a')!;
    expect(a.mentions).toBe(3);
    expect(a.origLang).toBe('ru');
    expect(a.excerpt).toBe('Soviet leader.');
    expect(a.key).toContain('koba');
    expect(rows.find((r) => r.id === 'b')!.mentions).toBe(0);
    expect(glossaryRows(corpus(), 'fr').find((r) => r.id === 'a')!.excerpt).toBe(
      'Dirigeant soviétique.'
    );
  });
});
