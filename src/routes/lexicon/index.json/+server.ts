import { json } from '@sveltejs/kit';
import { getLexiconFiles } from '$lib/lexicon/build/lexicon-files.ts';
import type { RequestHandler } from './$types';

// The word card's lexicon (docs/lexicon.md): the names of the forms and senses shards and what
// each dataset is. Fetched on the first word card, never by a page itself.
export const prerender = true;

export const GET: RequestHandler = () => json(getLexiconFiles().index);
