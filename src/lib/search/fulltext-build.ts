// The build half of full-text search: the index's files, made at prerender time from the corpus
// (src/lib/server/search-files.ts), and a reader over them for the tests. See fulltext.ts.
import MiniSearch from 'minisearch';
import { allSegments, segmentsOf, type Corpus, type Segment } from '../corpus/model.ts';
import { plainText } from '../corpus/inline.ts';
import {
  DOCS_PER_FILE,
  INDEX_OPTIONS,
  KINDS,
  termFileKey,
  type DocTuple,
  type IndexedDoc,
  type SearchDoc,
  type SearchFileReader,
  type SearchFiles,
  type SearchText,
  type SegmentKind,
  type TermsFile
} from './fulltext.ts';

/** Every segment of every text, in library and reading order, the title first. */
export function searchDocs(corpus: Pick<Corpus, 'texts'>): SearchDoc[] {
  return corpus.texts.flatMap((text) => {
    const first = text.chapters[0]?.id ?? '';
    const chapterOf = new Map<string, string>();
    const headings = new Set<string>();
    for (const chapter of text.chapters) {
      if (chapter.heading) headings.add(chapter.heading.id);
      for (const segment of segmentsOf(chapter))
        chapterOf.set(segment.id, chapter.id === first ? '' : chapter.id);
    }
    const kindOf = (segment: Segment): SegmentKind =>
      segment === text.title ? 'title' : headings.has(segment.id) ? 'heading' : 'sentence';
    return allSegments(text).map((segment) => ({
      id: `${text.slug}/${segment.id}`,
      text: text.slug,
      // The title shows at the top of every chapter: its link goes to the first.
      chapter: chapterOf.get(segment.id) ?? '',
      segment: segment.id,
      kind: kindOf(segment),
      fr: plainText(segment.fr.runs),
      en: plainText(segment.en.runs)
    }));
  });
}

/** Builds the files of /search-index/ (at prerender time). */
export function buildSearchFiles(
  corpus: Pick<Corpus, 'texts'>,
  docsPerFile = DOCS_PER_FILE
): SearchFiles {
  const texts: SearchText[] = corpus.texts.map((text) => ({
    slug: text.slug,
    title: { fr: plainText(text.title.fr.runs), en: plainText(text.title.en.runs) }
  }));
  const docs = searchDocs(corpus);
  const miniSearch = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);
  miniSearch.addAll(docs.map((doc, n) => ({ n, fr: doc.fr, en: doc.en })));
  const { index: entries, documentIds, ...table } = miniSearch.toJSON();
  // minisearch numbers documents as they are added, so its table of ids is the identity here: the
  // core leaves it out (a third of its size at 1M words) and `openSearchIndex` writes it back.
  if (Object.entries(documentIds).some(([short, n]) => Number(short) !== n))
    throw new Error('minisearch numbered the segments out of order');
  const terms = new Map<string, TermsFile>();
  for (const entry of entries) {
    const key = termFileKey(entry[0]);
    const file = terms.get(key) ?? [];
    file.push(entry);
    terms.set(key, file);
  }
  const position = new Map(texts.map((text, i) => [text.slug, i]));
  const tuples = docs.map((doc): DocTuple => [
    position.get(doc.text)!,
    doc.chapter,
    doc.segment,
    KINDS.indexOf(doc.kind),
    doc.fr,
    doc.en
  ]);
  const textStarts = texts.map((text) => docs.findIndex((doc) => doc.text === text.slug));
  return {
    core: {
      version: 2,
      texts,
      textStarts,
      docCount: docs.length,
      docsPerFile,
      termFiles: [...terms.keys()].sort(),
      index: { ...table, documentIds: {}, index: [] }
    },
    terms,
    docs: Array.from({ length: Math.ceil(docs.length / docsPerFile) }, (_, part) =>
      tuples.slice(part * docsPerFile, (part + 1) * docsPerFile)
    )
  };
}

/** The files of `buildSearchFiles` as a reader: for the unit tests and the browser tests. */
export function searchFileReader(files: SearchFiles): SearchFileReader {
  return async (path) => {
    if (path === 'core.json') return files.core;
    const term = /^terms\/([0-9a-f]+)\.json$/.exec(path);
    if (term && files.terms.has(term[1]!)) return files.terms.get(term[1]!);
    const docs = /^docs\/(\d+)\.json$/.exec(path);
    if (docs && files.docs[Number(docs[1])]) return files.docs[Number(docs[1])];
    throw new Error(`${path}: 404`);
  };
}
