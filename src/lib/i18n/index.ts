import i18next, { type TFunction } from 'i18next';

export type UiLang = 'en' | 'fr';
export const UI_LANGS: readonly UiLang[] = ['en', 'fr'];

type Strings = Record<string, unknown>;

// Each feature keeps its strings in its own file, locales/<lang>/<feature>.json, read under the
// feature's name (`t('timeline.title')`); common.json sits at the top level (`t('nav.glossary')`).
// The files are separate chunks: a page loads the strings of its own language only.
const files = import.meta.glob<Strings>('./locales/*/*.json', { import: 'default' });

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: {} }, fr: { translation: {} } },
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Svelte escapes everything it renders; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false }
});

const loading = new Map<string, Promise<void>>();

/**
 * Loads a language's strings (each file once): `common` for every page, by the root layout's load;
 * a feature's file (`timeline`, `glossary-search`) by the load of the page that uses it.
 */
export function loadStrings(lang: UiLang, name = 'common'): Promise<void> {
  const key = `${lang}/${name}`;
  let pending = loading.get(key);
  if (!pending) {
    const load = files[`./locales/${key}.json`];
    if (!load) return Promise.reject(new Error(`no strings file locales/${key}.json`));
    pending = load().then((content) => {
      instance.addResourceBundle(
        lang,
        'translation',
        name === 'common' ? content : { [name]: content },
        true,
        true
      );
    });
    loading.set(key, pending);
  }
  return pending;
}

/** A translation function fixed to one language: safe to use during prerendering of many pages. */
export function translator(lang: UiLang): TFunction {
  return instance.getFixedT(lang);
}

export function isUiLang(value: unknown): value is UiLang {
  return value === 'en' || value === 'fr';
}

/** The UI language of an app path: French under /fr, English elsewhere. */
export function uiLangOf(pathname: string): UiLang {
  return /^\/fr(\/|$)/.test(pathname) ? 'fr' : 'en';
}
