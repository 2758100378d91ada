// Run in a fresh process per size (its peak RSS is the importer's alone): reads a plain French
// text, its translation and the glossary's names, imports them, prints {ms, maxRssKB, ...} as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { glossaryNames, importText } from '../src/lib/import/index.ts';

const [dir, glossaryDir] = process.argv.slice(2);
if (!dir || !glossaryDir)
  throw new Error('usage: import-child.ts <dir with fr.txt, en.txt> <glossary dir>');
const entries = readdirSync(glossaryDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(glossaryDir, f), 'utf8')));
const fr = readFileSync(join(dir, 'fr.txt'), 'utf8');
const en = readFileSync(join(dir, 'en.txt'), 'utf8');
const start = performance.now();
const result = importText({ fr, en, glossary: glossaryNames(entries), slug: 'bench' });
const ms = performance.now() - start;
console.log(
  JSON.stringify({
    ms,
    maxRssKB: process.resourceUsage().maxRSS,
    segments: result.stats.segments,
    review: result.review.length,
    pairings: result.stats.pairings
  })
);
