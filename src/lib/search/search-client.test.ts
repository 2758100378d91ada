import { describe, expect, it } from 'vitest';
import { createSearchClient, type Transport } from './search-client.ts';
import type { SearchReply, SearchRequest } from './search-service.ts';

/** A transport whose answers the test releases one by one, recording what was sent. */
function heldTransport() {
  const sent: SearchRequest[] = [];
  const pending: ((reply: SearchReply) => void)[] = [];
  const transport: Transport = (request) => {
    sent.push(request);
    return new Promise((resolve) => pending.push(resolve));
  };
  const answer = (reply?: Partial<SearchReply>) => {
    const request = sent[sent.length - pending.length]!;
    const query = request.kind === 'search' ? request.query : '';
    pending.shift()!({ ok: true, query, hits: [], total: 1, perText: {}, ...reply } as SearchReply);
  };
  return { sent, transport, answer, flush: () => new Promise((r) => setTimeout(r, 0)) };
}

const queries = (sent: SearchRequest[]) =>
  sent.map((request) => (request.kind === 'search' ? request.query : request.kind));

describe('the search client', () => {
  it('sends one search at a time; of the queries typed meanwhile only the latest goes next', async () => {
    const { sent, transport, answer, flush } = heldTransport();
    const client = createSearchClient('/i.json', transport);
    const s = client.search('s', 50);
    const st = client.search('st', 50);
    const sta = client.search('sta', 50);
    expect(queries(sent)).toEqual(['s']);
    answer();
    expect(await s).toMatchObject({ query: 's' });
    // "st" was replaced by "sta" before it could be sent: it is never searched.
    expect(await st).toBeUndefined();
    await flush();
    expect(queries(sent)).toEqual(['s', 'sta']);
    answer();
    expect(await sta).toMatchObject({ query: 'sta' });
  });

  it('rejects a search whose index cannot be loaded, and the next one is still sent', async () => {
    const { sent, transport, answer, flush } = heldTransport();
    const client = createSearchClient('/i.json', transport);
    const failing = client.search('lenine', 50);
    answer({ ok: false, error: '/i.json: 404' } as Partial<SearchReply>);
    await expect(failing).rejects.toThrow('/i.json: 404');
    await flush();
    const next = client.search('lenine', 50);
    expect(sent).toHaveLength(2);
    answer();
    expect(await next).toMatchObject({ query: 'lenine' });
  });

  it('load resolves once the index is there and rejects with the reason when it is not', async () => {
    const { transport, answer } = heldTransport();
    const client = createSearchClient('/i.json', transport);
    const loaded = client.load();
    answer();
    await expect(loaded).resolves.toBeUndefined();
    const failed = client.load();
    answer({ ok: false, error: 'offline' } as Partial<SearchReply>);
    await expect(failed).rejects.toThrow('offline');
  });
});
