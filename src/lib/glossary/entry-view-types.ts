// What an entry page shows of the texts that mention the entry: built at prerender time by
// entry-view.server.ts, read by the page (src/routes/[[lang=lang]]/glossary/[id]/).
import type { Bilingual, InlineRun } from '$lib/corpus/index.ts';

/** A sentence that mentions an entry (in either language), where the reader shows it. */
export interface MentionSentence {
  /** '' for a text's first chapter, which lives at /read/<text>. */
  chapter: string;
  segment: string;
  /**
   * Index of the sentence's first French mention among all the entry's French mentions (the
   * card's `mentions`), for `?entity=…&mention=…`; absent when only the English side names it.
   */
  mention?: number;
}

/** One row of an entry's chapter index: how often a chapter mentions it, and where it starts. */
export interface ChapterMentions {
  /** The chapter's place in the text, from 1. */
  number: number;
  /** The chapter's French heading, as the reader's chapter list shows it. */
  heading?: string;
  sentences: number;
  first: MentionSentence;
}

/** A quoted sentence, both sides with their markup. */
export interface Quote extends MentionSentence {
  fr: InlineRun[];
  en: InlineRun[];
}

/** The sentences of a chapter left after the quoted ones, and the first of them. */
export interface ChapterRest {
  count: number;
  next: MentionSentence;
}

export interface TextMentions {
  slug: string;
  title: Bilingual;
  /** Chapters in the text (for "in 12 of 40 chapters"). */
  chapterCount: number;
  sentences: number;
  /** Every chapter that mentions the entry, in reading order. */
  chapters: ChapterMentions[];
  /** The first sentences in full, at most QUOTED_PER_TEXT. */
  quotes: Quote[];
  /** For each chapter with quotes whose other sentences are not quoted: how many, and where. */
  rests: Record<string, ChapterRest>;
}
