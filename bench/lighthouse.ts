// Lighthouse (mobile defaults) on a few routes, median score per category over `runs` runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

export async function lighthouseScores(url: string, runs = 3): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...CHROMIUM_ARGS]
  });
  const samples: Scores[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES]
      });
      if (!result) throw new Error(`no Lighthouse result for ${url}`);
      const cats = result.lhr.categories;
      samples.push(
        Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((cats[c]?.score ?? NaN) * 100)])
        ) as Scores
      );
    }
  } finally {
    await chrome.kill();
  }
  return Object.fromEntries(CATEGORIES.map((c) => [c, median(samples.map((s) => s[c]))])) as Scores;
}
