// The addresses of the data the build prerenders for the browser to fetch on demand, in one
// place: the routes under src/routes/{markup,cards,terms,search-index}/ write these files, and
// everything that fetches them asks here.
import { base } from '$app/paths';
import type { UiLang } from './i18n/index.ts';

/** A reader page's markup, fetched when the page is reached without a page load. */
export function markupPath(lang: UiLang, slug: string, chapterIndex: number): string {
  return `${base}/markup/${lang}/${slug}/${chapterIndex}.json`;
}

/** An entry's card data: one small file per entry. */
export function cardPath(id: string): string {
  return `${base}/cards/${id}.json`;
}

/** A text's vocabulary: one file per text. */
export function termsPath(text: string): string {
  return `${base}/terms/${text}.json`;
}

/** The folder of the full-text index's files (core, terms by first letter, segments). */
export function searchIndexPath(): string {
  return `${base}/search-index`;
}

/** The glossary's names and aliases, for the importer of /my-texts. */
export function glossaryNamesPath(): string {
  return `${base}/my-texts-data/names.json`;
}

/** The glossary's files (path → YAML), to build a reader's saved text in the browser. */
export function glossaryFilesPath(): string {
  return `${base}/my-texts-data/glossary.json`;
}
