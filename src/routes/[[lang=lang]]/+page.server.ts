import { getCorpus } from '$lib/server/corpus.ts';
import { textSummary } from '$lib/server/views.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const corpus = getCorpus();
  return { texts: corpus.texts.map((text) => textSummary(corpus, text)) };
};
