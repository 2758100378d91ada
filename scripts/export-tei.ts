// `npm run export:tei [DIR]`: writes every text of the content folder (TEXTS_DIR, default texts/)
// as a TEI P5 document DIR/<text>.xml (default DIR: export/tei), as the site serves at /tei/<text>.xml.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentError } from '../src/lib/corpus/errors.ts';
import { loadCorpusFrom } from '../src/lib/corpus/load.ts';
import { textToTei } from '../src/lib/export/tei.ts';

const out = process.argv[2] ?? 'export/tei';
const dir = process.env.TEXTS_DIR ?? 'texts';
const { corpus, errors } = loadCorpusFrom(dir);
if (!corpus) {
  for (const error of errors) console.error(formatContentError(error));
  console.error(`\nexport:tei: ${errors.length} problem(s) in ${dir}; run npm run check:texts`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const text of corpus.texts) {
  const file = join(out, `${text.slug}.xml`);
  writeFileSync(file, textToTei(text, corpus.entries));
  console.log(file);
}
