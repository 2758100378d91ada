import i18next, { type TFunction } from 'i18next';

export type UiLang = 'en' | 'fr';
export const UI_LANGS: readonly UiLang[] = ['en', 'fr'];

type Strings = Record<string, unknown>;

// Each feature keeps its strings in its own file, locales/<lang>/<feature>.json, read under the
// feature's name (`t('timeline.title')`); common.json sits at the top level (`t('nav.glossary')`).
const files = import.meta.glob<Strings>('./locales/*/*.json', { eager: true, import: 'default' });

function bundle(lang: UiLang): Strings {
  const strings: Strings = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match || match[1] !== lang) continue;
    if (match[2] === 'common') Object.assign(strings, content);
    else strings[match[2]!] = content;
  }
  return strings;
}

// One instance for the whole app, initialised synchronously with both bundled locales so the
// prerendered HTML and the hydrated page read the same strings without a flash or a fetch.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: bundle('en') }, fr: { translation: bundle('fr') } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  returnNull: false,
  // Svelte escapes everything it renders; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false }
});

/** A translation function fixed to one language: safe to use during prerendering of many pages. */
export function translator(lang: UiLang): TFunction {
  return instance.getFixedT(lang);
}

export function isUiLang(value: unknown): value is UiLang {
  return value === 'en' || value === 'fr';
}
