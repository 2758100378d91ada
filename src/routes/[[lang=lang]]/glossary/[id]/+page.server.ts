import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus.ts';
import { entryView } from '$lib/server/entry-view.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  [...getCorpus().entries.keys()].flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const load: PageServerLoad = ({ params }) => {
  const corpus = getCorpus();
  const entry = corpus.entries.get(params.id);
  if (!entry) error(404, 'No such glossary entry');
  return { entry: entryView(corpus, entry) };
};
