import { loadCorpusOrThrow, type Corpus } from '$lib/corpus/server.ts';

let cached: Corpus | undefined;

/**
 * The corpus, read once per build: every prerendered page's load function calls this, and only
 * the first call reads and validates the files. `TEXTS_DIR` points the site at another content
 * folder (the benchmark uses it); a content problem throws and so fails the build.
 */
export function getCorpus(): Corpus {
  cached ??= loadCorpusOrThrow(process.env.TEXTS_DIR ?? 'texts');
  return cached;
}
