import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStrings, translator, type UiLang } from './index.ts';

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default'
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const fileNames = [
  ...new Set(Object.keys(files).map((path) => path.replace(/^.*\/(.+)\.json$/, '$1')))
];

beforeAll(() =>
  Promise.all(
    (['en', 'fr'] as UiLang[]).flatMap((lang) => fileNames.map((name) => loadStrings(lang, name)))
  )
);

/** Every `t('literal.key')` in the app's source (keys built at run time cannot be listed). */
function literalKeys(dir = 'src'): { key: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return literalKeys(path);
    if (!/\.(svelte|ts)$/.test(entry.name) || entry.name.endsWith('.test.ts')) return [];
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/\bt\(\s*'([a-zA-Z-]+(?:\.[a-zA-Z_]+)+)'/g)].map((m) => ({
      key: m[1]!,
      file: path
    }));
  });
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

  it('reads every file at the top level', () => {
    expect(translator('fr')('nav.glossary')).toBe('Glossaire');
    expect(translator('en')('nav.glossary')).toBe('Glossary');
    expect(translator('en')('timeline.title')).toBe('Timeline of posts');
    expect(translator('fr')('card.close')).toBe('Fermer');
  });

  it('no key is in two files: a file loaded later cannot change what another one says', () => {
    for (const lang of ['en', 'fr']) {
      const owner = new Map<string, string>();
      for (const [path, content] of Object.entries(files)) {
        if (!path.includes(`/${lang}/`)) continue;
        for (const key of keys(content)) {
          expect(owner.get(key), `"${key}" in ${path} and ${owner.get(key)}`).toBeUndefined();
          owner.set(key, path);
        }
      }
    }
  });

  it('every key the source names literally exists in both languages', () => {
    const found = literalKeys();
    expect(found.length).toBeGreaterThan(100);
    for (const { key, file } of found)
      for (const lang of ['en', 'fr'] as const) {
        const t = translator(lang);
        const exists = t(key) !== key || t(key, { count: 1 }) !== key;
        expect(exists, `${key} (${file}) in ${lang}`).toBe(true);
      }
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
