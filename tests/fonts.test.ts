import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { open } from './open.ts';

// Text is set in the system's own serif and sans faces (app.css, --font-text and --font-ui): no
// font file is downloaded, so nothing holds the first paint back and text never re-flows when a
// font arrives (README, "Performance").

test('the stylesheet declares no web font, and the text is drawn in a system serif face @desktop', async ({
  page
}) => {
  const css = readFileSync('src/app.css', 'utf8');
  expect(css).not.toMatch(/@font-face/);
  expect(readFileSync('src/app.html', 'utf8')).not.toMatch(/rel="preload"[^>]*as="font"/);

  await open(page, '/read/premiere-position');
  // The renderer's own account of the fonts it used for a node's text: installed ones only.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  for (const selector of ['h1', '.segment .seg.fr', '.segment .seg.en']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length, selector).toBeGreaterThan(0);
    expect(
      fonts.filter((font) => font.isCustomFont),
      selector
    ).toEqual([]);
  }
  const family = await page
    .locator('.segment .seg.fr')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/serif$/);
  expect(family).not.toMatch(/sans-serif$/);
});

for (const path of ['/', '/read/premiere-position', '/glossary', '/fr/glossary/stalin']) {
  test(`${path}: no font file is fetched`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(r.url()))
        fonts.push(r.url());
    });
    await open(page, path);
    await page.evaluate(() => document.fonts.ready);
    expect(fonts).toEqual([]);
    expect(await page.locator('head link[rel="preload"][as="font"]').count()).toBe(0);
  });
}

test('the reader does not shift while it loads, on a slow phone network', async ({ page }) => {
  // Lighthouse's mobile network: the page's files take seconds to arrive at that speed, more on a
  // busy machine.
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
