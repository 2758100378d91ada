// The importer's row of `npm run bench`: a plain French text of N words and its English (the first
// text's paragraphs repeated under `## Chapitre N` headings, markup removed), imported in a child
// process for its time and peak memory. Run alone: `node --experimental-strip-types bench/import.ts
// [words,…]` (default 10000,100000).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'rolldown';
import { plain } from './generate.ts';

export interface ImportBench {
  ms: number;
  peakRssMB: number;
  words: number;
  segments: number;
}

/** The paragraphs of an aligned file as plain text (segments joined by one space). */
function plainParagraphs(file: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('%') || line.startsWith('#')) continue;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const m = /^\S+[ \t]+(.*?)[ \t]*$/.exec(line);
    if (!m) continue;
    if (!current) out.push((current = []).join(''));
    current.push(plain(m[1]!).replace(/\\(.)/g, '$1'));
    out[out.length - 1] = current.join(' ');
  }
  return out;
}

/** Writes `dir/fr.txt` and `dir/en.txt` with about `targetWords` French words. */
export function generatePlain(root: string, dir: string, targetWords: number, chapterWords = 3000) {
  const base = join(root, 'texts', 'premiere-position');
  const fr = plainParagraphs(join(base, 'fr.txt'));
  const en = plainParagraphs(join(base, 'en.txt'));
  const count = (t: string) => t.split(/\s+/).filter(Boolean).length;
  const frOut = ['Première position au Parti communiste', ''];
  const enOut = ['The Top Position in the Communist Party', ''];
  let words = 0;
  let chapter = 0;
  let inChapter = chapterWords;
  for (let k = 0; words < targetWords; k++) {
    if (inChapter >= chapterWords) {
      chapter++;
      frOut.push(`## Chapitre ${chapter}`, '');
      enOut.push(`## Chapter ${chapter}`, '');
      inChapter = 0;
    }
    const i = k % fr.length;
    frOut.push(fr[i]!, '');
    enOut.push(en[i]!, '');
    words += count(fr[i]!);
    inChapter += count(fr[i]!);
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fr.txt'), frOut.join('\n'));
  writeFileSync(join(dir, 'en.txt'), enOut.join('\n'));
  return words;
}

/** The child bundled to plain JavaScript (as bench/pipeline.ts does, for the same reasons). */
async function bundleChild(root: string): Promise<string> {
  const file = join(root, 'bench', 'tmp', 'import-child.mjs');
  await build({
    input: join(root, 'bench', 'import-child.ts'),
    platform: 'node',
    external: [/^node:/, 'yaml'],
    output: { file, format: 'esm' },
    tsconfig: false,
    logLevel: 'warn'
  });
  return file;
}

/** Imports about `targetWords` French words with their English; median time of `runs`. */
export async function timeImport(
  root: string,
  targetWords: number,
  runs = 3
): Promise<ImportBench> {
  const dir = join(root, 'bench', 'tmp', `import-${targetWords}`);
  const words = generatePlain(root, dir, targetWords);
  const child = await bundleChild(root);
  const samples: { ms: number; maxRssKB: number; segments: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [child, dir, join(root, 'texts', 'glossary')], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 20
    });
    samples.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  samples.sort((a, b) => a.ms - b.ms);
  const median = samples[Math.floor(samples.length / 2)]!;
  return {
    ms: median.ms,
    peakRssMB: Math.max(...samples.map((s) => s.maxRssKB)) / 1024,
    words,
    segments: median.segments
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'import.ts')) {
  const root = resolve(import.meta.dirname, '..');
  const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
  for (const size of sizes) {
    const r = await timeImport(root, size);
    console.log(
      `import ${r.words} French words (+ English): ${Math.round(r.ms)} ms (median of 3), ` +
        `peak RSS ${Math.round(r.peakRssMB)} MB, ${r.segments} segments`
    );
  }
}
