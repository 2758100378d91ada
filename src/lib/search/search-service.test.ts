import { beforeAll, describe, expect, it } from 'vitest';
import { loadFirstText } from '../corpus/testing/first-text.ts';
import { type FullTextIndex } from './fulltext.ts';
import { buildSearchFiles, searchFileReader } from './fulltext-build.ts';
import { openSearchIndex } from './fulltext-query.ts';
import { createSearchService } from './search-service.ts';

const URL = '/search-index';
let index: FullTextIndex;

beforeAll(async () => {
  const { corpus, errors } = loadFirstText();
  expect(errors).toEqual([]);
  index = await openSearchIndex(searchFileReader(buildSearchFiles(corpus!)));
});

describe('the search service', () => {
  it('sends back the best hits up to the limit, with the count in all and per text', async () => {
    const answer = createSearchService(async () => index);
    const all = await index.hits(await index.search('staline'));
    expect(all.length).toBeGreaterThan(2);
    const reply = await answer({ kind: 'search', url: URL, query: 'staline', limit: 2 });
    expect(reply).toMatchObject({ ok: true, query: 'staline', total: all.length });
    if (!reply.ok) return;
    expect(reply.hits.map((hit) => hit.doc.id)).toEqual(all.slice(0, 2).map((hit) => hit.doc.id));
    expect(reply.perText).toEqual({ 'premiere-position': all.length });
  });

  it('searches once per query: "show more" slices the hits it kept', async () => {
    let searches = 0;
    const counting: FullTextIndex = {
      ...index,
      search: (query) => (searches++, index.search(query))
    };
    const answer = createSearchService(async () => counting);
    const first = await answer({ kind: 'search', url: URL, query: 'parti', limit: 1 });
    const more = await answer({ kind: 'search', url: URL, query: 'parti', limit: 50 });
    expect(searches).toBe(1);
    expect(first.ok && more.ok && more.hits.length > first.hits.length).toBe(true);
    await answer({ kind: 'search', url: URL, query: 'lenine', limit: 50 });
    expect(searches).toBe(2);
  });

  it('answers a failed load with its reason, and tries again on the next request', async () => {
    let attempts = 0;
    const answer = createSearchService(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error(`${URL}: 503`);
      return index;
    });
    expect(await answer({ kind: 'load', url: URL })).toEqual({ ok: false, error: `${URL}: 503` });
    expect(await answer({ kind: 'load', url: URL })).toMatchObject({ ok: true });
    expect(attempts).toBe(2);
  });
});
