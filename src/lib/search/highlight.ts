import { segmentHash } from '$lib/reader/dom-contract.ts';
/**
 * What the results page needs to show hits: grouped by text, linked to the reader, and the words
 * that matched marked in the original text. Kept apart from the index (fulltext.ts), which the
 * search worker loads: the page never loads minisearch.
 */
import type { Hit, SearchDoc, SearchText } from './fulltext.ts';
import { FOLDED_WORD, foldForSearch } from './normalize.ts';

/** Hits grouped by text, texts in the order of their best hit, hits by score within a text. */
export function groupByText(hits: readonly Hit[]): { text: SearchText; hits: Hit[] }[] {
  const groups = new Map<string, { text: SearchText; hits: Hit[] }>();
  for (const hit of hits) {
    let group = groups.get(hit.text.slug);
    if (!group) groups.set(hit.text.slug, (group = { text: hit.text, hits: [] }));
    group.hits.push(hit);
  }
  return [...groups.values()];
}

/** The reader's address of a hit's segment (without the /fr prefix of the UI language). */
export function hitPath(doc: Pick<SearchDoc, 'text' | 'chapter' | 'segment'>): string {
  return `/read/${doc.text}${doc.chapter ? `/${doc.chapter}` : ''}${segmentHash(doc.segment)}`;
}

const MARK = /^\p{M}$/u;
const foldedChars = new Map<string, string>();

/** One character (code point) folded as `foldForSearch` folds it inside a longer string. */
function foldChar(c: string): string {
  let folded = foldedChars.get(c);
  if (folded === undefined) {
    // foldForSearch trims: a lone space would vanish and glue two words into one.
    folded = /\s/u.test(c) ? ' ' : foldForSearch(c);
    foldedChars.set(c, folded);
  }
  return folded;
}

/**
 * The folded form of a text, with the way back: `start[i]` and `end[i]` are the offsets in the
 * original text of the character that gave folded character `i`. Folding changes lengths both
 * ways: "é" written as e + U+0301 gives one folded "e" from two characters (the mark folds to
 * nothing), "œ" gives "oe" from one, a character outside the BMP is two UTF-16 units.
 */
export function foldWithOffsets(text: string): { folded: string; start: number[]; end: number[] } {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k += 1) {
      start.push(offset);
      end.push(offset + c.length);
    }
    folded += f;
    offset += c.length;
  }
  return { folded, start, end };
}

/** A range of the original text, [start, end) in UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Where the words of `terms` (indexed forms, as in `Hit.terms`) occur in `text`, as ranges of the
 * original text: accents, capitals and combining marks kept inside the range ("destitue" marks
 * "destitué" whether its é is one character or two).
 */
export function highlightRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const wanted = new Set(terms);
  const { folded, start, end } = foldWithOffsets(text);
  const ranges: Range[] = [];
  for (const match of folded.matchAll(FOLDED_WORD)) {
    if (!wanted.has(match[0])) continue;
    const from = start[match.index]!;
    let to = end[match.index + match[0].length - 1]!;
    // Combining marks after the last letter belong to it ("e" + U+0301).
    for (const c of text.slice(to)) {
      if (!MARK.test(c)) break;
      to += c.length;
    }
    // Neighbouring words separated by spaces only make one mark: "secrétaire général".
    const last = ranges.at(-1);
    if (last && text.slice(last.end, from).trim() === '') last.end = to;
    else ranges.push({ start: from, end: to });
  }
  return ranges;
}

/** The text cut into marked and unmarked parts, ready to render. */
export function highlightParts(
  text: string,
  terms: readonly string[]
): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const range of highlightRanges(text, terms)) {
    if (range.start > at) parts.push({ text: text.slice(at, range.start), mark: false });
    parts.push({ text: text.slice(range.start, range.end), mark: true });
    at = range.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), mark: false });
  return parts;
}
