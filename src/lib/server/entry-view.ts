import type { Corpus, Entry } from '$lib/corpus/index.ts';
import { allSegments } from '$lib/corpus/index.ts';
import { cardData } from './card.ts';

/** An entry page: the card's content plus every sentence, in both languages, that mentions it. */
export function entryView(corpus: Corpus, entry: Entry) {
  const occurrences = corpus.mentions.get(entry.id) ?? [];
  const segmentKeys = new Set(occurrences.map((o) => `${o.text}\u0000${o.segment}`));
  const sentences = corpus.texts.flatMap((text) => {
    const chapterOf = new Map<string, string>();
    chapterOf.set(text.title.id, '');
    text.chapters.forEach((chapter, i) => {
      for (const segment of [chapter.heading, ...chapter.paragraphs.flat()]) {
        if (segment) chapterOf.set(segment.id, i === 0 ? '' : chapter.id);
      }
    });
    return allSegments(text)
      .filter((segment) => segmentKeys.has(`${text.slug}\u0000${segment.id}`))
      .map((segment) => ({
        text: text.slug,
        textTitle: text.meta.title,
        chapter: chapterOf.get(segment.id) ?? '',
        segment: segment.id,
        fr: segment.fr.runs,
        en: segment.en.runs
      }));
  });
  return {
    ...cardData(corpus, entry),
    sentences,
    types: Object.fromEntries([...corpus.entries.values()].map((e) => [e.id, e.type]))
  };
}

export type EntryView = ReturnType<typeof entryView>;
