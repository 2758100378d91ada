import type { Corpus } from '$lib/corpus/index.ts';
import type { UiLang } from '$lib/i18n/index.ts';
import { findChapter, readerMarkup } from './reader-markup.ts';

/** The attribute that marks where a reader page's markup goes (see ReaderMarkupSlot.svelte). */
export const SLOT_ATTRIBUTE = 'data-markup-slot';

/**
 * For a reader page being rendered on the server: a function that writes the title's and the
 * chapter's markup into their empty slots in the page's HTML. Undefined for an address that names
 * no chapter (the page is a 404 then). A slot that is missing is a bug: it throws, so the build
 * fails instead of shipping a page without its text.
 */
export async function fillReaderMarkup(
  corpus: Corpus,
  params: Partial<Record<string, string>>,
  lang: UiLang
): Promise<((html: string) => string) | undefined> {
  const found = params.text ? findChapter(corpus, params.text, params.chapter) : undefined;
  if (!found) return undefined;
  const markup = await readerMarkup(corpus, found.text, found.chapter, lang);
  return (html) => {
    for (const part of ['title', 'body'] as const) {
      const open = `${SLOT_ATTRIBUTE}="${part}">`;
      const at = html.indexOf(open);
      if (at < 0)
        throw new Error(`reader page ${params.text}/${params.chapter ?? ''}: no ${part} slot`);
      html = html.slice(0, at + open.length) + markup[part] + html.slice(at + open.length);
    }
    return html;
  };
}
