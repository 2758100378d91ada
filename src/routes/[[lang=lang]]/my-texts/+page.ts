import { loadPageStrings } from '$lib/i18n/page-strings.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

// The reader's texts are in this browser (IndexedDB): the prerendered page is a shell the script
// fills, and the importer comes with the first "Prepare" (a worker).
export const load: PageLoad = async ({ params }) => {
  await loadPageStrings(params, 'my-texts');
};
