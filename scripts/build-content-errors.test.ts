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
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The site build's first step (vite.config.ts, plugin 'reader-content') on broken texts: it prints
// the located problems alone, as check:texts does, and stops the build; no stack trace around them.
const work = mkdtempSync(join(tmpdir(), 'build-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the build on broken texts', () => {
  it('prints the located errors alone, then fails', async () => {
    const texts = join(work, 'texts');
    cpSync('texts', texts, { recursive: true });
    const fr = join(texts, 'premiere-position', 'fr.txt');
    writeFileSync(fr, readFileSync(fr, 'utf8').replace('{stasova}', '{stasowa}'));
    const buildDir = join(work, 'build');
    mkdirSync(buildDir);
    process.env.TEXTS_DIR = texts;
    process.env.BUILD_DIR = buildDir;
    const config = (await import('../vite.config.ts')).default as { plugins: unknown[] };
    const plugin = (config.plugins.flat(3) as (Plugin | null)[]).find(
      (p) => p?.name === 'reader-content'
    )!;
    const printed: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.join(' '));
    });
    class Exit extends Error {}
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Exit(String(code));
    });
    // What Rollup's this.error does: throw, after which Vite prints the error with its stack.
    const context = {
      error(e: unknown) {
        throw e instanceof Error ? e : new Error(String(e));
      }
    };
    let thrown: unknown;
    try {
      (plugin.buildStart as (this: unknown) => void).call(context);
    } catch (e) {
      thrown = e;
    } finally {
      error.mockRestore();
      exit.mockRestore();
      delete process.env.TEXTS_DIR;
      delete process.env.BUILD_DIR;
    }
    expect(thrown).toBeInstanceOf(Exit);
    expect((thrown as Error).message).toBe('1');
    const output = printed.join('\n');
    expect(output).toMatch(/premiere-position\/fr\.txt:\d+:\d+ unknown glossary id 'stasowa'/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(buildDir)).toBe(false);
  });
});
