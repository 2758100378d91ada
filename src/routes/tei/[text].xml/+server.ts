import { error } from '@sveltejs/kit';
import { textToTei } from '$lib/export/tei.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// A text as a TEI P5 document (docs/authoring.md §9), prerendered as /tei/<text>.xml.
export const prerender = true;

export const entries: EntryGenerator = () => getCorpus().texts.map((text) => ({ text: text.slug }));

export const GET: RequestHandler = ({ params }) => {
  const corpus = getCorpus();
  const text = corpus.textsBySlug.get(params.text);
  if (!text) error(404, 'No such text');
  return new Response(textToTei(text, corpus.entries), {
    headers: { 'content-type': 'application/tei+xml; charset=utf-8' }
  });
};
