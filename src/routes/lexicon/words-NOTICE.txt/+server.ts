import { getLexiconFiles } from '$lib/lexicon/build/lexicon-files.ts';
import type { RequestHandler } from './$types';

// Where /lexicon/words.json comes from and its licence.
export const prerender = true;

export const GET: RequestHandler = () =>
  new Response(getLexiconFiles().notices.words, {
    headers: { 'content-type': 'text/plain; charset=utf-8' }
  });
