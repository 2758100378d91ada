import { json } from '@sveltejs/kit';
import { glossaryNames } from '$lib/import/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { RequestHandler } from './$types';

// The glossary's names and aliases, for the importer that runs in the /my-texts page's worker:
// fetched only by that page, when the reader first prepares a text.
export const prerender = true;

export const GET: RequestHandler = () => json(glossaryNames(getCorpus().entries.values()));
