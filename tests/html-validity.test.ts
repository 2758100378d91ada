import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

// Every HTML file of the built sites passes html-validate (.htmlvalidate.mjs: the recommended
// preset, with a reason beside each rule turned off or relaxed). Playwright's web servers build
// build/ (the real texts) and build-fixture/ (tests/fixtures/texts) before any test runs.
const root = resolve(import.meta.dirname, '..');
const SITES = ['build', 'build-fixture'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

for (const site of SITES) {
  test(`every HTML file in ${site}/ is valid @desktop`, async () => {
    const dir = join(root, site);
    expect(existsSync(dir), `${site}/ has been built`).toBe(true);
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(10);
    expect(files.map((file) => relative(dir, file))).toEqual(
      expect.arrayContaining(['404.html', 'fr/404.html', 'index.html', 'fr.html'])
    );
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages) {
          problems.push(
            `${relative(root, file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}` +
              (m.selector ? ` (${m.selector})` : '')
          );
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
