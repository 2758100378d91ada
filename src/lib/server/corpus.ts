import { dev } from '$app/environment';
import { loadCorpusOrThrow, type Corpus } from '$lib/corpus/server.ts';

let cached: Corpus | undefined;

/**
 * The corpus, read once per build: every prerendered page's load function calls this, and only
 * the first call reads and validates the files. In `npm run dev` it is read on every request so
 * an author's edit shows on the next reload. `TEXTS_DIR` points the site at another content folder
 * (the benchmark uses it); a content problem throws and so fails the build.
 */
export function getCorpus(): Corpus {
  if (dev) return loadCorpusOrThrow(contentDir());
  cached ??= loadCorpusOrThrow(contentDir());
  return cached;
}

function contentDir(): string {
  return process.env.TEXTS_DIR ?? 'texts';
}
