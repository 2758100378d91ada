import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The first paint needs the HTML file alone: the stylesheets and static/boot.js (the reader's
// saved theme and layout) are inline, so no request holds it back (Lighthouse: render-blocking
// resources). Text is set in system fonts: no font file to wait for (tests/fonts.test.ts).

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));

test('no prerendered page links a script or stylesheet that blocks rendering @desktop', () => {
  const boot = readFileSync('static/boot.js', 'utf8');
  const files = [...htmlFiles('build'), ...htmlFiles('build-fixture')];
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const head = /<head>([\s\S]*?)<\/head>/.exec(readFileSync(file, 'utf8'))![1]!;
    for (const [tag] of head.matchAll(/<script\b[^>]*>/g)) {
      // A classic external script stops the parser until it has been fetched and run.
      if (/\ssrc=/.test(tag)) expect(tag, file).toMatch(/\s(async|defer)\b|type="module"/);
    }
    for (const [tag] of head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
      // SvelteKit keeps a disabled link to each inlined stylesheet for client-side navigation.
      expect(tag, file).toMatch(/\sdisabled\b/);
    }
    expect(head, file).toMatch(/<style>/);
    expect(head, `${file}: boot.js inline, byte for byte`).toContain(`<script>${boot}</script>`);
  }
});

test('the saved theme and layout and the styles apply from the HTML file alone', async ({
  page
}) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      'bilingual-reader/v1/preferences',
      JSON.stringify({ theme: 'dark', layout: 'en' })
    );
  });
  const path = '/read/premiere-position';
  // Every request but the page itself fails: no script, stylesheet or font arrives.
  await page.route('**/*', (route) =>
    new URL(route.request().url()).pathname === path ? route.continue() : route.abort()
  );
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-layout', 'en');
  // The dark theme's page colour (app.css --bg), and the English-only layout hides the French.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(24, 21, 18)');
  await expect(page.locator('[id="s-1.1"] .fr')).toBeHidden();
  await expect(page.locator('[id="s-1.1"] .en')).toBeVisible();
  expect(violations).toEqual([]);
});
