import { loadPageStrings } from '$lib/i18n/page-strings.ts';
import type { EntryGenerator, PageLoad } from './$types';

// Prerendered in both UI languages; nothing links to the page (the header's search form submits
// to it), so the crawler is told about it here. The query is read in the browser only.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }];

export const load: PageLoad = async ({ params }) => {
  await loadPageStrings(params, 'search');
};
