// The lexicon coverage report that `npm run check:texts` and `npm run lexicon` print.
import type { Corpus } from '../src/lib/corpus/index.ts';
import {
  filesFetcher,
  loadLexiconFiles,
  type LexiconFiles
} from '../src/lib/lexicon/build/lexicon-files.ts';
import { formatCoverage, measureCoverage } from '../src/lib/lexicon/coverage.ts';
import { createLexicon } from '../src/lib/lexicon/lookup.ts';

export async function printLexiconCoverage(
  corpus: Corpus,
  files: LexiconFiles = loadLexiconFiles()
) {
  const coverage = await measureCoverage(corpus, createLexicon(filesFetcher(files)).lookup);
  console.log(formatCoverage(coverage, Number(process.env.LEXICON_TOP ?? 30)));
  return coverage;
}
