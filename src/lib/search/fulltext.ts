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
 * The index is cut into files so that a search in a long book fetches only what it needs: a core
 * (the texts, and minisearch's document table), one file of terms per first letter (with their
 * postings), and the segments' texts in files of `DOCS_PER_FILE`. A query fetches the terms files
 * of its words' first letters, then the segments of the hits it shows. Scores are those of the
 * whole index (minisearch ranks with the document table and each term's own postings); the one
 * difference is that a typo in a word's first letter is not forgiven.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type SearchOptions,
  type SearchResult
} from 'minisearch';
import { onceByKey } from '../once.ts';
import { allSegments, segmentsOf, type Corpus, type Segment } from '../corpus/model.ts';
import { plainText } from '../corpus/inline.ts';
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
const KINDS: readonly SegmentKind[] = ['title', 'heading', 'sentence'];

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
interface IndexedDoc {
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

/** Every segment of every text, in library and reading order, the title first. */
export function searchDocs(corpus: Pick<Corpus, 'texts'>): SearchDoc[] {
  return corpus.texts.flatMap((text) => {
    const first = text.chapters[0]?.id ?? '';
    const chapterOf = new Map<string, string>();
    const headings = new Set<string>();
    for (const chapter of text.chapters) {
      if (chapter.heading) headings.add(chapter.heading.id);
      for (const segment of segmentsOf(chapter))
        chapterOf.set(segment.id, chapter.id === first ? '' : chapter.id);
    }
    const kindOf = (segment: Segment): SegmentKind =>
      segment === text.title ? 'title' : headings.has(segment.id) ? 'heading' : 'sentence';
    return allSegments(text).map((segment) => ({
      id: `${text.slug}/${segment.id}`,
      text: text.slug,
      // The title shows at the top of every chapter: its link goes to the first.
      chapter: chapterOf.get(segment.id) ?? '',
      segment: segment.id,
      kind: kindOf(segment),
      fr: plainText(segment.fr.runs),
      en: plainText(segment.en.runs)
    }));
  });
}

/** The terms file a term belongs to: its first letter's code point, in hex (a safe file name). */
export function termFileKey(term: string): string {
  return (term.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
}

/** Builds the files of /search-index/ (at prerender time). */
export function buildSearchFiles(
  corpus: Pick<Corpus, 'texts'>,
  docsPerFile = DOCS_PER_FILE
): SearchFiles {
  const texts: SearchText[] = corpus.texts.map((text) => ({
    slug: text.slug,
    title: { fr: plainText(text.title.fr.runs), en: plainText(text.title.en.runs) }
  }));
  const docs = searchDocs(corpus);
  const miniSearch = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  miniSearch.addAll(docs.map((doc, n) => ({ n, fr: doc.fr, en: doc.en })));
  const { index: entries, documentIds, ...table } = miniSearch.toJSON();
  // minisearch numbers documents as they are added, so its table of ids is the identity here: the
  // core leaves it out (a third of its size at 1M words) and `openSearchIndex` writes it back.
  if (Object.entries(documentIds).some(([short, n]) => Number(short) !== n))
    throw new Error('minisearch numbered the segments out of order');
  const terms = new Map<string, TermsFile>();
  for (const entry of entries) {
    const key = termFileKey(entry[0]);
    const file = terms.get(key) ?? [];
    file.push(entry);
    terms.set(key, file);
  }
  const position = new Map(texts.map((text, i) => [text.slug, i]));
  const tuples = docs.map((doc): DocTuple => [
    position.get(doc.text)!,
    doc.chapter,
    doc.segment,
    KINDS.indexOf(doc.kind),
    doc.fr,
    doc.en
  ]);
  const textStarts = texts.map((text) => docs.findIndex((doc) => doc.text === text.slug));
  return {
    core: {
      version: 2,
      texts,
      textStarts,
      docCount: docs.length,
      docsPerFile,
      termFiles: [...terms.keys()].sort(),
      index: { ...table, documentIds: {}, index: [] }
    },
    terms,
    docs: Array.from({ length: Math.ceil(docs.length / docsPerFile) }, (_, part) =>
      tuples.slice(part * docsPerFile, (part + 1) * docsPerFile)
    )
  };
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

/** The files of `buildSearchFiles` as a reader: for the unit tests and the browser tests. */
export function searchFileReader(files: SearchFiles): SearchFileReader {
  return async (path) => {
    if (path === 'core.json') return files.core;
    const term = /^terms\/([0-9a-f]+)\.json$/.exec(path);
    if (term && files.terms.has(term[1]!)) return files.terms.get(term[1]!);
    const docs = /^docs\/(\d+)\.json$/.exec(path);
    if (docs && files.docs[Number(docs[1])]) return files.docs[Number(docs[1])];
    throw new Error(`${path}: 404`);
  };
}

/** The words of a query as the index holds them (the same processing as the documents'). */
function queryTerms(query: string): string[] {
  return tokenize(query).flatMap((token) => processTerm(token) ?? []);
}

/**
 * Opens the index: its core now, terms and segments as queries need them. Every file is fetched
 * once; one that failed is forgotten, so the next query tries again.
 */
export async function openSearchIndex(read: SearchFileReader): Promise<FullTextIndex> {
  const core = (await read('core.json')) as SearchCore;
  if (core?.version !== 2) throw new Error(`unknown search index version ${core?.version}`);
  const termsFile = onceByKey<TermsFile>();
  const docsFile = onceByKey<DocTuple[]>();
  const hasTerms = new Set(core.termFiles);
  const loaded = new Map<string, TermsFile>();
  const documentIds = Object.fromEntries(Array.from({ length: core.docCount }, (_, n) => [n, n]));
  let engine: { keys: string; miniSearch: MiniSearch<IndexedDoc> } | undefined;

  /** minisearch over the core and every terms file loaded so far: rebuilt when one is added. */
  async function engineFor(terms: string[]) {
    const needed = [...new Set(terms.map(termFileKey))].filter((key) => hasTerms.has(key));
    const files = await Promise.all(
      needed.map((key) =>
        termsFile(key, async () => (await read(`terms/${key}.json`)) as TermsFile)
      )
    );
    needed.forEach((key, i) => loaded.set(key, files[i]!));
    const keys = [...loaded.keys()].sort().join(' ');
    if (engine?.keys !== keys) {
      const index = { ...core.index, documentIds, index: [...loaded.values()].flat() };
      engine = { keys, miniSearch: MiniSearch.loadJS<IndexedDoc>(index, INDEX_OPTIONS) };
    }
    return engine.miniSearch;
  }

  // The last text starting at or before segment n: a binary search, as it runs once per hit.
  const textOf = (n: number): SearchText => {
    let low = 0;
    let high = core.textStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (core.textStarts[middle]! <= n) low = middle;
      else high = middle - 1;
    }
    return core.texts[low]!;
  };

  return {
    texts: core.texts,
    textOf,
    async search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      const miniSearch = await engineFor(terms);
      return miniSearch.search(query).map((result: SearchResult) => {
        const matched = { fr: [] as string[], en: [] as string[] };
        for (const term of result.terms) {
          for (const field of result.match[term] ?? []) {
            if (field === 'fr' || field === 'en') matched[field].push(term);
          }
        }
        return { n: Number(result.id), score: result.score, terms: matched };
      });
    },
    async hits(matches) {
      const parts = [...new Set(matches.map((m) => Math.floor(m.n / core.docsPerFile)))];
      const files = new Map(
        await Promise.all(
          parts.map(
            async (part) =>
              [
                part,
                await docsFile(
                  String(part),
                  async () => (await read(`docs/${part}.json`)) as DocTuple[]
                )
              ] as const
          )
        )
      );
      return matches.flatMap((match) => {
        const tuple = files.get(Math.floor(match.n / core.docsPerFile))?.[
          match.n % core.docsPerFile
        ];
        if (!tuple) return [];
        const [t, chapter, segment, kind, fr, en] = tuple;
        const text = core.texts[t]!;
        const doc: SearchDoc = {
          id: `${text.slug}/${segment}`,
          text: text.slug,
          chapter,
          segment,
          kind: KINDS[kind] ?? 'sentence',
          fr,
          en
        };
        return [{ doc, text, score: match.score, terms: match.terms }];
      });
    }
  };
}

/** Reads the files of the index from the site (`base`: where /search-index/ is). */
export function fetchSearchFiles(base: string, fetcher: typeof fetch = fetch): SearchFileReader {
  return async (path) => {
    const url = `${base}/${path}`;
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  };
}

const opening = onceByKey<FullTextIndex>();

/**
 * Opens the site's index, once per visit (the worker calls it when search is first used). A
 * failure is forgotten, so the next attempt tries again.
 */
export function loadSearchIndex(
  base: string,
  fetcher: typeof fetch = fetch
): Promise<FullTextIndex> {
  return opening(base, () => openSearchIndex(fetchSearchFiles(base, fetcher)));
}
