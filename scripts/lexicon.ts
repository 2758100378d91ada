// `npm run lexicon [DIR]`: converts the lexicon's data (the Lefff's forms, the FreeDict's senses,
// the project's word list) as the build does, prints the shards' figures and the time it took,
// then the coverage of the texts in DIR (default texts/) with its most frequent misses.
// `--fresh` converts again even when the cache (node_modules/.cache/reader-lexicon) is current.
import { loadCorpusFrom } from '../src/lib/corpus/load.ts';
import { formatContentError } from '../src/lib/corpus/errors.ts';
import { lexiconInputs, loadLexiconFiles } from '../src/lib/lexicon/build/lexicon-files.ts';
import { printLexiconCoverage } from './lexicon-coverage.ts';

const args = process.argv.slice(2);
if (args.includes('--fresh')) process.env.LEXICON_CACHE = '0';
const dir = args.find((a) => !a.startsWith('--')) ?? 'texts';

const started = performance.now();
const files = loadLexiconFiles(lexiconInputs());
const s = files.stats;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `lexicon: ${s.forms} forms in ${s.formShards} shards (largest ${kb(s.largestFormShardGzip)} gzip), ` +
    `${s.headwords} FreeDict headwords in ${s.senseShards} shards (largest ${kb(s.largestSenseShardGzip)} gzip), ` +
    `${s.projectWords} project words; ${kb(s.totalGzip)} gzip in all; ` +
    (s.buildMs
      ? `converted in ${(s.buildMs / 1000).toFixed(1)} s`
      : `read from the cache in ${Math.round(performance.now() - started)} ms`)
);
const { corpus, errors } = loadCorpusFrom(dir);
if (!corpus) {
  for (const e of errors) console.error(formatContentError(e));
  process.exit(1);
}
await printLexiconCoverage(corpus, files);
