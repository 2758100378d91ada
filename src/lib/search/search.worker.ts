// The search worker: loads the full-text index and answers queries off the page's main thread,
// so that a long book's index (tens of megabytes at a million words) never holds up typing.
import { createSearchService, type SearchRequest } from './search-service.ts';

const answer = createSearchService();
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
};

scope.addEventListener('message', (event: MessageEvent<{ id: number; request: SearchRequest }>) => {
  const { id, request } = event.data;
  void answer(request).then((reply) => scope.postMessage({ id, reply }));
});
