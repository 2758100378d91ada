import { error, json } from '@sveltejs/kit';
import { getSearchFiles } from '$lib/server/search-files.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// The index's terms that begin with one letter (its code point in hex), with their postings.
export const prerender = true;

export const entries: EntryGenerator = () =>
  getSearchFiles().core.termFiles.map((key) => ({ key }));

export const GET: RequestHandler = ({ params }) => {
  const file = getSearchFiles().terms.get(params.key);
  if (!file) error(404, 'No such terms file');
  return json(file);
};
