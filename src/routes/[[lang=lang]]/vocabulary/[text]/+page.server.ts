import { error } from '@sveltejs/kit';
import { allSegments, plainText, termsIn } from '$lib/corpus/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  getCorpus().texts.flatMap((text) => [{ text: text.slug }, { lang: 'fr', text: text.slug }]);

/** A text's vocabulary, in reading order, each term with the first sentence it stands in. */
export const load: PageServerLoad = ({ params }) => {
  const text = getCorpus().textsBySlug.get(params.text);
  if (!text) error(404, 'No such text');
  const chapterOf = new Map<string, string>();
  text.chapters.forEach((chapter, i) => {
    for (const segment of [chapter.heading, ...chapter.paragraphs.flat()]) {
      if (segment) chapterOf.set(segment.id, i === 0 ? '' : chapter.id);
    }
  });
  const seen = new Set<string>();
  const terms = [];
  for (const segment of allSegments(text)) {
    for (const id of termsIn(segment.fr.runs)) {
      if (seen.has(id)) continue;
      seen.add(id);
      terms.push({
        id,
        term: text.terms[id]!,
        segment: segment.id,
        chapter: chapterOf.get(segment.id) ?? '',
        sentence: { fr: plainText(segment.fr.runs), en: plainText(segment.en.runs) }
      });
    }
  }
  return { slug: text.slug, title: text.meta.title, level: text.meta.level, terms };
};
