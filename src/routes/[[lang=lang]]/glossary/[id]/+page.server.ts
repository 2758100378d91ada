import { error } from '@sveltejs/kit';
import { getCorpus } from '$lib/server/corpus.ts';
import { entryView } from '$lib/glossary/entry-view.server.ts';
import { timelineData } from '$lib/server/timeline.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
  [...getCorpus().entries.keys()].flatMap((id) => [{ id }, { lang: 'fr', id }]);

export const load: PageServerLoad = ({ params }) => {
  const corpus = getCorpus();
  const entry = corpus.entries.get(params.id);
  if (!entry) error(404, 'No such glossary entry');
  // A post with holders shows its own lane of the timeline, at the scale of its own years.
  const lane =
    entry.type === 'post' && (corpus.holders.get(entry.id)?.length ?? 0) > 0
      ? timelineData(corpus, [entry.id], { fit: true })
      : undefined;
  return { entry: entryView(corpus, entry), lane };
};
