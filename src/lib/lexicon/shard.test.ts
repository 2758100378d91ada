import { describe, expect, it } from 'vitest';
import { decodeAnalyses, decodeLemma, encodeAnalyses, encodeLemma } from './codec.ts';
import { createLexicon } from './lookup.ts';
import { OTHER_SHARD, shardFor, shardLetters } from './normalize.ts';
import { partition } from './build/shards.ts';
import type { FormAnalysis } from './types.ts';

const header = { v: 1, source: 'test', licence: 'test', notice: '/n' };
const index = {
  v: 1,
  forms: { prefixes: ['a', 'm'], source: '', licence: '', notice: '' },
  senses: { prefixes: ['a'], source: '', licence: '', notice: '' },
  words: { source: '', licence: '', notice: '' }
};
const good: Record<string, unknown> = {
  '/lexicon/index.json': index,
  '/lexicon/words.json': { ...header, kind: 'senses', entries: {} },
  '/lexicon/forms/m.json': { ...header, kind: 'forms', forms: { maisons: '1|n|fp' } },
  '/lexicon/senses/a.json': {
    ...header,
    kind: 'senses',
    entries: { maison: [{ pos: 'noun', gender: 'f', senses: [{ tr: ['house'] }] }] }
  }
};

/** A site whose files are `good` with some replaced; `throw` stands for a failed or truncated fetch. */
function site(overrides: Record<string, unknown>) {
  const files = { ...good, ...overrides };
  return createLexicon(async (path) => {
    const v = files[path];
    if (v === 'throw') throw new SyntaxError('Unexpected end of JSON input');
    if (v === undefined) throw new Error('404');
    return typeof v === 'string' ? JSON.parse(v) : structuredClone(v);
  });
}

describe('shard lookup', () => {
  it('finds a form and its senses through the shards', async () => {
    const r = await site({}).lookup('Maisons');
    expect(r.status).toBe('found');
    expect(r.candidates[0]).toMatchObject({ lemma: 'maison', pos: 'noun', gender: 'f' });
    expect(r.candidates[0]?.analyses).toEqual([{ gender: 'f', number: 'plural' }]);
  });

  it.each([
    ['a truncated forms shard', { '/lexicon/forms/m.json': 'throw' }],
    [
      'a forms shard that is not JSON',
      { '/lexicon/forms/m.json': '{"v":1,"kind":"forms","forms":{"mais' }
    ],
    [
      'a forms shard of another version',
      { '/lexicon/forms/m.json': { ...(good['/lexicon/forms/m.json'] as object), v: 2 } }
    ],
    ['a forms shard that is a list', { '/lexicon/forms/m.json': [] }],
    ['a forms shard of null', { '/lexicon/forms/m.json': null }],
    ['a missing index', { '/lexicon/index.json': undefined }],
    [
      'an index with a bad shard name',
      { '/lexicon/index.json': { ...index, forms: { ...index.forms, prefixes: ['../x'] } } }
    ],
    ['a truncated senses shard', { '/lexicon/senses/a.json': 'throw' }],
    [
      'a senses shard of the wrong kind',
      { '/lexicon/senses/a.json': { ...header, kind: 'forms', forms: {} } }
    ]
  ])('says "unavailable" for %s, never throws', async (_, overrides) => {
    const r = await site(overrides).lookup('maisons');
    expect(r.status).toBe('unavailable');
  });

  it('skips malformed analyses and senses inside a well-formed shard', async () => {
    const r = await site({
      '/lexicon/forms/m.json': {
        ...header,
        kind: 'forms',
        forms: { maisons: '1|n|fp;9999|n|x;=|v|;1|?|x;a|b|c|d' }
      },
      '/lexicon/senses/a.json': {
        ...header,
        kind: 'senses',
        entries: {
          maison: [{ senses: [{ tr: [3] }, { tr: ['house'] }, null] }, 'junk', { pos: 'noun' }]
        }
      }
    }).lookup('maisons');
    expect(r.status).toBe('found');
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0]?.senses.map((s) => s.translations)).toEqual([['house']]);
  });

  it('fetches again after a network failure, and each file once otherwise', async () => {
    const calls: string[] = [];
    let fail = true;
    const lx = createLexicon(async (path) => {
      calls.push(path);
      if (path.includes('/forms/') && fail) throw new TypeError('Failed to fetch');
      return structuredClone(good[path]);
    });
    expect((await lx.lookup('maisons')).status).toBe('unavailable');
    fail = false;
    expect((await lx.lookup('maisons')).status).toBe('found');
    await lx.lookup('maisons');
    expect(calls.filter((p) => p.includes('/forms/'))).toHaveLength(2);
    expect(calls.filter((p) => p.endsWith('index.json'))).toHaveLength(1);
  });
});

describe('codec', () => {
  it('round-trips analyses, lemmas sharing no letter with their form included', () => {
    const cases: [string, FormAnalysis[]][] = [
      [
        'abaissées',
        [
          ['abaisser', 'verb', 'Kfp'],
          ['abaissé', 'adjective', 'fp']
        ]
      ],
      ['yeux', [['oeil', 'noun', 'mp']]],
      ['4x4', [['4x4', 'noun', 'm']]],
      [
        "l'",
        [
          ['le', 'determiner', 's'],
          ['la', 'pronoun', '3fs']
        ]
      ]
    ];
    for (const [form, analyses] of cases) {
      expect(decodeAnalyses(form, encodeAnalyses(form, analyses))).toEqual(analyses);
    }
    expect(encodeLemma('abaissées', 'abaisser')).toBe('3er');
    expect(decodeLemma('x', '5y')).toBeUndefined();
    expect(decodeAnalyses('x', 42)).toEqual([]);
  });
});

describe('shards', () => {
  it('files every key where shardFor looks for it', () => {
    const keys = [
      'abaisser',
      'à',
      'côte',
      'cote',
      'Élève',
      'zèbre',
      '1917',
      'œil',
      'oeil',
      'maison',
      'mais'
    ];
    const shards = partition(
      keys,
      (k) => k.length * 10,
      (k) => k.length,
      25,
      1
    );
    expect(shards.size).toBeGreaterThan(2);
    expect(shards.get(OTHER_SHARD)).toEqual(['1917']);
    const boundaries = [...shards.keys()].filter((k) => k !== OTHER_SHARD);
    for (const [name, list] of shards)
      for (const k of list) expect(shardFor(k, boundaries)).toBe(name);
    // Forms with the same letters share a shard.
    expect(shardFor('côte', boundaries)).toBe(shardFor('cote', boundaries));
    expect(shardLetters('L’Œil-de-bœuf')).toBe('loeildeboeuf');
  });
});
