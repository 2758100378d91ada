/**
 * The page's side of full-text search. Requests go to a worker (search.worker.ts), so loading and
 * searching a long book's index never holds up typing or scrolling; where no worker can start,
 * the same service runs in the page.
 *
 * One search at a time is sent: while one runs, newer queries replace each other and only the
 * latest goes next, so fast typing in a 1M-word book leaves no queue of stale searches behind.
 */
import type { SearchReply, SearchRequest, SearchResults } from './search-service.ts';

export type Transport = (request: SearchRequest) => Promise<SearchReply>;

export interface SearchClient {
  /** Loads the index (once; a failure is forgotten, so calling again tries again). */
  load(): Promise<void>;
  /**
   * The best `limit` hits of `query`, or `undefined` when a newer search replaced this one
   * before it was sent. Rejects when the index cannot be loaded.
   */
  search(query: string, limit: number): Promise<SearchResults | undefined>;
}

const resultsOf = (reply: SearchReply): SearchResults => {
  if (!reply.ok) throw new Error(reply.error);
  return { query: reply.query, hits: reply.hits, total: reply.total, perText: reply.perText };
};

export function createSearchClient(url: string, transport: Transport): SearchClient {
  type Waiting = {
    query: string;
    limit: number;
    resolve(results: SearchResults | undefined): void;
    reject(error: unknown): void;
  };
  let busy = false;
  let next: Waiting | undefined;

  const send = (query: string, limit: number) => {
    busy = true;
    const sent = transport({ kind: 'search', url, query, limit }).then(resultsOf);
    const done = () => {
      busy = false;
      const waiting = next;
      next = undefined;
      if (waiting) send(waiting.query, waiting.limit).then(waiting.resolve, waiting.reject);
    };
    sent.then(done, done);
    return sent;
  };

  return {
    load: () => transport({ kind: 'load', url }).then((reply) => void resultsOf(reply)),
    search(query, limit) {
      if (!busy) return send(query, limit);
      next?.resolve(undefined);
      return new Promise((resolve, reject) => (next = { query, limit, resolve, reject }));
    }
  };
}

/**
 * Requests to a worker, answered by id. A worker that fails (its script cannot be fetched, say)
 * fails what it was asked, and `onFailure` lets the next request start a new one.
 */
export function workerTransport(worker: Worker, onFailure: () => void): Transport {
  let id = 0;
  const waiting = new Map<number, (reply: SearchReply) => void>();
  worker.addEventListener('message', (event: MessageEvent<{ id: number; reply: SearchReply }>) => {
    waiting.get(event.data.id)?.(event.data.reply);
    waiting.delete(event.data.id);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const resolve of waiting.values())
      resolve({ ok: false, error: event.message || 'the search worker stopped' });
    waiting.clear();
    worker.terminate();
    onFailure();
  });
  return (request) =>
    new Promise((resolve) => {
      waiting.set(++id, resolve);
      worker.postMessage({ id, request });
    });
}

/** The service in the page itself: for a browser where no worker can start. */
function inPageTransport(): Transport {
  let answer: Transport | undefined;
  return async (request) => {
    answer ??= (await import('./search-service.ts')).createSearchService();
    return answer(request);
  };
}

function startWorker(onFailure: () => void): Transport {
  try {
    const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    return workerTransport(worker, onFailure);
  } catch {
    return inPageTransport();
  }
}

let shared: SearchClient | undefined;

/** The one search client of the visit (the header's box warms it up, the search page uses it). */
export function searchClient(url: string): SearchClient {
  let transport: Transport | undefined;
  shared ??= createSearchClient(url, (request) => {
    transport ??= startWorker(() => (transport = undefined));
    return transport(request);
  });
  return shared;
}
