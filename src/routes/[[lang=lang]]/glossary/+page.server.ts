import { glossaryRows } from '$lib/glossary/glossary-view.ts';
import { langParam } from '$lib/i18n/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { PageServerLoad } from './$types';

// Prerendered once per UI language (/glossary and /fr/glossary); the page reads no query string
// here, so the filter a URL asks for is applied in the browser, after hydration.
export const load: PageServerLoad = ({ params }) => ({
  entries: glossaryRows(getCorpus(), langParam(params))
});
