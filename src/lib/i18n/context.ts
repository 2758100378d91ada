import { getContext, setContext } from 'svelte';
import type { TFunction } from 'i18next';
import type { PartialDate } from '$lib/corpus/dates.ts';
import { translator, type UiLang } from './index.ts';

export interface I18n {
  readonly lang: UiLang;
  readonly t: TFunction;
  /** The same app path in this UI language: `/glossary` → `/fr/glossary` in French. */
  href(path: string): string;
  date(date: PartialDate): string;
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

/** The context key of the I18n object: for rendering a component outside the app's layout (tests). */
export const I18N_CONTEXT = Symbol('i18n');

/** Path of `path` (which starts with `/`) in a UI language: English unprefixed, French under /fr. */
export function localizedPath(path: string, lang: UiLang): string {
  if (lang === 'en') return path;
  return path === '/' ? '/fr' : `/fr${path}`;
}

/** Strips the /fr prefix: the same page's path in English. */
export function unlocalizedPath(pathname: string): string {
  if (pathname === '/fr' || pathname === '/fr/') return '/';
  return pathname.startsWith('/fr/') ? pathname.slice(3) : pathname;
}

export function formatPartialDate(date: PartialDate, lang: UiLang, t: TFunction): string {
  const when = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (date.month !== undefined) options.month = 'long';
  if (date.day !== undefined) options.day = 'numeric';
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options).format(when);
  return date.approximate ? t('common:dates.approx', { date: text }) : text;
}

/** Called once by the root layout: `getLang` is reactive, so every `t()` follows the URL's language. */
export function provideI18n(getLang: () => UiLang): I18n {
  const i18n: I18n = {
    get lang() {
      return getLang();
    },
    get t() {
      return translator(getLang());
    },
    href: (path) => localizedPath(path, getLang()),
    date: (date) => formatPartialDate(date, getLang(), translator(getLang())),
    number: (n, options) => new Intl.NumberFormat(getLang(), options).format(n)
  };
  setContext(I18N_CONTEXT, i18n);
  return i18n;
}

export function useI18n(): I18n {
  return getContext<I18n>(I18N_CONTEXT);
}
