import { json } from '@sveltejs/kit';
import { getSearchFiles } from '$lib/server/search-files.ts';
import type { RequestHandler } from './$types';

// The full-text index is built at prerender time into static files (see $lib/search/fulltext.ts).
// The browser fetches them only when a reader first focuses or uses a search box: this core
// first, then the terms and segments each query needs, so no page carries them up front.
export const prerender = true;

export const GET: RequestHandler = () => json(getSearchFiles().core);
