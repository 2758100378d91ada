import { loadStrings } from '$lib/i18n/index.ts';
import type { EntryGenerator, PageLoad } from './$types';

// Prerendered in both UI languages; nothing links to the page (the header's search form submits
// to it), so the crawler is told about it here. The query is read in the browser only.
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }];

// This page's own interface strings, in its language, before it renders.
export const load: PageLoad = async ({ params }) => {
  await loadStrings(params.lang === 'fr' ? 'fr' : 'en', 'search');
};
