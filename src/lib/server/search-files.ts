import { type SearchFiles } from '$lib/search/fulltext.ts';
import { buildSearchFiles } from '$lib/search/fulltext-build.ts';
import { getCorpus } from './corpus.ts';
import type { Corpus } from '$lib/corpus/server.ts';

const built = new WeakMap<Corpus, SearchFiles>();

/**
 * The full-text index's files, built once per corpus: the core, every terms file and every docs
 * file are prerendered from the same build (a million words take seconds to index).
 */
export function getSearchFiles(): SearchFiles {
  const corpus = getCorpus();
  let files = built.get(corpus);
  if (!files) built.set(corpus, (files = buildSearchFiles(corpus)));
  return files;
}
