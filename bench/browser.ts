// Reader timings in headless Chromium: open (FCP, LCP) beside a bare static page of the same
// chapter, mention-click latency (Event Timing), long tasks while scrolling.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Generated } from './generate.ts';
import type { BuildEnv } from './build-size.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
];

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined,
    args: CHROMIUM_ARGS
  });
}

/** `vite preview` of one build on a port; resolves once it answers. */
export async function preview(root: string, env: Partial<BuildEnv>, port: number) {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1'
    ],
    { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore', detached: true }
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* gone */
      }
    }
  };
}

/** Where the bare page is served from beside the reader: asked for without `.html`, like it. */
export const BARE_PATH = '/bench-bare';

/** Carried by the bare page only: the run checks that the floor it measures is that page. */
const BARE_MARK = '<meta name="generator" content="bench-bare">';

/**
 * Writes the bare page (the chapter's plain text in <p>s, no app) among the prerendered pages
 * that `vite preview` serves (SvelteKit's preview answers from <outDir>/output/prerendered/pages,
 * not from the adapter's build folder). The floor is then served by the same server as the
 * reader, so it differs from the reader by the app alone, not by the server (vite preview
 * answers more slowly than a bare file server, by tens of milliseconds on this machine).
 */
export function writeBarePage(kitOutDir: string, gen: Generated): void {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = gen.firstChapter.paragraphs
    .map(
      (p) =>
        `<div class="row"><p lang="fr">${esc(p.map((s) => s.fr).join(' '))}</p><p lang="en">${esc(p.map((s) => s.en).join(' '))}</p></div>`
    )
    .join('\n');
  writeFileSync(
    join(kitOutDir, 'output/prerendered/pages', `${BARE_PATH}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">${BARE_MARK}<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(gen.firstChapter.heading.fr)}</title>` +
      `<style>body{font-family:system-ui,sans-serif;max-width:70rem;margin:auto;padding:1rem;line-height:1.5}.row{display:grid;grid-template-columns:1fr 1fr;gap:2rem}</style></head>` +
      `<body><main><h1>${esc(gen.firstChapter.heading.fr)}</h1>\n${body}</main></body></html>`
  );
}

/** Where the reader without its script is served: the step between the floor and the app. */
export const NO_SCRIPT_PATH = '/bench-no-script';

/**
 * Writes the prerendered reader page without its JavaScript (SvelteKit's start script and the
 * modules it preloads) beside it: the same HTML and CSS, so the run can tell what the page's
 * markup and styles cost over the bare floor from what its script costs.
 */
export function writeNoScriptPage(kitOutDir: string, readerPath: string): void {
  const pages = join(kitOutDir, 'output/prerendered/pages');
  const html = readFileSync(join(pages, `${readerPath}.html`), 'utf8');
  const stripped = html
    .replace(/\s*<link[^>]*rel="modulepreload"[^>]*>/g, '')
    .replace(/<script>\s*\{\s*__sveltekit_[\s\S]*?<\/script>/, '');
  if (stripped === html || /<link[^>]*modulepreload|__sveltekit_/.test(stripped))
    throw new Error(`could not strip the start script from ${readerPath}`);
  writeFileSync(join(pages, `${NO_SCRIPT_PATH}.html`), stripped);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

export interface OpenTiming {
  fcp: number;
  lcp: number;
}

/** Fails unless `url` answers 200 with the bare page (not, say, the app's 404 page). */
export async function checkBarePage(url: string): Promise<void> {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok || !body.includes(BARE_MARK))
    throw new Error(`the bare page is not served at ${url} (${response.status})`);
}

/**
 * Lighthouse's mobile conditions: a 390×844 phone on "slow 4G" (150 ms round trip, 1.6 Mbit/s
 * down) with its processor slowed 4×. On this machine's loopback every file arrives at once,
 * which no reader's network does.
 */
export const PHONE_ON_SLOW_4G = {
  viewport: { width: 390, height: 844 },
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: 1_600_000 / 8,
    uploadThroughput: 750_000 / 8
  },
  cpuSlowdown: 4
};
type Conditions = typeof PHONE_ON_SLOW_4G;

/**
 * FCP and LCP of fresh loads (new context, empty cache) of each page (the reader, the bare page,
 * ...), in turns, so that a slow spell of a shared machine falls on all alike; medians of `runs`
 * each. By default a 1280×800 window on this machine's loopback; `conditions` throttle all alike.
 */
export async function openTimings<K extends string>(
  browser: Browser,
  urls: Record<K, string>,
  runs = 9,
  conditions?: Conditions
): Promise<Record<K, OpenTiming>> {
  const names = Object.keys(urls) as K[];
  const samples = new Map(
    names.map((name) => [name, { fcp: [] as number[], lcp: [] as number[] }])
  );
  for (let i = 0; i < runs; i++)
    for (const name of names) {
      const t = await openOnce(browser, urls[name], conditions);
      samples.get(name)!.fcp.push(t.fcp);
      samples.get(name)!.lcp.push(t.lcp);
    }
  return Object.fromEntries(
    names.map((name) => {
      const s = samples.get(name)!;
      return [name, { fcp: median(s.fcp), lcp: median(s.lcp) }];
    })
  ) as Record<K, OpenTiming>;
}

/** FCP and LCP of one fresh load (new context, empty cache). */
async function openOnce(
  browser: Browser,
  url: string,
  conditions?: Conditions
): Promise<OpenTiming> {
  const context = await browser.newContext({
    viewport: conditions?.viewport ?? { width: 1280, height: 800 }
  });
  const page = await context.newPage();
  if (conditions) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', conditions.network);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: conditions.cpuSlowdown });
  }
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Later candidates for LCP are looked for a while after the load (longer on a slowed CPU).
  const t = await page.evaluate(
    (wait) =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        let lcpTime = NaN;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) lcpTime = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          resolve({ fcp: paint ? paint.startTime : NaN, lcp: lcpTime });
        }, wait);
      }),
    conditions ? 1500 : 500
  );
  await context.close();
  return t;
}

export interface CardLatency {
  clicks: number;
  p50: number;
  worst: number;
  /** Clicks that left no Event Timing entry (≤ 16 ms). */
  under16: number;
}

/**
 * Event Timing duration of mention clicks (30 spread across the page), card closed between.
 * `floor`: the same clicks open a plain dialog of the card's kind (not modal, fixed at the side; a
 * heading and a line of text) instead of the card, so the run shows what any dialog costs on this
 * machine, beside what the card costs.
 */
export async function cardLatency(
  browser: Browser,
  url: string,
  clicks = 30,
  { floor = false } = {}
): Promise<CardLatency> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
  if (floor)
    await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      const heading = Object.assign(document.createElement('h2'), {
        tabIndex: -1,
        autofocus: true,
        textContent: 'Joseph Stalin'
      });
      dialog.append(
        heading,
        Object.assign(document.createElement('p'), { textContent: 'A plain dialog.' })
      );
      dialog.style.cssText = 'position: fixed; inset: 0 0 0 auto; width: 30rem; margin: 0';
      document.body.append(dialog);
      // Not modal, so Esc is the page's to handle, as it is the card's.
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') dialog.close();
      });
      // The window's capture phase runs before the app's listener on the document.
      window.addEventListener(
        'click',
        (event) => {
          if (!(event.target as Element).closest?.('a.mention')) return;
          event.preventDefault();
          event.stopPropagation();
          dialog.show();
        },
        true
      );
    });
  await page.evaluate(() => {
    const w = window as unknown as { __events: { id: number; d: number; t: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        if (e.interactionId)
          w.__events.push({ id: e.interactionId, d: e.duration, t: e.startTime });
    }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
  });
  const mentions = page.locator('main a.mention');
  const count = await mentions.count();
  const picks = Array.from({ length: Math.min(clicks, count) }, (_, i) =>
    Math.floor((i * count) / Math.min(clicks, count))
  );
  const durations: number[] = [];
  let under16 = 0;
  for (const index of picks) {
    const link = mentions.nth(index);
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(100);
    const before = await page.evaluate(() => performance.now());
    await link.click();
    await page.locator('dialog[open]').waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(300); // the entry is reported after the next paint
    const entries = await page.evaluate(
      (since) =>
        (window as unknown as { __events: { id: number; d: number; t: number }[] }).__events.filter(
          (e) => e.t >= since - 1
        ),
      before
    );
    const byId = new Map<number, number>();
    for (const e of entries) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.d));
    if (byId.size === 0) under16 += 1;
    else durations.push(Math.max(...byId.values()));
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.evaluate(() => {
      (window as unknown as { __events: unknown[] }).__events = [];
    });
  }
  await context.close();
  const all = [...durations, ...Array<number>(under16).fill(16)];
  return {
    clicks: picks.length,
    p50: median(all),
    worst: all.length ? Math.max(...all) : NaN,
    under16
  };
}

export interface LongTasks {
  count: number;
  longest: number;
}

/** Long tasks while scrolling the page top to bottom, 600 px every 50 ms. */
export async function scrollLongTasks(browser: Browser, url: string): Promise<LongTasks> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(
    () =>
      new Promise<{ count: number; longest: number }>((resolve) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push(e.duration);
        });
        observer.observe({ type: 'longtask' });
        const step = () => {
          const before = window.scrollY;
          window.scrollBy(0, 600);
          if (window.scrollY === before) {
            setTimeout(() => {
              observer.disconnect();
              resolve({ count: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0 });
            }, 300);
          } else setTimeout(step, 50);
        };
        step();
      })
  );
  await context.close();
  return result;
}

export interface SearchTiming {
  /** From the search page's navigation to the first hit shown. */
  firstHitsMs: number;
  /** The longest task on the page's main thread meanwhile and while typing a query after. */
  longestTask: number;
  /** The worst Event Timing duration of the keystrokes of that query (≤ 16 counts as 16). */
  worstKey: number;
}

/**
 * The first search in a book: /search?q=… from a fresh visit (the index is fetched and loaded
 * then), then a word typed into the box a key every 100 ms.
 */
export async function searchTiming(
  browser: Browser,
  origin: string,
  query = 'staline',
  typed = 'secretaire'
): Promise<SearchTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __tasks: number[]; __keys: number[] };
    w.__tasks = [];
    w.__keys = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[])
        if (e.interactionId) w.__keys.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
  await page.goto(`${origin}/search?q=${encodeURIComponent(query)}`, { timeout: 120_000 });
  await page.locator('#search-results .hit').first().waitFor({ timeout: 120_000 });
  const firstHitsMs = await page.evaluate(() => performance.now());
  const box = page.locator('#site-search');
  await box.fill('');
  await box.pressSequentially(typed, { delay: 100 });
  await page.locator('#search-results .hit').first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(500);
  const { tasks, keys } = await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __keys: number[] };
    return { tasks: w.__tasks, keys: w.__keys };
  });
  await context.close();
  return {
    firstHitsMs: Math.round(firstHitsMs),
    longestTask: Math.round(Math.max(0, ...tasks)),
    worstKey: Math.round(Math.max(16, ...keys))
  };
}
