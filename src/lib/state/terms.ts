import { base } from '$app/paths';
import type { Term } from '$lib/corpus/index.ts';
import { jsonOnce } from './json-once.ts';

/** Where a text's vocabulary is: one prerendered JSON file per text. */
export const termsUrl = (text: string) => `${base}/terms/${text}.json`;

const fetchTerms = jsonOnce<Record<string, Term>>();

/** A text's vocabulary, fetched once per visit (a failed fetch is tried again next time). */
export function loadTerms(text: string): Promise<Record<string, Term>> {
  return fetchTerms(text, termsUrl(text));
}
