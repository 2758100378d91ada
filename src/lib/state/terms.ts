import { base } from '$app/paths';
import type { Term } from '$lib/corpus/index.ts';

/** Where a text's vocabulary is: one prerendered JSON file per text. */
export const termsUrl = (text: string) => `${base}/terms/${text}.json`;

const cache = new Map<string, Promise<Record<string, Term>>>();

/** A text's vocabulary, fetched once per visit (a failed fetch is tried again next time). */
export function loadTerms(text: string): Promise<Record<string, Term>> {
  let pending = cache.get(text);
  if (!pending) {
    const url = termsUrl(text);
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${url}`);
      return response.json() as Promise<Record<string, Term>>;
    });
    pending.catch(() => cache.delete(text));
    cache.set(text, pending);
  }
  return pending;
}
