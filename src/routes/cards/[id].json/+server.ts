import { error, json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus.ts';
import { cardFile } from '$lib/card/card-view.server.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// One small prerendered file per glossary entry, fetched only when its card is first opened, so
// a reader page carries no glossary data up front.
export const prerender = true;

export const entries: EntryGenerator = () => [...getCorpus().entries.keys()].map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
  const entry = getCorpus().entries.get(params.id);
  if (!entry) error(404, 'No such glossary entry');
  return json(cardFile(getCorpus(), entry));
};
