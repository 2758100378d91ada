import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'rolldown';

export interface PipelineResult {
  ms: number;
  msPer1kWords: number;
  peakRssMB: number;
  errors: number;
}

/**
 * The child bundled to plain JavaScript in bench/tmp/, with the corpus module inlined and zod and
 * yaml left to node_modules as the site loads them. The child then runs without
 * --experimental-strip-types: the TypeScript loader (amaro's wasm) alone lifts a process's RSS by
 * ~50 MB before any content is read, and a production build runs compiled JavaScript, so that
 * cost belonged to how the bench ran, not to the pipeline. The child times and measures exactly
 * what it did before: readContentDir + buildCorpus in a fresh process, its peak RSS included.
 * rolldown is Vite's bundler, installed with it.
 */
export async function bundlePipelineChild(root: string): Promise<string> {
  const file = join(root, 'bench', 'tmp', 'pipeline-child.mjs');
  await build({
    input: join(root, 'bench', 'pipeline-child.ts'),
    platform: 'node',
    external: [/^node:/, 'zod', 'yaml'],
    output: { file, format: 'esm' },
    // The corpus module needs nothing from tsconfig (no path aliases), and .svelte-kit may not exist.
    tsconfig: false,
    logLevel: 'warn'
  });
  return file;
}

/** Times parse + validate + model of one content folder in a child process; median of `runs`. */
export async function timePipeline(
  root: string,
  dir: string,
  words: number,
  runs = 3
): Promise<PipelineResult> {
  const child = await bundlePipelineChild(root);
  const samples: { ms: number; maxRssKB: number; errors: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, [child, dir], {
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
    msPer1kWords: (median.ms / words) * 1000,
    peakRssMB: Math.max(...samples.map((s) => s.maxRssKB)) / 1024,
    errors: median.errors
  };
}
