import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json';
import fr from './locales/fr.json';

export type UiLang = 'en' | 'fr';
export const UI_LANGS: readonly UiLang[] = ['en', 'fr'];

// One instance for the whole app, initialised synchronously with both bundled locales so the
// prerendered HTML and the hydrated page read the same strings without a flash or a fetch.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, fr: { translation: fr } },
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
