import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The CLI as an author runs it: a real process, real files, its exit code and its output.
function runCli(dir: string): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', 'scripts/check-texts.ts', dir],
      { encoding: 'utf8', stdio: 'pipe' }
    );
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

let copy: string | undefined;
function copyOfTexts(): string {
  copy = mkdtempSync(join(tmpdir(), 'texts-'));
  cpSync('texts', copy, { recursive: true });
  return copy;
}
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('npm run check:texts', () => {
  it('exits 0 on the real texts and says what it checked', () => {
    const { status, stdout } = runCli('texts');
    expect(status).toBe(0);
    const texts = readdirSync('texts').filter((name) =>
      existsSync(join('texts', name, 'text.yaml'))
    );
    expect(stdout).toMatch(
      new RegExp(
        `${texts.length} texts, \\d+ aligned segments, \\d+ glossary entries, \\d+ mentions: no problems`
      )
    );
  });

  it('exits 1 and locates a broken glossary id', () => {
    const dir = copyOfTexts();
    const file = join(dir, 'premiere-position', 'fr.txt');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace('[Elena Stasova]{stasova}', '[Elena Stasova]{stasowa}'));
    const line = lineOf(source, '[Elena Stasova]{stasova}');
    // The column of the id itself, not of the '['.
    const column = source.split('\n')[line - 1]!.indexOf('{stasova}') + 2;
    const { status, stderr } = runCli(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${dir}/premiere-position/fr.txt:${line}:${column} unknown glossary id 'stasowa': did you mean 'stasova'?`
    );
  });

  it('exits 1 and names the French segment whose English partner was deleted', () => {
    const dir = copyOfTexts();
    const en = join(dir, 'premiere-position', 'en.txt');
    writeFileSync(
      en,
      readFileSync(en, 'utf8')
        .split('\n')
        .filter((l) => !l.startsWith('1.7 '))
        .join('\n')
    );
    const frLine = lineOf(readFileSync(join(dir, 'premiere-position', 'fr.txt'), 'utf8'), '1.7 ');
    const { status, stderr } = runCli(dir);
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${dir}/premiere-position/fr.txt:${frLine}:1 segment '1.7' has no partner`
    );
  });

  it('reports every problem, not only the first', () => {
    const dir = copyOfTexts();
    const fr = join(dir, 'premiere-position', 'fr.txt');
    writeFileSync(
      fr,
      readFileSync(fr, 'utf8').replace('{lenin}', '{lenine}').replace('{sverdlov}', '{sverdloff}')
    );
    const glossary = join(dir, 'glossary', 'stalin.yaml');
    writeFileSync(glossary, readFileSync(glossary, 'utf8').replace('type: person', 'type: persn'));
    const { status, stderr } = runCli(dir);
    expect(status).toBe(1);
    expect(stderr).toContain("unknown glossary id 'lenine'");
    expect(stderr).toContain("unknown glossary id 'sverdloff'");
    expect(stderr).toMatch(/glossary\/stalin\.yaml:\d+:7 type: must be one of person, post/);
  });

  it('prints the broken glossary entry first and the uses of it after, as consequences', () => {
    const dir = copyOfTexts();
    const file = join(dir, 'glossary', 'stalin.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('type: person', 'type: persn'));
    const { status, stderr } = runCli(dir);
    expect(status).toBe(1);
    const out = stderr.split('\n');
    expect(out[0]).toMatch(/glossary\/stalin\.yaml:\d+:7 type: must be one of/);
    expect(stderr).not.toContain('add ' + dir + '/glossary/stalin.yaml');
    const header = out.findIndex((l) => l.startsWith('Following from'));
    expect(header).toBeGreaterThan(0);
    expect(out.slice(header + 1).some((l) => l.includes('premiere-position/fr.txt'))).toBe(true);
    expect(stderr).toMatch(/1 problem in .*, and \d+ lines? that follows? from it/);
  });

  it('exits 2, with advice, when given one text folder instead of the content folder', () => {
    const { status, stderr } = runCli('texts/premiere-position');
    expect(status).toBe(2);
    expect(stderr).toContain('content folder');
  });

  it('exits 2 on a folder that does not exist', () => {
    expect(runCli('/nonexistent/texts').status).toBe(2);
  });
});
