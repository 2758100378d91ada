/**
 * Full-text search over both languages of every text. Pure TypeScript with no Svelte and no DOM:
 * the prerendered endpoints (/search-index/…) build the index here once per build, the search
 * worker loads it back with the same options the first time a reader uses search, and the unit
 * tests exercise both halves against the real corpus.
 *
 * One document per segment per text: its French and English plain text are the two fields. Terms
 * are folded the way the glossary search folds names (see `foldForSearch`), so accents and case
 * never matter, and French elisions are split off ("l'URSS" is found by "urss").
 *
 * This module holds what both halves share (the documents' shape, tokenizing, minisearch's
 * options); `fulltext-build.ts` builds the files at prerender time, `fulltext-query.ts` is what the
 * search worker loads to open and query them.
 *
 * The index is cut into files so that a search in a long book fetches only what it needs: a core
 * (the texts, and minisearch's document table), one file of terms per first letter (with their
 * postings), and the segments' texts in files of `DOCS_PER_FILE`. A query fetches the terms files
 * of its words' first letters, then the segments of the hits it shows. Scores are those of the
 * whole index (minisearch ranks with the document table and each term's own postings); the one
 * difference is that a typo in a word's first letter is not forgiven.
 */
import type { AsPlainObject, Options, SearchOptions } from 'minisearch';
import { FOLDED_WORD, foldForSearch } from './normalize.ts';

/** One searchable segment: where it is, and what it says in each language. */
export interface SearchDoc {
  /** `${text}/${segment}`: unique across the corpus. */
  id: string;
  /** Slug of the text. */
  text: string;
  /** '' for the first chapter (read at /read/<text>), else the chapter id (/read/<text>/<chapter>). */
  chapter: string;
  segment: string;
  /** The text's title, a chapter heading, or a sentence of the body. */
  kind: SegmentKind;
  fr: string;
  en: string;
}

export type SegmentKind = 'title' | 'heading' | 'sentence';
export const KINDS: readonly SegmentKind[] = ['title', 'heading', 'sentence'];

export interface SearchText {
  slug: string;
  title: { fr: string; en: string };
}

/** A segment in the docs files: [text index, chapter, segment, kind (index in KINDS), fr, en]. */
export type DocTuple = [number, string, string, number, string, string];

/** /search-index/core.json: what every search needs, whatever its words. */
export interface SearchCore {
  version: 2;
  texts: SearchText[];
  /** Position of each text's first segment: segments are numbered in library order. */
  textStarts: number[];
  docCount: number;
  docsPerFile: number;
  /** The first letters (as `termFileKey` names them) that have a terms file. */
  termFiles: string[];
  /**
   * minisearch's serialization (`toJSON`) without its terms, which are in the terms files, and
   * without its table of ids, which is the identity (segment n has id n).
   */
  index: AsPlainObject;
}

/** /search-index/terms/<key>.json: minisearch's entries for the terms that begin with one letter. */
export type TermsFile = AsPlainObject['index'];

/** Everything the endpoints serve: built once per build. */
export interface SearchFiles {
  core: SearchCore;
  terms: Map<string, TermsFile>;
  docs: DocTuple[][];
}

/** Segments per docs file: a page of results needs a few of them, never the whole book. */
export const DOCS_PER_FILE = 2000;

// The tokenizer splits on spaces and punctuation (minisearch's own default), apostrophes and
// hyphens included; `processTerm` then splits again whatever folding turned into punctuation.
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

/**
 * What is left of a French elided word once the apostrophe has split it off: "l'URSS", "d'État",
 * "qu'il", "jusqu'en". They carry no meaning of their own and would match half the text by prefix,
 * so they are not indexed; a query that holds one ("l'urss") drops it the same way. English
 * contractions ("Stalin's", "don't") leave an "s" or a "t", which go too.
 */
const ELIDED = new Set([
  'c',
  'd',
  'j',
  'l',
  'm',
  'n',
  's',
  't',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'presqu',
  'quelqu'
]);

const keep = (word: string) => !ELIDED.has(word);

/** Splits text into raw tokens; each then goes through `processTerm`. */
export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION).filter((token) => token !== '');
}

/**
 * A token's indexed form(s): folded (lowercase, no accents, ligatures spelled out) and cut into
 * words, elided articles and pronouns dropped. The same function serves the documents and the
 * queries, so both sides always agree.
 */
export function processTerm(term: string): string[] | null {
  const words = (foldForSearch(term).match(FOLDED_WORD) ?? []).filter(keep);
  return words.length > 0 ? words : null;
}

/** Queries are words typed as they come: a word of 5 letters or more may have one typo per 5. */
const FUZZY_MIN_LENGTH = 5;

/**
 * How a query is read:
 * - `prefix: true`: every query word also matches the words it begins, so inflected forms are
 *   found from their stem ("secretaire" finds "secrétaires", "khrouch" finds "Khrouchtchev") and
 *   results appear while a reader is still typing a word.
 * - `fuzzy: 0.2` for words of at least 5 characters: about one edit per 5 letters, so a typo or a
 *   different ending is forgiven ("secrétaires" still finds "secrétaire", "generaux" finds
 *   "général"); shorter words would match too many unrelated ones ("pas" → "par", "mas"), and
 *   prefix matching serves them instead. minisearch ranks exact, then prefix, then fuzzy matches.
 * - `combineWith: 'AND'`: every word must be found (in either language), so each added word narrows
 *   the results as in any search box; with OR, a query with "de" in it would return everything.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 0.2 : false),
  combineWith: 'AND'
};

/** What minisearch indexes of a segment: its position in library order, and its two sides. */
export interface IndexedDoc {
  n: number;
  fr: string;
  en: string;
}

/** The options the index is built with and loaded back with: they must be identical. */
export const INDEX_OPTIONS: Options<IndexedDoc> = {
  idField: 'n',
  fields: ['fr', 'en'],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: SEARCH_OPTIONS
};

/** The terms file a term belongs to: its first letter's code point, in hex (a safe file name). */
export function termFileKey(term: string): string {
  return (term.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
}

/** A hit: the segment, its text, and the words that matched in each language, as indexed. */
export interface Hit {
  doc: SearchDoc;
  text: SearchText;
  score: number;
  /** Indexed (folded) words of this segment that matched, per language. */
  terms: { fr: string[]; en: string[] };
}

/** A segment that matched, before its text is fetched: its position in library order. */
export interface Match {
  n: number;
  score: number;
  terms: { fr: string[]; en: string[] };
}

/** A loaded index, ready to answer queries. */
export interface FullTextIndex {
  texts: SearchText[];
  /** Every segment that matches, best first (fetching the terms files its words need). */
  search(query: string): Promise<Match[]>;
  /** The text a segment belongs to, by position. */
  textOf(n: number): SearchText;
  /** These matches as hits, with their segments' texts (fetching the docs files they are in). */
  hits(matches: readonly Match[]): Promise<Hit[]>;
}

/** Reads one file of /search-index/ by its path there ("core.json", "terms/0073.json", ...). */
export type SearchFileReader = (path: string) => Promise<unknown>;
