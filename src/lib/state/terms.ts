import type { Term } from '$lib/corpus/index.ts';
import { termsPath } from '$lib/data-paths.ts';
import { jsonOnce } from './json-once.ts';

const fetchTerms = jsonOnce<Record<string, Term>>();

/** A text's vocabulary, fetched once per visit (a failed fetch is tried again next time). */
export function loadTerms(text: string): Promise<Record<string, Term>> {
  return fetchTerms(text, termsPath(text));
}
