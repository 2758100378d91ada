// Run in a fresh process per size (its peak RSS is the pipeline's alone): reads and builds one
// content folder, prints {ms, maxRssKB, errors} as JSON.
import { performance } from 'node:perf_hooks';
import { buildCorpus } from '../src/lib/corpus/build.ts';
import { readContentDir } from '../src/lib/corpus/load.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: pipeline-child.ts <content dir>');
const start = performance.now();
const { corpus, errors } = buildCorpus(readContentDir(dir), dir);
const ms = performance.now() - start;
console.log(
  JSON.stringify({
    ms,
    maxRssKB: process.resourceUsage().maxRSS,
    errors: errors.length,
    ok: !!corpus
  })
);
