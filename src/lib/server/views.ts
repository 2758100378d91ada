import type { Corpus, EntryType, Segment, Text } from '$lib/corpus/index.ts';
import type { TextSummary } from '$lib/library/text-summary.ts';
import { allSegments, mentionsIn, plainText, plainTextOf } from '$lib/corpus/index.ts';
import { countWords, readingMinutes } from '$lib/library/shelf.ts';

const summaries = new WeakMap<Text, TextSummary>();

/**
 * What the library and the reader's header show of a text. Every chapter page of the reader asks
 * for it, and counting the mentions walks the whole text: it is computed once per text (per
 * build; in dev the corpus, and so every text object, is new on each request).
 */
export function textSummary(corpus: Corpus, text: Text): TextSummary {
  let summary = summaries.get(text);
  if (!summary) summaries.set(text, (summary = summarize(text)));
  return summary;
}

function summarize(text: Text): TextSummary {
  let mentions = 0;
  for (const segment of allSegments(text)) mentions += mentionsIn(segment.fr.runs).length;
  const words = countWords(plainTextOf(text, 'fr'));
  return {
    slug: text.slug,
    meta: text.meta,
    segments: text.segmentCount,
    mentions,
    /** French words (word-like segments of the plain original) and minutes to read them. */
    words,
    minutes: readingMinutes(words),
    /** Vocabulary items glossed for this text (terms.yaml). */
    vocabulary: Object.keys(text.terms).length,
    chapters: text.chapters.map((chapter) => ({
      id: chapter.id,
      heading: chapter.heading
        ? { fr: plainText(chapter.heading.fr.runs), en: plainText(chapter.heading.en.runs) }
        : undefined
    }))
  };
}

/** Every text's summary, in the library's order (the corpus's: by level, then French title). */
export function librarySummaries(corpus: Corpus): TextSummary[] {
  return corpus.texts.map((text) => textSummary(corpus, text));
}

/** What the library's sorting and filters need of a summary. */
export function shelfText(summary: TextSummary) {
  return {
    slug: summary.slug,
    level: summary.meta.level,
    topic: summary.meta.topic,
    title: summary.meta.title,
    words: summary.words
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
