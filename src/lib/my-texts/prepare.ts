// What passes between the /my-texts page and its importer worker, and the step from the
// importer's result to a stored record. Pure (the worker itself is in import.worker.ts, started by
// worker-client.ts).
import type { GlossaryNames, ImportResult } from '../import/index.ts';
import type { MyText } from './store.ts';

export interface PrepareRequest {
  id: number;
  fr: string;
  en?: string;
  glossary: GlossaryNames[];
}

export type PrepareResponse =
  { id: number; ok: true; result: ImportResult } | { id: number; ok: false; errors: string[] };

/** The text's French title: the importer's first pairing is always the title. */
export function titleOf(result: Pick<ImportResult, 'pairings' | 'slug'>): string {
  return result.pairings[0]?.fr.join(' ').trim() || result.slug;
}

/**
 * The record to store for an import: its files relative to the text folder (`fr.txt`, not
 * `<slug>/fr.txt`), named after its French title.
 */
export function recordFrom(
  result: Pick<ImportResult, 'slug' | 'files' | 'pairings'>,
  id: string,
  now: number,
  name = titleOf(result)
): MyText {
  const prefix = `${result.slug}/`;
  const files: Record<string, string> = {};
  for (const [path, text] of result.files) {
    files[path.startsWith(prefix) ? path.slice(prefix.length) : path] = text;
  }
  return { id, slug: result.slug, name, files, created: now, updated: now };
}
