import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { json } from '@sveltejs/kit';
import { GLOSSARY_DIR } from '$lib/corpus/build.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { RequestHandler } from './$types';

// The glossary's own files, as texts/glossary/ holds them, for a reader's saved text: the browser
// builds that text with the same corpus module (buildCorpus), so its mentions are checked against
// the same entries as the site's texts, and the cards it opens are the site's (/cards/<id>.json).
// Fetched only when a saved text is opened. The corpus is read first so that a build never serves
// a glossary the checker refused.
export const prerender = true;

export const GET: RequestHandler = () => {
  getCorpus();
  const dir = join(process.env.TEXTS_DIR ?? 'texts', GLOSSARY_DIR);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.yaml'))
      files[`${GLOSSARY_DIR}/${name}`] = readFileSync(join(dir, name), 'utf8');
  }
  return json(files);
};
