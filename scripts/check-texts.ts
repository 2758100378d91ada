// `npm run check:texts [DIR]`: validates a content folder (default texts/) with the same corpus
// module the site builds from, prints every problem as `file:line:col message` and exits 1 if any.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentReport } from '../src/lib/corpus/errors.ts';
import { loadCorpusFrom } from '../src/lib/corpus/load.ts';

const dir = process.argv[2] ?? 'texts';
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`check:texts: '${dir}' is not a folder`);
  process.exit(2);
}
if (['text.yaml', 'fr.txt', 'en.txt'].some((name) => existsSync(join(dir, name)))) {
  console.error(
    `check:texts: '${dir}' is one text's folder; give the content folder that holds it and glossary/ (e.g. texts)`
  );
  process.exit(2);
}
const { corpus, errors } = loadCorpusFrom(dir);
if (!corpus) {
  for (const line of formatContentReport(errors, dir)) console.error(line);
  process.exit(1);
}
let segments = 0;
let mentions = 0;
for (const text of corpus.texts) segments += text.segmentCount;
for (const list of corpus.mentions.values()) mentions += list.length;
console.log(
  `${dir}: ${corpus.texts.length} text${corpus.texts.length === 1 ? '' : 's'}, ${segments} aligned segments, ` +
    `${corpus.entries.size} glossary entries, ${mentions} mentions: no problems`
);

// The word cards' lexicon coverage of these texts (docs/lexicon.md). Reported, never fatal here: a
// machine without the dictionary still checks its texts.
try {
  const { printLexiconCoverage } = await import('./lexicon-coverage.ts');
  await printLexiconCoverage(corpus);
} catch (error) {
  console.log(`lexicon coverage not measured: ${(error as Error).message.split('\n')[0]}`);
}
