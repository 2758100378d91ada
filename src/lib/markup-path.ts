import type { UiLang } from './i18n/index.ts';

/** Where a reader page's markup is fetched from when the page is reached without a page load. */
export function markupPath(lang: UiLang, slug: string, chapterIndex: number): string {
  return `/markup/${lang}/${slug}/${chapterIndex}.json`;
}
