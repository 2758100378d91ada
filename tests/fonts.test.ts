import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { open } from './open.ts';

// The text font is served from static/fonts (with its license), preloaded for the first screen,
// and never swapped in after the first paint (font-display: optional), so text never re-flows.

test('the preloaded font is served, and is the face the stylesheet uses for the text', async ({
  page,
  request
}) => {
  const woff2: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) woff2.push(new URL(r.url()).pathname);
  });
  await open(page, '/read/premiere-position');
  const preload = page.locator('head link[rel="preload"][as="font"]');
  await expect(preload).toHaveCount(1);
  await expect(preload).toHaveAttribute('type', 'font/woff2');
  // A font preload without crossorigin is fetched twice.
  await expect(preload).toHaveAttribute('crossorigin', '');
  const href = (await preload.getAttribute('href'))!;
  const file = await request.get(href);
  expect(file.status(), href).toBe(200);
  expect(file.headers()['content-type']).toBe('font/woff2');
  expect((await file.body()).subarray(0, 4).toString('latin1')).toBe('wOF2');

  // The file was fetched once: the stylesheet's @font-face reused the preload.
  expect(woff2.filter((path) => path === href)).toHaveLength(1);
  // Every font comes from /fonts, none from a bundled copy.
  for (const path of woff2) expect(path).toMatch(/^\/fonts\/[\w-]+\.woff2$/);
  // The heading is drawn with it: the renderer's own account of the fonts it used for the
  // node's text. On a second view, as font-display: optional may leave a first view on a
  // loaded machine with the fallback when the font misses its first 100 ms.
  await page.reload();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.filter((font) => font.isCustomFont).map((font) => font.familyName)).toEqual([
    expect.stringMatching(/^Source Serif 4/)
  ]);
});

test('every font file the stylesheet names is served, with the font license beside them @desktop', async ({
  request
}) => {
  const css = readFileSync('src/app.css', 'utf8');
  const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1]!);
  expect(faces.length).toBeGreaterThanOrEqual(2);
  for (const face of faces) {
    expect(face, 'no layout shift when the font arrives').toMatch(/font-display:\s*optional/);
    const url = /src:\s*url\('([^']+)'\)/.exec(face)![1]!;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('font/woff2');
  }
  const license = await request.get('/fonts/OFL.txt');
  expect(license.status()).toBe(200);
  expect(await license.text()).toContain('SIL Open Font License');
});

test('the reader does not shift while its fonts load, on a slow phone network', async ({
  page
}) => {
  // Lighthouse's mobile network: the font arrives well after the first paint. The page's files
  // take seconds to arrive at that speed, more on a busy machine.
  test.slow();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[])
        w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await open(page, '/read/premiere-position');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(
    0.01
  );
});

for (const path of ['/', '/read/premiere-position', '/glossary', '/fr/glossary']) {
  test(`${path}: every font the page draws with is preloaded, and every preload is used`, async ({
    page
  }) => {
    const fetched = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fetched.add(new URL(r.url()).pathname);
    });
    await open(page, path);
    await page.evaluate(() => document.fonts.ready);
    const preloaded = await page
      .locator('head link[rel="preload"][as="font"]')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLLinkElement).href).pathname)
      );
    // A font found only in the stylesheet is fetched after the first layout, too late for
    // font-display: optional (and Lighthouse counts it as holding the first paint back).
    expect([...fetched].sort()).toEqual([...new Set(preloaded)].sort());
  });
}
