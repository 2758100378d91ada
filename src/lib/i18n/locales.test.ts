import { beforeAll, describe, expect, it } from 'vitest';
import { loadStrings, translator } from './index.ts';

beforeAll(() =>
  Promise.all(
    ['en', 'fr'].flatMap((lang) =>
      ['common', 'timeline', 'glossary-search'].map((name) =>
        loadStrings(lang as 'en' | 'fr', name)
      )
    )
  )
);

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default'
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

// Plural suffixes differ between languages (French has no _zero in CLDR but i18next allows it).
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI strings', () => {
  it('every English file has a French twin with the same keys, and the reverse', () => {
    const byName = new Map<string, Record<string, unknown>>();
    for (const [path, content] of Object.entries(files)) byName.set(path, content);
    const names = [...byName.keys()].map((p) => p.replace(/\/(en|fr)\//, '/*/'));
    for (const name of new Set(names)) {
      const en = byName.get(name.replace('/*/', '/en/'));
      const fr = byName.get(name.replace('/*/', '/fr/'));
      expect(en, `${name} in English`).toBeDefined();
      expect(fr, `${name} in French`).toBeDefined();
      expect(new Set(keys(fr).map(base))).toEqual(new Set(keys(en).map(base)));
    }
  });

  it('reads common strings at the top level and feature strings under their file name', () => {
    expect(translator('fr')('nav.glossary')).toBe('Glossaire');
    expect(translator('en')('nav.glossary')).toBe('Glossary');
    expect(translator('en')('timeline.title')).not.toBe('timeline.title');
  });

  it('refuses a strings file that does not exist', async () => {
    await expect(loadStrings('en', 'no-such-feature')).rejects.toThrow(/no-such-feature/);
  });

  it('pluralizes for each language', () => {
    expect(translator('en')('entry.mentions', { count: 1 })).toBe('Mentioned once');
    expect(translator('en')('entry.mentions', { count: 3 })).toBe('Mentioned 3 times');
    expect(translator('fr')('entry.mentions', { count: 3 })).toBe('Cité 3 fois');
    expect(translator('fr')('entry.mentions', { count: 0 })).toBe('Cité dans aucun texte');
  });
});
