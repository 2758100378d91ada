import type { Bilingual, EntryType, PartialDate, SourceRef } from '$lib/corpus/index.ts';

/** An entry as linked from another: enough to show its name and kind. */
export interface EntryLink {
  id: string;
  type: EntryType;
  name: { fr: string; en: string; orig?: string };
}

export interface CardTenure {
  from: PartialDate;
  to?: PartialDate;
  unofficial: boolean;
  note?: Bilingual;
}

/** One French mention of the entry, in reading order: where prev/next in a card go. */
export interface MentionPlace {
  text: string;
  /** '' for a text's first chapter, which lives at /read/<text>. */
  chapter: string;
  segment: string;
  /** Which of this entry's mentions within that segment's French side (0 for the first). */
  n: number;
}

/** Everything a glossary card shows, in both languages; the UI picks one. JSON-safe. */
export interface CardData {
  id: string;
  type: EntryType;
  name: { fr: string; en: string; orig?: string };
  summary: Bilingual;
  dates?: { from?: PartialDate; to?: PartialDate };
  note?: Bilingual;
  wikidata?: string;
  source: SourceRef[];
  held: (CardTenure & { post: EntryLink })[];
  holders: (CardTenure & { person: EntryLink })[];
  related: EntryLink[];
  mentions: MentionPlace[];
  /** Titles of the texts `mentions` refer to. */
  texts: Record<string, Bilingual>;
  /**
   * The notes texts give on this entry (their notes.yaml), by text slug: a card opened from a text
   * shows that text's note. Read with Object.hasOwn (a text may be named `constructor`).
   */
  textNotes: Record<string, Bilingual>;
}

/**
 * The mentions of one entry in one chapter, as a card's file carries them: the segment of each
 * mention in reading order (a segment that names the entry twice is listed twice). A card of an
 * entry named thousands of times in a long book stays a small file.
 */
export interface ChapterMentions {
  text: string;
  chapter: string;
  segments: string[];
}

/** A card as its prerendered file holds it (/cards/<id>.json). */
export type CardFile = Omit<CardData, 'mentions'> & { places: ChapterMentions[] };

/** Groups mention places (in reading order) by chapter. */
export function compactMentions(mentions: readonly MentionPlace[]): ChapterMentions[] {
  const out: ChapterMentions[] = [];
  let last: ChapterMentions | undefined;
  for (const m of mentions) {
    if (!last || last.text !== m.text || last.chapter !== m.chapter) {
      out.push((last = { text: m.text, chapter: m.chapter, segments: [] }));
    }
    last.segments.push(m.segment);
  }
  return out;
}

/** The mention places again, each with its rank among the entry's mentions in its segment. */
export function expandMentions(places: readonly ChapterMentions[]): MentionPlace[] {
  const out: MentionPlace[] = [];
  for (const { text, chapter, segments } of places) {
    let previous = '';
    let n = 0;
    for (const segment of segments) {
      n = segment === previous ? n + 1 : 0;
      previous = segment;
      out.push({ text, chapter, segment, n });
    }
  }
  return out;
}

/** A card file as the card shows it. */
export function cardFromFile({ places, ...rest }: CardFile): CardData {
  return { ...rest, mentions: expandMentions(places) };
}
