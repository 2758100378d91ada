import { error } from '@sveltejs/kit';
import { EPUB_LAYOUTS, epubFileName, exportDate, textToEpub } from '$lib/export/epub.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { EntryGenerator, RequestHandler } from './$types';

// A text as two EPUB 3 files, prerendered: /epub/<text>.epub (French and English side by side,
// a table per paragraph) and /epub/<text>.alternating.epub (alternating sentence by sentence).
export const prerender = true;

export const entries: EntryGenerator = () =>
  getCorpus().texts.flatMap((text) =>
    EPUB_LAYOUTS.map((layout) => ({ file: epubFileName(text.slug, layout) }))
  );

export const GET: RequestHandler = ({ params }) => {
  const corpus = getCorpus();
  for (const text of corpus.texts)
    for (const layout of EPUB_LAYOUTS)
      if (epubFileName(text.slug, layout) === params.file) {
        const bytes = textToEpub(text, corpus.entries, { layout, modified: exportDate() });
        return new Response(bytes, { headers: { 'content-type': 'application/epub+zip' } });
      }
  error(404, 'No such book');
};
