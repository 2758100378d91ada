import i18next, { type TFunction } from 'i18next';
import { onceByKey } from '../once.ts';

export type UiLang = 'en' | 'fr';

type Strings = Record<string, unknown>;

// UI strings are split by where they are needed, in locales/<lang>/<file>.json: common.json for
// every page (the header, the reader), and one file per feature that a page or a lazily loaded
// component asks for (card.json for glossary cards and entries, timeline.json, ...). Each file is
// its own i18next namespace, and every key names it: `t('card:close')` is `close` in card.json,
// `t('common:nav.glossary')` is in common.json. The files are separate chunks, so a page loads
// only the strings it shows, in its own language: the reader's first load carries common.json
// alone (docs/performance.md).
const files = import.meta.glob<Strings>('./locales/*/*.json', { import: 'default' });

const instance = i18next.createInstance();
void instance.init({
  resources: {},
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Svelte escapes everything it renders; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false }
});

const loading = onceByKey<void>();

/**
 * Loads a language's strings (each file once): `common` for every page, by the root layout's load;
 * a feature's file (`timeline`, `card`) by the load of the page that uses it, or before a lazily
 * loaded component that uses it is shown.
 */
export function loadStrings(lang: UiLang, name = 'common'): Promise<void> {
  const key = `${lang}/${name}`;
  const load = files[`./locales/${key}.json`];
  if (!load) return Promise.reject(new Error(`no strings file locales/${key}.json`));
  return loading(key, () =>
    load().then((content) => {
      instance.addResourceBundle(lang, name, content, true, true);
    })
  );
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

/** The UI language a route's optional `[[lang=lang]]` parameter names: French under /fr. */
export function langParam(params: { lang?: string }): UiLang {
  return params.lang === 'fr' ? 'fr' : 'en';
}
