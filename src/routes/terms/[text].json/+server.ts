import { error, json } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// A text's vocabulary, fetched the first time a reader points at one of its terms: the reader
// page itself carries none of it.
export const prerender = true;

export const entries: EntryGenerator = () => getCorpus().texts.map((text) => ({ text: text.slug }));

export const GET: RequestHandler = ({ params }) => {
  const text = getCorpus().textsBySlug.get(params.text);
  if (!text) error(404, 'No such text');
  return json(text.terms);
};
