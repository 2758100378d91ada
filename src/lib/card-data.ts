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
}
