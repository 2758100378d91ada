import { beforeAll, describe, expect, it } from 'vitest';
import { filesFetcher, loadLexiconFiles, type LexiconFiles } from './build/lexicon-files.ts';
import { createLexicon, formShardPath, type Lexicon } from './lookup.ts';

// The lemmatizer wrapper on the real data (the Lefff and the FreeDict, converted as the build
// does; read from the conversion cache after the first run).
let files: LexiconFiles;
let lexicon: Lexicon;
beforeAll(() => {
  files = loadLexiconFiles();
  lexicon = createLexicon(filesFetcher(files));
}, 120_000);

const best = async (word: string, previous?: string) => {
  const r = await lexicon.lookup(word, previous ? { previous } : {});
  return r.candidates[0];
};

describe('elisions', () => {
  it("reads l' as the article or the pronoun le/la, with either apostrophe", async () => {
    for (const word of ["l'", 'L’']) {
      const r = await lexicon.lookup(word);
      expect(r.status).toBe('found');
      expect(r.candidates[0]).toMatchObject({ lemma: 'le', pos: 'determiner' });
      expect(r.candidates.map((c) => `${c.lemma}/${c.pos}`)).toContain('la/pronoun');
    }
  });
  it("reads qu' as que, s' as se, d' as de, j' as je, n' as ne", async () => {
    expect(await best("qu'")).toMatchObject({ lemma: 'que', pos: 'conjunction' });
    expect(await best('s’')).toMatchObject({ lemma: 'se', pos: 'pronoun' });
    expect(await best("d'")).toMatchObject({ lemma: 'de', pos: 'preposition' });
    expect(await best("j'")).toMatchObject({ lemma: 'je', pos: 'pronoun' });
    expect(await best("n'")).toMatchObject({ lemma: 'ne' });
    for (const w of ["qu'", "s'", "d'", "n'"])
      expect((await lexicon.lookup(w)).status).toBe('found');
  });
  it("looks up a word handed over with its elision (l'homme) as the word, with both parts", async () => {
    const r = await lexicon.lookup('l’homme');
    expect(r.candidates[0]).toMatchObject({ lemma: 'homme', pos: 'noun', gender: 'm' });
    expect(r.parts?.map((p) => p.form)).toEqual(["l'", 'homme']);
  });
});

describe('contractions', () => {
  it('reads du, des, au and aux as à/de with the article, first', async () => {
    expect(await best('du')).toMatchObject({ lemma: 'du', contractionOf: ['de', 'le'] });
    expect(await best('aux')).toMatchObject({ lemma: 'aux', contractionOf: ['à', 'les'] });
    expect(await best('au')).toMatchObject({ contractionOf: ['à', 'le'] });
    const des = await lexicon.lookup('des');
    expect(des.candidates[0]?.contractionOf).toEqual(['de', 'les']);
    // The indefinite article reading is there too.
    expect(des.candidates.map((c) => c.lemma)).toContain('un');
    for (const w of ['du', 'aux', 'au', 'des']) {
      expect((await lexicon.lookup(w)).candidates[0]?.senses.length).toBeGreaterThan(0);
    }
  });
});

describe('verb forms', () => {
  it('takes inflected verbs to their infinitive, the common verb first', async () => {
    const etaient = await lexicon.lookup('étaient');
    expect(etaient.candidates[0]).toMatchObject({ lemma: 'être', pos: 'verb' });
    expect(etaient.candidates[0]?.analyses).toContainEqual({
      person: 3,
      number: 'plural',
      verbForms: ['indicative imperfect']
    });
    expect(etaient.candidates.map((c) => c.lemma)).toContain('étayer');
    expect(await best('suis', 'je')).toMatchObject({ lemma: 'être' });
    expect(await best('a', 'il')).toMatchObject({ lemma: 'avoir', pos: 'verb' });
    expect(await best('nommé')).toMatchObject({ lemma: 'nommer' });
    expect(await best('devint')).toMatchObject({ lemma: 'devenir' });
  });
  it('ranks a verb after a subject pronoun and a noun after a determiner', async () => {
    expect(await best('porte', 'il')).toMatchObject({ lemma: 'porter', pos: 'verb' });
    expect(await best('porte', 'la')).toMatchObject({ lemma: 'porte', pos: 'noun', gender: 'f' });
  });
});

describe('feminines and plurals', () => {
  it('takes them to the masculine singular', async () => {
    expect(await best('belles')).toMatchObject({ lemma: 'beau' });
    expect(await best('grandes', 'les')).toMatchObject({ lemma: 'grand' });
    // The Lefff spells it without the ligature.
    expect(await best('yeux')).toMatchObject({ lemma: 'oeil', pos: 'noun' });
    const actrices = await lexicon.lookup('actrices');
    expect(actrices.candidates[0]).toMatchObject({ lemma: 'acteur', pos: 'noun' });
    expect(actrices.candidates[0]?.analyses).toContainEqual({ gender: 'f', number: 'plural' });
  });
  it('gives senses from the FreeDict with their source, and the project list where it lacks', async () => {
    const maison = await lexicon.lookup('maisons');
    expect(maison.candidates[0]?.senses[0]).toMatchObject({
      source: 'freedict',
      translations: ['house'],
      gender: 'f'
    });
    const sov = await lexicon.lookup('soviétiques');
    expect(sov.status).toBe('found');
    expect(sov.candidates[0]?.senses[0]?.source).toBe('project');
  });
});

describe('other words', () => {
  it('knows hyphenated words whole, and falls back to their parts', async () => {
    expect((await lexicon.lookup('peut-être')).candidates[0]).toMatchObject({ lemma: 'peut-être' });
    const ail = await lexicon.lookup('a-t-il');
    expect(ail.parts?.map((p) => p.form)).toEqual(['a', 'il']);
    expect(ail.status).toBe('found');
  });
  it("says 'unknown' for a word nobody knows, and 'no-sense' for a lemma without senses", async () => {
    expect((await lexicon.lookup('zrblx')).status).toBe('unknown');
    expect((await lexicon.lookup('')).status).toBe('unknown');
    const r = await lexicon.lookup('chronophotographies');
    expect(r.status).toBe('no-sense');
    expect(r.candidates[0]?.lemma).toBe('chronophotographie');
  });
  it('names the files a lookup needs', async () => {
    const paths = await lexicon.pathsFor('Étaient');
    expect(paths.slice(0, 2)).toEqual(['/lexicon/index.json', '/lexicon/words.json']);
    expect(paths[2]).toBe(formShardPath('étaient', files.index));
    expect(paths[2]).toMatch(/^\/lexicon\/forms\/[a-z]+\.json$/);
  });
  it('answers within a millisecond or two once its shards are loaded', async () => {
    await lexicon.lookup('étaient');
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) await lexicon.lookup('étaient', { previous: 'ils' });
    expect((performance.now() - t0) / 100).toBeLessThan(5);
  });
});

describe('the shards as built', () => {
  it('are each at most 30 KB compressed', () => {
    expect(files.stats.largestFormShardGzip).toBeLessThanOrEqual(30 * 1024);
    expect(files.stats.largestSenseShardGzip).toBeLessThanOrEqual(30 * 1024);
    expect(files.index.forms.licence).toBe('LGPL-LR');
    expect(files.index.senses.licence).toBe('GPL-2.0-or-later');
    expect(files.notices.senses).toContain('GNU GENERAL PUBLIC LICENSE');
    expect(files.notices.forms).toContain('Lesser General Public License For Linguistic Resources');
  });
});
