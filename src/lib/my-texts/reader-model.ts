// A saved text as the reader shows it: the record's files and the site's glossary files go
// through the same corpus module as the site's own texts (buildCorpus: one parser, the same
// checks), and its rows are written by the same renderer (render-html.ts, which escapes every
// character the reader pasted). Pure; loaded only by /my-texts/read.
import { buildCorpus } from '../corpus/build.ts';
import { formatContentError } from '../corpus/errors.ts';
import { plainText } from '../corpus/inline.ts';
import type { Text } from '../corpus/model.ts';
import {
  chapterHtml,
  segmentHtml,
  type ChapterHtmlOptions,
  type ReaderHtml
} from '../reader/render-html.ts';
import type { MyText } from './store.ts';

export interface SavedReader {
  text: Text;
  title: ReaderHtml;
  /** The French title as plain text (the page's <title>). */
  titleText: string;
  /** Every chapter, one after the other (a saved text is read on one page). */
  body: ReaderHtml;
  /** Every segment id, title first, in reading order. */
  segmentIds: string[];
}

export type SavedReaderResult = { ok: true; reader: SavedReader } | { ok: false; errors: string[] };

const encoder = new TextEncoder();

export function savedReader(
  record: MyText,
  glossary: Readonly<Record<string, string>>,
  options: Omit<ChapterHtmlOptions, 'types'>
): SavedReaderResult {
  const files = new Map<string, Uint8Array>();
  for (const [path, text] of Object.entries(glossary)) {
    if (path.startsWith('glossary/')) files.set(path, encoder.encode(text));
  }
  for (const [path, text] of Object.entries(record.files)) {
    files.set(`${record.slug}/${path}`, encoder.encode(text));
  }
  const { corpus, errors } = buildCorpus(files, 'my-text');
  const text = corpus?.textsBySlug.get(record.slug);
  if (!corpus || !text) {
    return { ok: false, errors: errors.slice(0, 20).map((e) => formatContentError(e)) };
  }
  const types: ChapterHtmlOptions['types'] = Object.fromEntries(
    [...corpus.entries.values()].map((entry) => [entry.id, entry.type])
  );
  const full = { ...options, types };
  let body = '';
  const segmentIds = [text.title.id];
  for (const chapter of text.chapters) {
    body += chapterHtml(chapter, full);
    if (chapter.heading) segmentIds.push(chapter.heading.id);
    for (const paragraph of chapter.paragraphs) for (const s of paragraph) segmentIds.push(s.id);
  }
  return {
    ok: true,
    reader: {
      text,
      title: segmentHtml(text.title, full, 'h1', 'reader-title'),
      titleText: plainText(text.title.fr.runs),
      body: body as ReaderHtml,
      segmentIds
    }
  };
}
