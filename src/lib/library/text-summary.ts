import type { Bilingual, TextMeta } from '$lib/corpus/index.ts';

/** What the library and the reader's header show of a text (built by src/lib/server/views.ts). */
export interface TextSummary {
  slug: string;
  meta: TextMeta;
  /** Aligned segments, the title included. */
  segments: number;
  /** Glossary mentions in the French. */
  mentions: number;
  /** French words (word-like segments of the plain original) and minutes to read them. */
  words: number;
  minutes: number;
  /** Vocabulary items glossed for this text (terms.yaml). */
  vocabulary: number;
  chapters: { id: string; heading?: Bilingual }[];
}
