import { loadPageStrings } from '$lib/i18n/page-strings.ts';
import type { EntryGenerator, PageLoad } from './$types';

// Listed here so both languages are prerendered even before a link leads to the page.
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

// The cards are in the reader's browser (IndexedDB and localStorage): the prerendered page is a
// shell the script fills.
export const load: PageLoad = async ({ params }) => {
  await loadPageStrings(params, 'review');
};
