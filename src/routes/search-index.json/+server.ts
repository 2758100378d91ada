import { json } from '@sveltejs/kit';
import { buildSearchPayload } from '$lib/search/fulltext.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { RequestHandler } from './$types';

// The full-text index of every text, built once at prerender time into a static file. The browser
// fetches it only when a reader first focuses or uses a search box, so no page carries it up front.
export const prerender = true;

export const GET: RequestHandler = () => json(buildSearchPayload(getCorpus()));
