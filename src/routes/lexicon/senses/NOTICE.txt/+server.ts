import { getLexiconFiles } from '$lib/lexicon/build/lexicon-files.ts';
import type { RequestHandler } from './$types';

// The notice and full licence text that must travel with the senses shards beside it.
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(getLexiconFiles().notices.senses, {
    headers: { 'content-type': 'text/plain; charset=utf-8' }
  });
