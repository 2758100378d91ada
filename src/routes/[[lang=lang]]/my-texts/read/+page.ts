import { loadPageStrings } from '$lib/i18n/page-strings.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

// A shell: the text is in this browser (IndexedDB), named by ?id=…, and built by the page's script.
export const load: PageLoad = async ({ params }) => {
  await loadPageStrings(params, 'my-texts');
};
