import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The first paint waits for no stylesheet: they are inline, so no request holds it back
// (Lighthouse: render-blocking resources). The text font is preloaded but never waited for
// (tests/fonts.test.ts).

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));

test('no prerendered page links a stylesheet that blocks rendering @desktop', () => {
  const files = [...htmlFiles('build'), ...htmlFiles('build-fixture')];
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(file, 'utf8'))![1]!;
    for (const [tag] of head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
      // SvelteKit keeps a disabled link to each inlined stylesheet for client-side navigation.
      expect(tag, file).toMatch(/\sdisabled\b/);
    }
    expect(head, file).toMatch(/<style>/);
  }
});
