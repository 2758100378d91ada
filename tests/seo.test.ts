import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { open } from './open.ts';

// What search engines (and Lighthouse's SEO audits) read in a page's head: a description in the
// page's language, and absolute hreflang links to both language versions (README "Hosting").

/** The origin svelte.config.js prerenders with: SITE_URL, or where `npm start` serves. */
const SITE = new URL(process.env.SITE_URL || 'http://localhost:4173').origin;

const ROUTES = ['/', '/read/premiere-position', '/glossary', '/timeline', '/glossary/lenin'];
const inFrench = (path: string) => (path === '/' ? '/fr' : `/fr${path}`);

for (const route of ROUTES) {
  test(`${route}: a description in each language and absolute hreflang links to both`, async ({
    page
  }) => {
    const descriptions: string[] = [];
    for (const [lang, path] of [
      ['en', route],
      ['fr', inFrench(route)]
    ] as const) {
      // After hydration, so the test also sees what the app's head leaves in place.
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      const description = page.locator('head meta[name="description"]');
      await expect(description, path).toHaveCount(1);
      const content = (await description.getAttribute('content'))?.trim() ?? '';
      expect(content.length, `${path}: description "${content}"`).toBeGreaterThan(40);
      descriptions.push(content);

      const links = await page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')] as const)
        );
      expect(links.map(([hreflang]) => hreflang).sort(), path).toEqual(['en', 'fr', 'x-default']);
      const href = Object.fromEntries(links);
      for (const [hreflang, value] of links) {
        // Absolute: parses without a base, on the site's origin.
        const url = new URL(value!);
        expect(url.origin, `${path} hreflang=${hreflang}`).toBe(SITE);
      }
      expect(new URL(href.en!).pathname).toBe(route);
      expect(new URL(href.fr!).pathname).toBe(inFrench(route));
      expect(href['x-default']).toBe(href.en);
    }
    expect(descriptions[1], 'the French page describes itself in French').not.toBe(descriptions[0]);
  });
}

test('every prerendered page names its language versions by absolute URL @desktop', () => {
  const files = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !/(^|\/)404\.html$/.test(file)
  );
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const html = readFileSync(join('build', file), 'utf8');
    const hrefs = [...html.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]*)"/g)].map(
      (m) => m[1]!
    );
    expect(hrefs, file).toHaveLength(3);
    for (const href of hrefs) expect(href, file).toMatch(new RegExp(`^${SITE}/`));
  }
});

test('robots.txt is served as text and lets crawlers in', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const lines = (await response.text())
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  expect(lines).toContain('User-agent: *');
  expect(lines).not.toContain('Disallow: /');
});
