import { getCorpus } from '$lib/server/corpus.ts';
import { librarySummaries } from '$lib/server/views.ts';
import type { PageServerLoad } from './$types';

// In the library's order (by level, then title): what the page shows without JavaScript.
export const load: PageServerLoad = () => ({ texts: librarySummaries(getCorpus()) });
