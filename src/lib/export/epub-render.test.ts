// The books' pages as a reading system's renderer shows them: the unpacked XHTML of
// texts/premiere-position opened in Chromium (Debian's, which .ci/run installs; CHROMIUM_PATH
// names another), with its stylesheet, as the EPUB's own files.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '../corpus/load.ts';
import { epubFiles, type EpubLayout } from './epub.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = loadCorpusOrThrow(path.join(ROOT, 'texts'));
const text = corpus.textsBySlug.get('premiere-position')!;
const dir = mkdtempSync(path.join(tmpdir(), 'epub-render-'));

/** Unpacks one layout's files into dir/<layout>/ and returns the URL of its text page. */
function unpack(layout: EpubLayout): string {
  for (const [name, content] of epubFiles(text, corpus.entries, {
    layout,
    modified: new Date('2025-01-02T03:04:05Z')
  })) {
    const file = path.join(dir, layout, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return pathToFileURL(path.join(dir, layout, 'EPUB/text.xhtml')).href;
}

let browser: Browser;
beforeAll(async () => {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (p) => p && existsSync(p)
  );
  if (!executablePath)
    throw new Error(
      "no Chromium: run 'apt-get install -y chromium' (bash .ci/run installs it) or set CHROMIUM_PATH"
    );
  browser = await chromium.launch({
    executablePath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run']
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the EPUB pages in Chromium', () => {
  it('side by side: each paragraph shows French on the left, English on the right', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(unpack('side-by-side'));
    // Parsed as XHTML (an XML error would show Chromium's error page instead of the text).
    await expect(page.locator('h1').first().textContent()).resolves.toBe(
      'Première position au Parti communiste'
    );
    const fr = await page.locator('table.pair td.fr').first().boundingBox();
    const en = await page.locator('table.pair td.en').first().boundingBox();
    expect(fr && en).toBeTruthy();
    expect(fr!.x + fr!.width).toBeLessThanOrEqual(en!.x + 1);
    expect(Math.abs(fr!.y - en!.y)).toBeLessThan(2);
    expect(fr!.width).toBeGreaterThan(300);
    // The stylesheet applies: mentions are underlined, footnote targets exist.
    const mention = page.locator('a.mention[href="#note-stalin"]').first();
    await expect(
      mention.evaluate((a) => getComputedStyle(a).textDecorationLine)
    ).resolves.toContain('underline');
    await expect(page.locator('aside#note-stalin').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('alternating: each French sentence stands above its English one', async () => {
    const page = await browser.newPage({ viewport: { width: 600, height: 1200 } });
    await page.goto(unpack('alternating'));
    const fr = await page.locator('div.paragraph p.fr').first().boundingBox();
    const en = await page.locator('div.paragraph p.en').first().boundingBox();
    expect(fr!.y + fr!.height).toBeLessThanOrEqual(en!.y + 1);
    await expect(page.locator('div.paragraph p.en').first().textContent()).resolves.toMatch(
      /^Before the revolution, Vladimir I\. Lenin/
    );
    await page.close();
  });
});
