import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { langParam, loadStrings, translator, type UiLang } from './index.ts';
import { loadPageStrings } from './page-strings.ts';

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
    return [...text.matchAll(/\bt\(\s*'([a-z][a-zA-Z-]*:[a-zA-Z_]+(?:\.[a-zA-Z_]+)*)'/g)].map(
      (m) => ({
        key: m[1]!,
        file: path
      })
    );
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

  it('reads every file as its own namespace', () => {
    expect(translator('fr')('common:nav.glossary')).toBe('Glossaire');
    expect(translator('en')('common:nav.glossary')).toBe('Glossary');
    expect(translator('en')('timeline:title')).toBe('Timeline of posts');
    expect(translator('fr')('card:close')).toBe('Fermer');
  });

  it('reads a key only from the file its namespace names', () => {
    // `close` is in card.json; common.json has no top-level `close`.
    expect(translator('en')('card:close')).toBe('Close');
    expect(translator('en')('common:close')).not.toBe('Close');
    expect(translator('en')('close')).not.toBe('Close');
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
    expect(translator('en')('card:entry.mentions', { count: 1 })).toBe('Mentioned once');
    expect(translator('en')('card:entry.mentions', { count: 3 })).toBe('Mentioned 3 times');
    expect(translator('fr')('card:entry.mentions', { count: 3 })).toBe('Cité 3 fois');
    expect(translator('fr')('card:entry.mentions', { count: 0 })).toBe('Cité dans aucun texte');
  });

  it('reads a page’s language from its route parameter, English by default', async () => {
    expect(langParam({ lang: 'fr' })).toBe('fr');
    expect(langParam({})).toBe('en');
    await loadPageStrings({ lang: 'fr' }, 'timeline', 'search');
    expect(translator('fr')('timeline:title')).not.toBe('title');
    expect(translator('fr')('timeline:title')).not.toBe(translator('en')('timeline:title'));
  });
});
