// The query half of full-text search, loaded by the search worker: opens the prerendered index's
// files as queries need them and answers queries. See fulltext.ts.
import MiniSearch, { type SearchResult } from 'minisearch';
import { onceByKey } from '../once.ts';
import {
  INDEX_OPTIONS,
  KINDS,
  processTerm,
  termFileKey,
  tokenize,
  type DocTuple,
  type FullTextIndex,
  type IndexedDoc,
  type SearchCore,
  type SearchDoc,
  type SearchFileReader,
  type SearchText,
  type TermsFile
} from './fulltext.ts';

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
