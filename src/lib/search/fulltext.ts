/**
 * Full-text search over both languages of every text. Pure TypeScript with no Svelte and no DOM:
 * the prerendered endpoint (/search-index.json) builds the index here once per build, the browser
 * loads it back with the same options the first time a reader uses search, and the unit tests
 * exercise both halves against the real corpus.
 *
 * One document per segment per text: its French and English plain text are the two fields. Terms
 * are folded the way the glossary search folds names (see `foldForSearch`), so accents and case
 * never matter, and French elisions are split off ("l'URSS" is found by "urss").
 */
import MiniSearch, { type Options, type SearchOptions, type SearchResult } from 'minisearch';
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

/**
 * What /search-index.json holds: minisearch's own serialization of the index (`toJSON`), and a
 * compact store of the segments (tuples, the text by its position in `texts`) that the results
 * show. Titles are kept once per text rather than once per segment.
 */
export interface SearchPayload {
  version: 1;
  texts: SearchText[];
  /** [text index, chapter, segment, kind (index in KINDS), fr, en] */
  docs: [number, string, string, number, string, string][];
  index: ReturnType<MiniSearch['toJSON']>;
}

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

/** The options the index is built with and loaded back with: they must be identical. */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  idField: 'id',
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

/** Builds the payload of /search-index.json (at prerender time). */
export function buildSearchPayload(corpus: Pick<Corpus, 'texts'>): SearchPayload {
  const texts: SearchText[] = corpus.texts.map((text) => ({
    slug: text.slug,
    title: { fr: plainText(text.title.fr.runs), en: plainText(text.title.en.runs) }
  }));
  const docs = searchDocs(corpus);
  const miniSearch = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  miniSearch.addAll(docs);
  const position = new Map(texts.map((text, i) => [text.slug, i]));
  return {
    version: 1,
    texts,
    docs: docs.map((doc) => [
      position.get(doc.text)!,
      doc.chapter,
      doc.segment,
      KINDS.indexOf(doc.kind),
      doc.fr,
      doc.en
    ]),
    index: miniSearch.toJSON()
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

/** A loaded index, ready to answer queries. */
export interface FullTextIndex {
  texts: SearchText[];
  search(query: string): Hit[];
}

/** Loads a payload (as built by `buildSearchPayload`, possibly through JSON) into a usable index. */
export function loadSearchPayload(payload: SearchPayload): FullTextIndex {
  if (payload.version !== 1) throw new Error(`unknown search index version ${payload.version}`);
  const miniSearch = MiniSearch.loadJS<SearchDoc>(payload.index, INDEX_OPTIONS);
  const docs = new Map<string, { doc: SearchDoc; text: SearchText }>();
  for (const [t, chapter, segment, kind, fr, en] of payload.docs) {
    const text = payload.texts[t]!;
    const id = `${text.slug}/${segment}`;
    const doc = { id, text: text.slug, chapter, segment, kind: KINDS[kind] ?? 'sentence', fr, en };
    docs.set(id, { doc, text });
  }
  return {
    texts: payload.texts,
    search(query: string): Hit[] {
      if (query.trim() === '') return [];
      return miniSearch.search(query).flatMap((result: SearchResult) => {
        const found = docs.get(String(result.id));
        if (!found) return [];
        const terms = { fr: [] as string[], en: [] as string[] };
        for (const term of result.terms) {
          for (const field of result.match[term] ?? []) {
            if (field === 'fr' || field === 'en') terms[field].push(term);
          }
        }
        return [{ ...found, score: result.score, terms }];
      });
    }
  };
}

let loading: Promise<FullTextIndex> | undefined;

/**
 * Fetches and loads the index, once per visit (the browser calls it when search is first used).
 * A failed fetch is forgotten, so the next attempt tries again.
 */
export function loadSearchIndex(
  url: string,
  fetcher: typeof fetch = fetch
): Promise<FullTextIndex> {
  loading ??= fetcher(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<SearchPayload>;
    })
    .then(loadSearchPayload)
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}
