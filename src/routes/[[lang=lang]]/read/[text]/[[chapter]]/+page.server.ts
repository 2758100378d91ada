import { error } from '@sveltejs/kit';
import { ENTRY_TYPES, segmentsOf } from '$lib/corpus/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import { entityTypesIn, textSummary } from '$lib/server/views.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// The first chapter is read at /read/<text>; later ones at /read/<text>/<chapter id>.
export const entries: EntryGenerator = () =>
  getCorpus().texts.flatMap((text) =>
    ['en', 'fr'].flatMap((lang) =>
      text.chapters.map((chapter, i) => ({
        lang: lang === 'fr' ? 'fr' : undefined,
        text: text.slug,
        chapter: i === 0 ? undefined : chapter.id
      }))
    )
  ) as ReturnType<EntryGenerator>;

export const load: PageServerLoad = ({ params }) => {
  const corpus = getCorpus();
  const text = corpus.texts.find((t) => t.slug === params.text);
  if (!text) error(404, 'No such text');
  const chapter =
    params.chapter === undefined
      ? text.chapters[0]
      : text.chapters.find((c) => c.id === params.chapter);
  // The first chapter has one address only; its id in the URL is not a second one.
  if (!chapter || (params.chapter !== undefined && chapter.index === 0))
    error(404, 'No such chapter');
  const segments = [text.title, ...segmentsOf(chapter)];
  // Where this chapter starts in the whole text (the title counts as its first segment), so a
  // reading position can be told as a share of the text.
  const start =
    1 + text.chapters.slice(0, chapter.index).reduce((n, c) => n + segmentsOf(c).length, 0);
  const types = entityTypesIn(corpus, segments);
  return {
    text: textSummary(corpus, text),
    title: text.title,
    chapter,
    types,
    terms: text.terms,
    position: {
      start,
      total:
        start + text.chapters.slice(chapter.index).reduce((n, c) => n + segmentsOf(c).length, 0)
    },
    legend: ENTRY_TYPES.filter((type) => Object.values(types).includes(type))
  };
};
