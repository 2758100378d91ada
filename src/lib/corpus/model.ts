import { plainText, type InlineRun } from './inline.ts';
import type { Bilingual, Entry, Tenure, Term, TextMeta } from './schema.ts';

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** One language's side of a segment. */
export interface SegmentSide {
  /**
   * In a built corpus, parsed from the segment's markup when first read, then kept (lazySide in
   * inline.ts): an own enumerable property of a plain object, read like any other.
   */
  runs: InlineRun[];
  /** Joined to the next segment of its paragraph without a space (a line ending in `\`). */
  glue: boolean;
  /** Line in the language's file, for tools that point an author back at the source. */
  line: number;
}

/** The unit of alignment: one sentence (or short clause group) in both languages. */
export interface Segment {
  id: string;
  fr: SegmentSide;
  en: SegmentSide;
}

export interface Chapter {
  /** The heading segment's id, or '' for the single untitled chapter of a text without chapters. */
  id: string;
  index: number;
  /** Where the chapter's first segment stands in the whole text, the title being segment 0. */
  start: number;
  /** How many segments the chapter holds, its heading included. */
  segmentCount: number;
  heading?: Segment;
  paragraphs: Segment[][];
}

export interface Text {
  slug: string;
  meta: TextMeta;
  title: Segment;
  chapters: Chapter[];
  terms: Record<string, Term>;
  /**
   * This text's own notes on glossary entries (notes.yaml), by entry id: what is true of an entry
   * as this text presents it, shown only to its readers.
   */
  entryNotes: Map<string, Bilingual>;
  /** How many segments the whole text holds, its title included. */
  segmentCount: number;
}

/** Where a mention or term stands: enough to link into the reader at that segment. */
export interface Occurrence {
  text: string;
  chapter: string;
  segment: string;
  lang: Lang;
}

export interface Holding {
  person: string;
  tenure: Tenure;
}

export interface Corpus {
  texts: Text[];
  /** The same texts by slug. */
  textsBySlug: ReadonlyMap<string, Text>;
  entries: Map<string, Entry>;
  /** Entity id → every mention of it, text by text in reading order, French before English per segment. */
  mentions: Map<string, Occurrence[]>;
  /** Post id → who held it, in order of the start of their tenure. */
  holders: Map<string, Holding[]>;
}

export function segmentsOf(chapter: Chapter): Segment[] {
  return chapter.heading
    ? [chapter.heading, ...chapter.paragraphs.flat()]
    : chapter.paragraphs.flat();
}

/** Every segment of a text in reading order, the title first. */
export function allSegments(text: Text): Segment[] {
  return [text.title, ...text.chapters.flatMap(segmentsOf)];
}

function walkRuns(runs: readonly InlineRun[], visit: (run: InlineRun) => void) {
  for (const run of runs) {
    visit(run);
    if (run.kind !== 'text') walkRuns(run.children, visit);
  }
}

export function mentionsIn(runs: readonly InlineRun[]): string[] {
  const ids: string[] = [];
  walkRuns(runs, (run) => {
    if (run.kind === 'mention') ids.push(run.entity);
  });
  return ids;
}

export function termsIn(runs: readonly InlineRun[]): string[] {
  const ids: string[] = [];
  walkRuns(runs, (run) => {
    if (run.kind === 'term') ids.push(run.term);
  });
  return ids;
}

export { walkRuns };

/** A paragraph's segments as one string: one space between segments, none after a glued one. */
export function paragraphText(segments: readonly Segment[], lang: Lang): string {
  let out = '';
  segments.forEach((segment, i) => {
    out += plainText(segment[lang].runs);
    if (i < segments.length - 1 && !segment[lang].glue) out += ' ';
  });
  return out;
}

/**
 * The whole text in one language with every annotation removed: the title, then each chapter's
 * heading and paragraphs, one block per line, no final newline. For the French side this is the
 * original exactly as published (a unit test holds it to the source file byte for byte).
 */
export function plainTextOf(text: Text, lang: Lang): string {
  const blocks = [plainText(text.title[lang].runs)];
  for (const chapter of text.chapters) {
    if (chapter.heading) blocks.push(plainText(chapter.heading[lang].runs));
    for (const paragraph of chapter.paragraphs) blocks.push(paragraphText(paragraph, lang));
  }
  return blocks.join('\n');
}
