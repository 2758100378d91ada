// `npm run bench`: synthetic texts at several sizes, the corpus pipeline, the built site's bytes,
// reader timings in Chromium and Lighthouse scores; prints one table, writes bench/results.json.
// Env: BENCH_SIZES=1000,10000 (French words), BENCH_QUICK=1 (1k and 10k), BENCH_SKIP_LIGHTHOUSE=1,
// BENCH_BUILD_TIMEOUT_MIN (default 10: a longer site build is reported as not measured).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureSizes, viteBuild, type BuildEnv, type Sizes } from './build-size.ts';
import {
  BARE_PATH,
  cardLatency,
  checkBarePage,
  launch,
  NO_SCRIPT_PATH,
  openTimings,
  PHONE_ON_SLOW_4G,
  preview,
  scrollLongTasks,
  searchTiming,
  type CardLatency,
  type LongTasks,
  type OpenTiming,
  type SearchTiming,
  writeBarePage,
  writeNoScriptPage
} from './browser.ts';
import { generate } from './generate.ts';
import { timeImport, type ImportBench } from './import.ts';
import { CATEGORIES, lighthouseScores, type Scores } from './lighthouse.ts';
import { timePipeline, type PipelineResult } from './pipeline.ts';
import { machine, table, type Row } from './report.ts';

const root = process.cwd();
const tmp = resolve(root, 'bench/tmp');
mkdirSync(tmp, { recursive: true });
const sizes = process.env.BENCH_QUICK
  ? [1000, 10000]
  : (process.env.BENCH_SIZES ?? '1000,10000,100000,1000000').split(',').map(Number);
const buildTimeout = Number(process.env.BENCH_BUILD_TIMEOUT_MIN ?? 10) * 60_000;
const READER = '/read/premiere-position';
const log = (msg: string) => console.error(`[bench] ${msg}`);
const reason = (e: unknown) => `not measured: ${e instanceof Error ? e.message : String(e)}`;

// vite build needs the generated tsconfig that svelte-kit sync writes.
if (!existsSync(join(root, '.svelte-kit/tsconfig.json')))
  execFileSync(process.execPath, [join(root, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], {
    cwd: root,
    stdio: 'inherit'
  });

interface SizeResult {
  targetWords: number;
  words: number;
  chapters: number;
  segments: number;
  pipeline: PipelineResult | string;
  /** Plain French + English of this size through the importer (10k and 100k words only). */
  importer?: ImportBench | string;
  buildMs?: number | string;
  sizes?: Sizes | string;
  /** `noScript`: the reader page without its script, the step between the floor and the app. */
  open?: { reader: OpenTiming; bare: OpenTiming; noScript: OpenTiming; lcpRatio: number } | string;
  /** The same on a phone in Lighthouse's mobile conditions (no target: for the reader's sake). */
  openPhone?: { reader: OpenTiming; bare: OpenTiming; lcpRatio: number } | string;
  card?: CardLatency | string;
  /** The same clicks opening a plain dialog: what any dialog costs on this machine. */
  cardFloor?: CardLatency | string;
  scroll?: LongTasks | string;
  search?: SearchTiming | string;
}

const results: SizeResult[] = [];
let port = 4400;
const browser = await launch();
try {
  for (const target of sizes) {
    const dir = join(tmp, `gen-${target}`);
    log(`${target} words: generating`);
    const gen = generate(root, dir, target, target >= 1_000_000 ? 5000 : 3000);
    const r: SizeResult = {
      targetWords: target,
      words: gen.words,
      chapters: gen.chapters,
      segments: gen.segments,
      pipeline: 'not measured'
    };
    results.push(r);
    log(`${target} words: pipeline`);
    try {
      const p = await timePipeline(root, dir, gen.words);
      if (p.errors !== 0) throw new Error(`generated content has ${p.errors} errors`);
      r.pipeline = p;
    } catch (e) {
      r.pipeline = reason(e);
    }
    if (target >= 10_000 && target <= 100_000) {
      log(`${target} words: import`);
      try {
        r.importer = await timeImport(root, target);
      } catch (e) {
        r.importer = reason(e);
      }
    }
    const env: BuildEnv = {
      TEXTS_DIR: dir,
      BUILD_DIR: join(tmp, `build-${target}`),
      KIT_OUT_DIR: join(tmp, `.kit-${target}`)
    };
    log(`${target} words: site build`);
    try {
      r.buildMs = await viteBuild(root, env, buildTimeout);
    } catch (e) {
      r.buildMs = r.sizes = r.open = r.card = r.scroll = reason(e);
      continue;
    }
    try {
      r.sizes = measureSizes(env.BUILD_DIR, READER, 'stalin');
    } catch (e) {
      r.sizes = reason(e);
    }
    log(`${target} words: browser`);
    writeBarePage(env.KIT_OUT_DIR, gen);
    const server = await preview(root, env, port++);
    try {
      const url = server.url + READER;
      const bareUrl = server.url + BARE_PATH;
      try {
        await checkBarePage(bareUrl);
        writeNoScriptPage(env.KIT_OUT_DIR, READER);
        const t = await openTimings(browser, {
          reader: url,
          bare: bareUrl,
          noScript: server.url + NO_SCRIPT_PATH
        });
        r.open = { ...t, lcpRatio: t.reader.lcp / t.bare.lcp };
      } catch (e) {
        r.open = reason(e);
      }
      try {
        const phone = await openTimings(
          browser,
          { reader: url, bare: bareUrl },
          5,
          PHONE_ON_SLOW_4G
        );
        r.openPhone = { ...phone, lcpRatio: phone.reader.lcp / phone.bare.lcp };
      } catch (e) {
        r.openPhone = reason(e);
      }
      try {
        r.card = await cardLatency(browser, url);
      } catch (e) {
        r.card = reason(e);
      }
      try {
        r.cardFloor = await cardLatency(browser, url, 30, { floor: true });
      } catch (e) {
        r.cardFloor = reason(e);
      }
      try {
        r.scroll = await scrollLongTasks(browser, url);
      } catch (e) {
        r.scroll = reason(e);
      }
      try {
        r.search = await searchTiming(browser, server.url);
      } catch (e) {
        r.search = reason(e);
      }
    } finally {
      server.stop();
    }
  }
} finally {
  await browser.close();
}

// The real site: its bytes, and Lighthouse on three routes.
const ROUTES = ['/', READER, '/glossary'];
const siteEnv: BuildEnv = {
  TEXTS_DIR: 'texts',
  BUILD_DIR: join(tmp, 'build-site'),
  KIT_OUT_DIR: join(tmp, '.kit-site')
};
let site: Sizes | string;
const lighthouse: Record<string, Scores | string> = {};
log('real site: build');
try {
  await viteBuild(root, siteEnv, buildTimeout);
  site = measureSizes(siteEnv.BUILD_DIR, READER, 'stalin');
  if (process.env.BENCH_SKIP_LIGHTHOUSE) {
    for (const route of ROUTES) lighthouse[route] = 'not measured: BENCH_SKIP_LIGHTHOUSE=1';
  } else {
    const server = await preview(root, siteEnv, port++);
    try {
      for (const route of ROUTES) {
        log(`lighthouse ${route}`);
        try {
          lighthouse[route] = await lighthouseScores(server.url + route);
        } catch (e) {
          lighthouse[route] = reason(e);
        }
      }
    } finally {
      server.stop();
    }
  }
} catch (e) {
  site = reason(e);
  for (const route of ROUTES) lighthouse[route] = reason(e);
}

// The table.
const obj = <T extends object>(v: T | string | undefined): T | null =>
  v && typeof v === 'object' ? v : null;
const cell = <T extends object>(v: T | string | undefined, f: (x: T) => number | string) => {
  const o = obj(v);
  return o ? f(o) : typeof v === 'string' ? 'n/m' : null;
};
const at = (words: number) => results.find((r) => r.targetWords === words);
const kb = (b: number) => Math.round(b / 102.4) / 10;
const rows: Row[] = [];
// Pass/fail only when the figure was measured.
const ok = (v: number | undefined, f: (x: number) => boolean) => (v === undefined ? null : f(v));
const per = (
  metric: string,
  target: string,
  f: (r: SizeResult) => number | string | null,
  pass?: boolean | null
) => rows.push({ metric, target, values: results.map(f), pass });

// Linear: an added 1,000 words never cost more as the text grows. The time per 1k words of the
// whole run cannot show it, since a fixed start-up (loading zod and yaml, the glossary) dominates
// small texts; the cost of the words added from one size to the next can. From 10k words up, no
// step's marginal cost may exceed twice the step before it: a quadratic pipeline multiplies it
// by about ten at each step. A falling cost passes: the first steps add only a few milliseconds
// to a run (at 10k words, about 12), where the machine's noise and the JIT's warm-up weigh most.
const measured = results
  .map((r) => ({ words: r.words, p: obj(r.pipeline) }))
  .filter((x): x is { words: number; p: PipelineResult } => !!x.p);
const marginal = new Map<number, number>();
for (let i = 1; i < measured.length; i++) {
  const [a, b] = [measured[i - 1]!, measured[i]!];
  marginal.set(b.words, ((b.p.ms - a.p.ms) / (b.words - a.words)) * 1000);
}
const big = measured.filter((x) => x.words >= 10000 && marginal.has(x.words));
const steps = big.map((x) => marginal.get(x.words)!);
const linear =
  steps.length >= 2 ? steps.every((m, i) => m > 0 && (i === 0 || m <= 2 * steps[i - 1]!)) : null;
per('French words', '', (r) => r.words);
per('Chapters', '', (r) => r.chapters);
per(
  'Pipeline ms (median of 3)',
  '1M < 1000',
  (r) => cell(r.pipeline, (p) => Math.round(p.ms)),
  at(1_000_000) ? ok(obj(at(1_000_000)!.pipeline)?.ms, (x) => x < 1000) : null
);
per('Pipeline ms per 1k words (whole run)', '', (r) =>
  cell(r.pipeline, (p) => Math.round(p.msPer1kWords * 100) / 100)
);
per(
  'Pipeline ms per added 1k words (from the size before)',
  'linear',
  (r) => {
    const m = marginal.get(r.words);
    return m === undefined
      ? typeof r.pipeline === 'string'
        ? 'n/m'
        : ''
      : Math.round(m * 100) / 100;
  },
  linear
);
per(
  'Pipeline peak RSS MB',
  '1M < 400',
  (r) => cell(r.pipeline, (p) => Math.round(p.peakRssMB)),
  at(1_000_000) ? ok(obj(at(1_000_000)!.pipeline)?.peakRssMB, (x) => x < 400) : null
);
per(
  'Import ms, plain fr + en (median of 3)',
  '100k < 5000',
  (r) => cell(r.importer, (p) => Math.round(p.ms)),
  at(100_000) ? ok(obj(at(100_000)!.importer)?.ms, (x) => x < 5000) : null
);
per('Import peak RSS MB', '', (r) => cell(r.importer, (p) => Math.round(p.peakRssMB)));
per('Site build s', '', (r) =>
  typeof r.buildMs === 'number' ? Math.round(r.buildMs / 100) / 10 : r.buildMs ? 'n/m' : null
);
per('HTML total MB', '', (r) =>
  cell(r.sizes, (s) => Math.round(s.htmlTotalBytes / 1024 / 102.4) / 10)
);
per('Reader page HTML KB (gzip)', '', (r) =>
  cell(r.sizes, (s) => `${kb(s.readerHtmlBytes)} (${kb(s.readerHtmlGzip)})`)
);
per('Reader FCP ms', '', (r) => cell(r.open, (o) => Math.round(o.reader.fcp)));
per('Bare page FCP ms', '', (r) => cell(r.open, (o) => Math.round(o.bare.fcp)));
per(
  'Reader LCP ms',
  '1M < 2000',
  (r) => cell(r.open, (o) => Math.round(o.reader.lcp)),
  at(1_000_000) ? ok(obj(at(1_000_000)!.open)?.reader.lcp, (x) => x < 2000) : null
);
per('Bare page LCP ms', '', (r) => cell(r.open, (o) => Math.round(o.bare.lcp)));
per('Reader without its script: LCP ms', '', (r) =>
  cell(r.open, (o) => Math.round(o.noScript.lcp))
);
per(
  'LCP reader / bare',
  '100k ≤ 1.2',
  (r) => cell(r.open, (o) => Math.round(o.lcpRatio * 100) / 100),
  at(100_000) ? ok(obj(at(100_000)!.open)?.lcpRatio, (x) => x <= 1.2) : null
);
per('Phone on slow 4G: reader / bare LCP ms', '', (r) =>
  cell(r.openPhone, (o) => `${Math.round(o.reader.lcp)} / ${Math.round(o.bare.lcp)}`)
);
per('Phone on slow 4G: LCP reader / bare', '', (r) =>
  cell(r.openPhone, (o) => Math.round(o.lcpRatio * 100) / 100)
);
const ms16 = (v: number) => (v <= 16 ? '≤ 16' : Math.round(v));
per('Card open p50 ms', '', (r) => cell(r.card, (c) => ms16(c.p50)));
per(
  'Card open worst ms (30 clicks)',
  '100k < 50',
  (r) => cell(r.card, (c) => ms16(c.worst)),
  at(100_000) ? ok(obj(at(100_000)!.card)?.worst, (x) => x < 50) : null
);
per('Plain dialog, same clicks: p50 / worst ms', '', (r) =>
  cell(r.cardFloor, (c) => `${ms16(c.p50)} / ${ms16(c.worst)}`)
);
per(
  'Scroll long tasks: count / longest ms',
  '100k none > 50',
  (r) => cell(r.scroll, (s) => `${s.count} / ${Math.round(s.longest)}`),
  at(100_000) ? ok(obj(at(100_000)!.scroll)?.longest, (x) => x <= 50) : null
);
per('First search: hits shown ms / longest task ms', '', (r) =>
  cell(r.search, (s) => `${s.firstHitsMs} / ${s.longestTask}`)
);
per('Typing a query: worst key ms', '', (r) => cell(r.search, (s) => ms16(s.worstKey)));

const siteSizes = obj(site);
const siteRows: Row[] = [
  {
    metric: 'Reader initial JS KB gzip',
    target: '≤ 60',
    values: [siteSizes ? kb(siteSizes.initialJsGzip) : 'n/m'],
    pass: siteSizes ? siteSizes.initialJsGzip <= 60 * 1024 : null
  },
  {
    metric: 'of which runtime (Svelte, SvelteKit, i18next) / UI strings / app',
    target: '',
    values: [
      siteSizes
        ? (['runtime', 'strings', 'app'] as const)
            .map((k) => kb(siteSizes.initialJsBreakdown[k]))
            .join(' / ')
        : 'n/m'
    ]
  },
  {
    metric: 'Reader later JS KB gzip (dynamic chunks)',
    target: '',
    values: [siteSizes ? kb(siteSizes.laterJsGzip) : 'n/m']
  },
  {
    metric:
      'Reader later data KB gzip (a first search: index core, one letter, one segments file; a card)',
    target: '',
    values: [siteSizes ? kb(siteSizes.laterDataGzip) : 'n/m']
  },
  {
    metric: 'HTML total KB (real site)',
    target: '',
    values: [siteSizes ? kb(siteSizes.htmlTotalBytes) : 'n/m']
  }
];
const lhRows: Row[] = CATEGORIES.map((c) => {
  const values = ROUTES.map((route) => cell(lighthouse[route], (s: Scores) => s[c]));
  const nums = values.filter((v): v is number => typeof v === 'number');
  return {
    metric: `Lighthouse ${c}`,
    target: '100',
    values,
    pass: nums.length === ROUTES.length ? nums.every((v) => v === 100) : null
  };
});

const output = [
  `## Synthetic texts (${results.map((r) => r.targetWords).join(', ')} French words)`,
  '',
  table(
    results.map((r) => `${r.targetWords / 1000}k`),
    rows
  ),
  '',
  '## Real site (texts/)',
  '',
  table(['value'], siteRows),
  '',
  '## Lighthouse (mobile, median of 3)',
  '',
  table(ROUTES, lhRows)
].join('\n');
const notMeasured: string[] = [];
for (const r of results)
  for (const [k, v] of Object.entries(r))
    if (typeof v === 'string' && v.startsWith('not measured'))
      notMeasured.push(`${r.targetWords} words, ${k}: ${v}`);
if (typeof site === 'string') notMeasured.push(`site: ${site}`);
for (const [route, v] of Object.entries(lighthouse))
  if (typeof v === 'string') notMeasured.push(`lighthouse ${route}: ${v}`);
const m = machine();
console.log(output);
console.log(
  `\nMachine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node}; ${new Date().toISOString()}`
);
if (notMeasured.length)
  console.log(`\nNot measured:\n${[...new Set(notMeasured)].map((s) => `- ${s}`).join('\n')}`);
writeFileSync(
  join(root, 'bench/results.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: m,
      sizes: results,
      site,
      lighthouse,
      table: output,
      notMeasured
    },
    null,
    2
  ) + '\n'
);
