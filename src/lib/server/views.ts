import type { Corpus, EntryType, Segment, Text } from '$lib/corpus/index.ts';
import { allSegments, mentionsIn, plainText } from '$lib/corpus/index.ts';

const summaries = new WeakMap<Text, ReturnType<typeof summarize>>();

/**
 * What the library and the reader's header show of a text. Every chapter page of the reader asks
 * for it, and counting the mentions walks the whole text: it is computed once per text (per
 * build; in dev the corpus, and so every text object, is new on each request).
 */
export function textSummary(corpus: Corpus, text: Text) {
  let summary = summaries.get(text);
  if (!summary) summaries.set(text, (summary = summarize(text)));
  return summary;
}

function summarize(text: Text) {
  let mentions = 0;
  for (const segment of allSegments(text)) mentions += mentionsIn(segment.fr.runs).length;
  return {
    slug: text.slug,
    meta: text.meta,
    segments: text.segmentCount,
    mentions,
    chapters: text.chapters.map((chapter) => ({
      id: chapter.id,
      heading: chapter.heading
        ? { fr: plainText(chapter.heading.fr.runs), en: plainText(chapter.heading.en.runs) }
        : undefined
    }))
  };
}

/** The entries a set of segments mentions, reduced to what a mention link needs to look right. */
export function entityTypesIn(
  corpus: Corpus,
  segments: readonly Segment[]
): Record<string, EntryType> {
  const types: Record<string, EntryType> = {};
  for (const segment of segments) {
    for (const id of [...mentionsIn(segment.fr.runs), ...mentionsIn(segment.en.runs)]) {
      types[id] = corpus.entries.get(id)!.type;
    }
  }
  return types;
}
