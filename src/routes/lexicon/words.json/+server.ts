import { json } from '@sveltejs/kit';
import { getLexiconFiles } from '$lib/lexicon/build/lexicon-files.ts';
import type { RequestHandler } from './$types';

// The project's own word list (src/lib/lexicon/project-words.yaml, CC BY-SA 4.0), in one file.
export const prerender = true;

export const GET: RequestHandler = () => json(getLexiconFiles().words);
