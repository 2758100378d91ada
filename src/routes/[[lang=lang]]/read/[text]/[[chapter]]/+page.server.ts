import { error } from '@sveltejs/kit';
import { ENTRY_TYPES, plainText, segmentsOf } from '$lib/corpus/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import { findChapter } from '$lib/reader/reader-markup.server.ts';
import { entityTypesIn, librarySummaries, textSummary } from '$lib/server/views.ts';
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

// What the page's script needs, and nothing proportional to the chapter's text: the sentences
// themselves are written into the page as markup (hooks.server.ts, ReaderMarkupSlot.svelte).
export const load: PageServerLoad = ({ params }) => {
  const corpus = getCorpus();
  const found = findChapter(corpus, params.text, params.chapter);
  if (!found) error(404, params.chapter === undefined ? 'No such text' : 'No such chapter');
  const { text, chapter } = found;
  const segments = [text.title, ...segmentsOf(chapter)];
  const types = Object.values(entityTypesIn(corpus, segments));
  return {
    text: textSummary(corpus, text),
    titleText: plainText(text.title.fr.runs),
    chapter: { id: chapter.id, index: chapter.index },
    /** Every segment on the page, title first, in reading order. */
    segmentIds: segments.map((s) => s.id),
    termCount: Object.keys(text.terms).length,
    // Where this chapter starts in the whole text, so a reading position is a share of the text.
    position: { start: chapter.start, total: text.segmentCount },
    legend: ENTRY_TYPES.filter((type) => types.includes(type)),
    // The last chapter ends with a suggestion of what to read next, chosen in the browser from the
    // library's order and the reader's progress: every text, a few words each.
    shelf:
      chapter.index === text.chapters.length - 1
        ? librarySummaries(corpus).map((t) => ({
            slug: t.slug,
            level: t.meta.level,
            title: t.meta.title,
            minutes: t.minutes
          }))
        : undefined
  };
};
