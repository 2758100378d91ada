import {
  compactMentions,
  type CardData,
  type CardFile,
  type EntryLink,
  type MentionPlace
} from '$lib/card/card-data.ts';
import type { Corpus, Entry } from '$lib/corpus/index.ts';

export function entryLink(corpus: Corpus, id: string): EntryLink {
  const entry = corpus.entries.get(id)!;
  return { id, type: entry.type, name: entry.name };
}

/** The French mentions of an entry, one place per mention, in reading order across texts. */
export function mentionPlaces(corpus: Corpus, id: string): MentionPlace[] {
  const places: MentionPlace[] = [];
  let last: { text: string; segment: string; count: number } | undefined;
  for (const o of corpus.mentions.get(id) ?? []) {
    if (o.lang !== 'fr') continue;
    if (last && last.text === o.text && last.segment === o.segment) last.count += 1;
    else last = { text: o.text, segment: o.segment, count: 0 };
    const text = corpus.textsBySlug.get(o.text)!;
    // The first chapter's pages live at /read/<text>: its id is not part of the address.
    const chapter = text.chapters[0]?.id === o.chapter ? '' : o.chapter;
    places.push({ text: o.text, chapter, segment: o.segment, n: last.count });
  }
  return places;
}

export function cardData(corpus: Corpus, entry: Entry): CardData {
  const mentions = mentionPlaces(corpus, entry.id);
  const texts: CardData['texts'] = {};
  for (const place of mentions) {
    // Own keys only: a text named `constructor` is not the inherited Object constructor.
    if (!Object.hasOwn(texts, place.text))
      texts[place.text] = corpus.textsBySlug.get(place.text)!.meta.title;
  }
  const textNotes: CardData['textNotes'] = {};
  for (const text of corpus.texts) {
    const note = text.entryNotes.get(entry.id);
    if (note) textNotes[text.slug] = note;
  }
  return {
    id: entry.id,
    type: entry.type,
    name: entry.name,
    summary: entry.summary,
    dates: entry.dates,
    note: entry.note,
    wikidata: entry.wikidata,
    source: entry.source,
    held: entry.held.map(({ post, ...tenure }) => ({ ...tenure, post: entryLink(corpus, post) })),
    holders: (corpus.holders.get(entry.id) ?? []).map(({ person, tenure }) => {
      const { post: _post, ...rest } = tenure;
      return { ...rest, person: entryLink(corpus, person) };
    }),
    related: entry.related.map((id) => entryLink(corpus, id)),
    mentions,
    texts,
    textNotes
  };
}

/** A card's prerendered file: its mention places grouped by chapter (see ChapterMentions). */
export function cardFile(corpus: Corpus, entry: Entry): CardFile {
  const { mentions, ...rest } = cardData(corpus, entry);
  return { ...rest, places: compactMentions(mentions) };
}
