import { error, json } from '@sveltejs/kit';
import { getSearchFiles } from '$lib/server/search-files.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// The segments' texts, in library order, a fixed number per file: what the results show.
export const prerender = true;

export const entries: EntryGenerator = () =>
  getSearchFiles().docs.map((_, part) => ({ part: String(part) }));

export const GET: RequestHandler = ({ params }) => {
  const file = /^\d+$/.test(params.part) ? getSearchFiles().docs[Number(params.part)] : undefined;
  if (!file) error(404, 'No such docs file');
  return json(file);
};
