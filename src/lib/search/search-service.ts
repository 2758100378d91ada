/**
 * Answers search requests over the full-text index: the work the search worker does, written
 * without worker globals so that a page where no worker can start, and the unit tests, run the
 * same code in place.
 */
import { type FullTextIndex, type Hit, type Match } from './fulltext.ts';
import { loadSearchIndex } from './fulltext-query.ts';

/** `url`: where the index's files are (/search-index). */
export type SearchRequest =
  | { kind: 'load'; url: string }
  /** `limit`: how many of the best hits to send back (the page shows them 50 at a time). */
  | { kind: 'search'; url: string; query: string; limit: number };

/** One query's answer: its best hits, how many there are in all, and how many in each text. */
export interface SearchResults {
  query: string;
  hits: Hit[];
  total: number;
  /**
   * Hits per text (by slug), over all hits, not only the ones sent back. Read it with
   * Object.hasOwn: a text may be named `constructor`.
   */
  perText: Record<string, number>;
}

export type SearchReply = ({ ok: true } & SearchResults) | { ok: false; error: string };

/**
 * A function answering requests. The last query's matches are kept, so "show more" (the same
 * query, a higher limit) only slices them: a one-letter query in a long book finds tens of
 * thousands. Only the hits asked for get their texts and cross to the page, which keeps each
 * answer small.
 */
export function createSearchService(
  load: (url: string) => Promise<FullTextIndex> = loadSearchIndex
): (request: SearchRequest) => Promise<SearchReply> {
  let last: { query: string; matches: Match[]; perText: Record<string, number> } | undefined;
  return async (request) => {
    try {
      const index = await load(request.url);
      if (request.kind === 'load') return { ok: true, query: '', hits: [], total: 0, perText: {} };
      if (last?.query !== request.query) {
        const matches = await index.search(request.query);
        const perText: Record<string, number> = {};
        for (const { n } of matches) {
          const slug = index.textOf(n).slug;
          perText[slug] = (Object.hasOwn(perText, slug) ? perText[slug]! : 0) + 1;
        }
        last = { query: request.query, matches, perText };
      }
      const { query, matches, perText } = last;
      const hits: Hit[] = await index.hits(matches.slice(0, Math.max(0, request.limit)));
      return { ok: true, query, hits, total: matches.length, perText };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
