import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildCorpus, type BuildResult } from './build.ts';
import { ContentErrors } from './errors.ts';

/** Reads every file below a content folder into memory, keyed by its `/`-separated relative path. */
export function readContentDir(
  dir: string,
  links: Set<string> = new Set()
): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
      else if (entry.isSymbolicLink()) links.add(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

/** Reads and builds a content folder; `root` names it in error messages. */
export function loadCorpusFrom(dir = 'texts'): BuildResult {
  const links = new Set<string>();
  const files = readContentDir(dir, links);
  return buildCorpus(files, dir, links);
}

/** For callers that need a corpus or nothing: the site build fails with every located problem. */
export function loadCorpusOrThrow(dir = 'texts') {
  const { corpus, errors } = loadCorpusFrom(dir);
  if (!corpus) throw new ContentErrors(errors);
  return corpus;
}
