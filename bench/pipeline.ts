import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface PipelineResult {
  ms: number;
  msPer1kWords: number;
  peakRssMB: number;
  errors: number;
}

/** Times parse + validate + model of one content folder in a child process; median of `runs`. */
export function timePipeline(root: string, dir: string, words: number, runs = 3): PipelineResult {
  const samples: { ms: number; maxRssKB: number; errors: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      [
        '--experimental-strip-types',
        '--no-warnings',
        join(root, 'bench', 'pipeline-child.ts'),
        dir
      ],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 }
    );
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
