import { error, json } from '@sveltejs/kit';
import { getLexiconFiles } from '$lib/lexicon/build/lexicon-files.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// One senses shard (docs/lexicon.md): a range of the data, named by the letters it starts at.
export const prerender = true;

export const entries: EntryGenerator = () =>
  [...getLexiconFiles().senses.keys()].map((shard) => ({ shard }));

export const GET: RequestHandler = ({ params }) => {
  const shard = getLexiconFiles().senses.get(params.shard);
  if (!shard) error(404, 'No such lexicon shard');
  return json(shard);
};
