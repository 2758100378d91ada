// `npm run import:text -- --fr FILE [--en FILE] [--slug SLUG] [--title-en TITLE] [--out DIR] [--force]`:
// imports a plain French text and its translation into DIR/<slug>/ (DIR: a content folder, texts/
// by default) with src/lib/import, prints the review list, then checks the content folder with the
// corpus module. Options are read with node's own util.parseArgs (no dependency needed).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { formatContentError } from '../src/lib/corpus/errors.ts';
import { loadCorpusFrom } from '../src/lib/corpus/load.ts';
import { decodeSource } from '../src/lib/corpus/source.ts';
import {
  glossaryNames,
  importText,
  ImportError,
  MAX_INPUT_BYTES,
  type GlossaryNames
} from '../src/lib/import/index.ts';

const USAGE =
  'usage: npm run import:text -- --fr FILE [--en FILE] [--slug SLUG] [--title-en TITLE] [--out DIR] [--force]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function readInput(file: string): string {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) fail(`${file}:1:1 not a file`);
    size = stat.size;
  } catch {
    fail(`${file}:1:1 cannot read the file: does it exist?`);
  }
  if (size > MAX_INPUT_BYTES)
    fail(
      `${file}:1:1 the file is ${(size / 1048576).toFixed(1)} MB: the importer takes at most 5 MB`
    );
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    fail(`${file}:1:1 cannot read the file`);
  }
  const decoded = decodeSource(file, bytes);
  if (!decoded.ok) fail(formatContentError(decoded.error));
  return decoded.text;
}

/** Names and aliases of DIR/glossary/*.yaml; an entry that does not parse is skipped. */
function readGlossary(dir: string): GlossaryNames[] {
  const folder = join(dir, 'glossary');
  if (!existsSync(folder)) return [];
  const entries = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.yaml')) continue;
    try {
      const e = parseYaml(readFileSync(join(folder, name), 'utf8')) as {
        id?: string;
        name?: { fr?: string; en?: string };
        aliases?: { fr?: string[]; en?: string[] };
      };
      if (typeof e?.id === 'string' && e.name?.fr && e.name.en)
        entries.push({ id: e.id, name: { fr: e.name.fr, en: e.name.en }, aliases: e.aliases });
    } catch {
      // check:texts reports it; the importer just does without the entry.
    }
  }
  return glossaryNames(entries);
}

let args;
try {
  args = parseArgs({
    options: {
      fr: { type: 'string' },
      en: { type: 'string' },
      slug: { type: 'string' },
      'title-en': { type: 'string' },
      out: { type: 'string', default: 'texts' },
      force: { type: 'boolean', default: false }
    },
    strict: true
  }).values;
} catch (e) {
  fail(`import:text: ${(e as Error).message}\n${USAGE}`, 2);
}
if (!args.fr) fail(`import:text: --fr FILE is required\n${USAGE}`, 2);
const out = args.out;
if (!existsSync(out) || !statSync(out).isDirectory())
  fail(`import:text: '${out}' is not a folder`, 2);

const fr = readInput(args.fr);
const en = args.en === undefined ? undefined : readInput(args.en);

let result;
try {
  result = importText({
    fr,
    en,
    slug: args.slug,
    titleEn: args['title-en'],
    glossary: readGlossary(out),
    frName: args.fr,
    enName: args.en,
    root: out
  });
} catch (e) {
  if (e instanceof ImportError) fail(e.errors.map(formatContentError).join('\n'));
  fail(`import:text: ${(e as Error).message}`);
}

const target = join(out, result.slug);
if (existsSync(target)) {
  if (!args.force)
    fail(
      `${target}:1:1 a text '${result.slug}' already exists: give another --slug, or --force to replace it`
    );
  rmSync(target, { recursive: true, force: true });
}
for (const [rel, content] of result.files) {
  const path = join(out, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

const s = result.stats;
console.log(
  `import:text: wrote ${target}/ — ${s.frWords} French words, ${s.segments} segments in ` +
    `${s.paragraphs} paragraph${s.paragraphs === 1 ? '' : 's'}${s.chapters ? ` and ${s.chapters} chapters` : ''}; ` +
    `pairings ${Object.entries(s.pairings)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ')}; ` +
    `${s.mentions.fr} French and ${s.mentions.en} English mentions suggested`
);
if (result.review.length > 0) {
  console.log(`\nTo review (${result.review.length}):`);
  for (const item of result.review)
    console.log(`${item.file}:${item.line} ${item.kind}: ${item.message}`);
}
const { errors } = loadCorpusFrom(out);
if (errors.length > 0) {
  console.error(
    `\ncheck:texts finds ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${out}:`
  );
  for (const e of errors) console.error(formatContentError(e));
  process.exit(1);
}
console.log(
  `\ncheck:texts: ${out} has no problems. Review the list above, fill in text.yaml, then commit.`
);
