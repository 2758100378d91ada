import type { Corpus, Entry } from '$lib/corpus/index.ts';
import { allSegments } from '$lib/corpus/index.ts';

/** Everything an entry page (and later a card) shows, with linked ids resolved to names. */
export function entryView(corpus: Corpus, entry: Entry) {
  const link = (id: string) => {
    const target = corpus.entries.get(id)!;
    return { id, type: target.type, name: target.name };
  };
  const occurrences = corpus.mentions.get(entry.id) ?? [];
  const segmentKeys = new Set(occurrences.map((o) => `${o.text}\u0000${o.segment}`));
  const mentions = corpus.texts.flatMap((text) => {
    const chapterOf = new Map<string, string>();
    chapterOf.set(text.title.id, text.chapters[0]?.id ?? '');
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
    id: entry.id,
    type: entry.type,
    name: entry.name,
    aliases: entry.aliases,
    summary: entry.summary,
    dates: entry.dates,
    wikidata: entry.wikidata,
    source: entry.source,
    note: entry.note,
    held: entry.held.map((tenure) => ({ ...tenure, post: link(tenure.post) })),
    holders: (corpus.holders.get(entry.id) ?? []).map((h) => ({
      person: link(h.person),
      tenure: h.tenure
    })),
    related: entry.related.map(link),
    mentionCount: occurrences.filter((o) => o.lang === 'fr').length,
    mentions,
    types: Object.fromEntries([...corpus.entries.values()].map((e) => [e.id, e.type]))
  };
}

export type EntryView = ReturnType<typeof entryView>;
