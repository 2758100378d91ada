import { getCorpus } from '$lib/server/corpus.ts';
import { timelineData } from '$lib/server/timeline.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// Listed here so both languages are prerendered even before a link leads to the page.
export const entries: EntryGenerator = () => [{}, { lang: 'fr' }];

export const load: PageServerLoad = () => ({ timeline: timelineData(getCorpus()) });
