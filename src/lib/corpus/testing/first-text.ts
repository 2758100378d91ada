import { buildCorpus, type BuildResult } from '../build.ts';
import { readContentDir } from '../load.ts';

/**
 * The real glossary with the library's first text alone: the ground that tests of searching
 * and highlighting the real texts were written for (which segments say "Khrouchtchev"), so they
 * keep their meaning as other texts join `texts/`.
 */
export function loadFirstText(): BuildResult {
  return buildCorpus(firstTextFiles(), 'texts');
}

/** The files `loadFirstText` builds, for a test that changes one of them first. */
export function firstTextFiles(): Map<string, Uint8Array> {
  const files = readContentDir('texts');
  for (const path of files.keys()) {
    if (!path.startsWith('glossary/') && !path.startsWith('premiere-position/')) files.delete(path);
  }
  return files;
}
