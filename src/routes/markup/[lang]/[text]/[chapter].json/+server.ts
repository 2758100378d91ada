import { error, json } from '@sveltejs/kit';
import { isUiLang } from '$lib/i18n/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import { readerMarkup } from '$lib/reader/reader-markup.server.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// A reader page's sentences, for when the reader arrives without a page load (a link followed in
// the app): a prerendered page carries them in its HTML already.
export const prerender = true;

export const entries: EntryGenerator = () =>
  getCorpus().texts.flatMap((text) =>
    ['en', 'fr'].flatMap((lang) =>
      text.chapters.map((chapter) => ({ lang, text: text.slug, chapter: String(chapter.index) }))
    )
  );

export const GET: RequestHandler = async ({ params }) => {
  const corpus = getCorpus();
  const text = corpus.textsBySlug.get(params.text);
  const chapter = text?.chapters[Number(params.chapter)];
  if (!text || !chapter || !isUiLang(params.lang) || String(chapter.index) !== params.chapter)
    error(404, 'No such chapter');
  return json(await readerMarkup(corpus, text, chapter, params.lang));
};
