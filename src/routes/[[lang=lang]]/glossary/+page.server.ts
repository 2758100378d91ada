import { getCorpus } from '$lib/server/corpus.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
  const corpus = getCorpus();
  return {
    entries: [...corpus.entries.values()].map((entry) => ({
      id: entry.id,
      type: entry.type,
      name: entry.name,
      aliases: entry.aliases,
      dates: entry.dates,
      mentions: corpus.mentions.get(entry.id)?.length ?? 0
    }))
  };
};
