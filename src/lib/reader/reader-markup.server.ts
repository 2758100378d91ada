import { segmentsOf, type Chapter, type Corpus, type Text } from '$lib/corpus/index.ts';
import {
  chapterHtml,
  segmentHtml,
  type ChapterHtmlOptions,
  type ReaderMarkup
} from './render-html.ts';
import { localizedPath } from '$lib/i18n/context.ts';
import { loadStrings, translator, type UiLang } from '$lib/i18n/index.ts';
import { SLOT_ATTRIBUTE, SPEECH_NOTE_ID } from './dom-contract.ts';
import { entityTypesIn } from '$lib/server/views.ts';

/** Finds a text's chapter as the reader's address names it (no chapter: the first). */
export function findChapter(
  corpus: Corpus,
  slug: string,
  chapterId: string | undefined
): { text: Text; chapter: Chapter } | undefined {
  const text = corpus.textsBySlug.get(slug);
  if (!text) return undefined;
  const chapter =
    chapterId === undefined ? text.chapters[0] : text.chapters.find((c) => c.id === chapterId);
  // The first chapter has one address only; its id in the URL is not a second one.
  if (!chapter || (chapterId !== undefined && chapter.index === 0)) return undefined;
  return { text, chapter };
}

/** The markup of one reader page, with links and labels in its UI language. */
export async function readerMarkup(
  corpus: Corpus,
  text: Text,
  chapter: Chapter,
  lang: UiLang
): Promise<ReaderMarkup> {
  await loadStrings(lang);
  const t = translator(lang);
  const options: ChapterHtmlOptions = {
    types: entityTypesIn(corpus, [text.title, ...segmentsOf(chapter)]),
    entryHref: (id) => localizedPath(`/glossary/${id}`, lang),
    termHref: localizedPath(`/vocabulary/${text.slug}`, lang),
    labels: { copyLink: t('common:segment.copyLink'), speak: t('common:speech.read') },
    speechNoteId: SPEECH_NOTE_ID
  };
  return {
    title: segmentHtml(text.title, options, 'h1', 'reader-title'),
    body: chapterHtml(chapter, options)
  };
}

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
