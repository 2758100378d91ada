// `npm run export:epub [DIR]`: writes every text of the content folder (TEXTS_DIR, default texts/)
// as two EPUB 3 files in DIR (default export/epub): <text>.epub, French and English side by side
// in a table per paragraph, and <text>.alternating.epub, alternating sentence by sentence; the
// same files the site serves at /epub/. SOURCE_DATE_EPOCH, when set, fixes their date.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError } from '../src/lib/corpus/errors.ts';
import { loadCorpusFrom } from '../src/lib/corpus/load.ts';
import { EPUB_LAYOUTS, epubFileName, exportDate, textToEpub } from '../src/lib/export/epub.ts';

const out = process.argv[2] ?? 'export/epub';
const dir = process.env.TEXTS_DIR ?? 'texts';
const { corpus, errors } = loadCorpusFrom(dir);
if (!corpus) {
  for (const error of errors) console.error(formatContentError(error));
  console.error(`\nexport:epub: ${errors.length} problem(s) in ${dir}; run npm run check:texts`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const modified = exportDate();
for (const text of corpus.texts)
  for (const layout of EPUB_LAYOUTS) {
    const file = join(out, epubFileName(text.slug, layout));
    writeFileSync(file, textToEpub(text, corpus.entries, { layout, modified }));
    console.log(file);
  }
