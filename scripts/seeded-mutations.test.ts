/**
 * Three fixed mutations of the real content (an unknown mention id, a deleted English segment,
 * invalid UTF-8 in a glossary file), each put through the real processes an author and the site
 * build run: `check:texts` must exit 1 with the located message, and `vite build` must fail with
 * the same message and leave no build folder, not even a stale one from an earlier build.
 * (The in-process fuzzer, src/lib/corpus/fuzz.test.ts, covers thousands of random mutations.)
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tmp = mkdtempSync(join(tmpdir(), 'seeded-mutations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(args[0]!, args.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, ...env, VITEST: '' },
    timeout: 120_000
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

interface Seeded {
  name: string;
  /** Mutates the copy; returns the located message both tools must print. */
  mutate(dir: string): string;
}

const SEEDED: Seeded[] = [
  {
    name: 'an unknown mention id in fr.txt',
    mutate(dir) {
      const file = join(dir, 'premiere-position', 'fr.txt');
      const source = readFileSync(file, 'utf8');
      writeFileSync(file, source.replace('[Elena Stasova]{stasova}', '[Elena Stasova]{stasowa}'));
      const line = lineOf(source, '[Elena Stasova]{stasova}');
      // The column of the id, after '{'.
      const column = source.split('\n')[line - 1]!.indexOf('{stasova}') + 2;
      return `${dir}/premiere-position/fr.txt:${line}:${column} unknown glossary id 'stasowa'`;
    }
  },
  {
    name: 'a deleted English segment',
    mutate(dir) {
      const en = join(dir, 'premiere-position', 'en.txt');
      writeFileSync(
        en,
        readFileSync(en, 'utf8')
          .split('\n')
          .filter((l) => !l.startsWith('1.3 '))
          .join('\n')
      );
      const fr = readFileSync(join(dir, 'premiere-position', 'fr.txt'), 'utf8');
      return `${dir}/premiere-position/fr.txt:${lineOf(fr, '1.3 ')}:1 segment '1.3' has no partner`;
    }
  },
  {
    name: 'invalid UTF-8 in a glossary file',
    mutate(dir) {
      const file = join(dir, 'glossary', 'stalin.yaml');
      const source = readFileSync(file, 'utf8');
      const line = lineOf(source, 'Staline');
      const column = source.split('\n')[line - 1]!.indexOf('Staline') + 1;
      // "Staline" as Latin-1 would not do (all ASCII): put a lone 0xFF byte where the name starts
      const bytes = Buffer.from(source, 'utf8');
      const at =
        Buffer.byteLength(
          source
            .split('\n')
            .slice(0, line - 1)
            .join('\n') + '\n'
        ) + Buffer.byteLength(source.split('\n')[line - 1]!.slice(0, column - 1));
      writeFileSync(
        file,
        Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)])
      );
      return `${dir}/glossary/stalin.yaml:${line}:${column} invalid UTF-8: save the file as UTF-8`;
    }
  }
];

describe('seeded mutations through check:texts and the site build', () => {
  SEEDED.forEach((seeded, i) => {
    it(`${seeded.name}: check:texts exits 1, the build fails and leaves no build/`, () => {
      const work = join(tmp, String(i));
      const dir = join(work, 'texts');
      mkdirSync(work, { recursive: true });
      cpSync('texts', dir, { recursive: true });
      const message = seeded.mutate(dir);

      const check = run([
        process.execPath,
        '--experimental-strip-types',
        '--no-warnings',
        'scripts/check-texts.ts',
        dir
      ]);
      expect(check.output).toContain(message);
      expect(check.status).toBe(1);

      // A stale build from an earlier run must not survive a failed build.
      const buildDir = join(work, 'build');
      mkdirSync(buildDir, { recursive: true });
      writeFileSync(join(buildDir, 'index.html'), '<p>stale</p>');
      const build = run([process.execPath, 'node_modules/vite/bin/vite.js', 'build'], {
        TEXTS_DIR: dir,
        BUILD_DIR: buildDir,
        KIT_OUT_DIR: join(work, '.svelte-kit')
      });
      expect(build.output).toContain(message);
      expect(build.status).not.toBe(0);
      expect(existsSync(buildDir)).toBe(false);
    }, 120_000);
  });
});
