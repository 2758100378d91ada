// Builds the site from a content folder and measures what a reader downloads.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildEnv {
  TEXTS_DIR: string;
  BUILD_DIR: string;
  KIT_OUT_DIR: string;
}

/** Runs `vite build` with the given env; resolves with the elapsed ms or rejects with a reason. */
export function viteBuild(root: string, env: BuildEnv, timeoutMs: number): Promise<number> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    });
    let tail = '';
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-2000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`build exceeded ${Math.round(timeoutMs / 60000)} min`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(Date.now() - start);
      else
        reject(
          new Error(`build failed (exit ${code}): ${tail.trim().split('\n').slice(-3).join(' ')}`)
        );
    });
  });
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

/** The built file for a site path (`/read/x` → read/x.html or read/x/index.html). */
export function fileOf(buildDir: string, path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\//, '');
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const file = join(buildDir, candidate);
    if (candidate && existsSync(file) && statSync(file).isFile()) return file;
  }
  if (clean === '') return join(buildDir, 'index.html');
  throw new Error(`no built file for ${path}`);
}

/** Every JS file a chunk names (static imports and dynamic `import()`s alike), resolved. */
function referencedJs(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out = new Set<string>();
  for (const m of text.matchAll(/["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g))
    out.add(join(dirname(file), m[1]!));
  return [...out].filter((f) => existsSync(f));
}

export interface Sizes {
  htmlTotalBytes: number;
  htmlFiles: number;
  readerHtmlBytes: number;
  readerHtmlGzip: number;
  initialJsGzip: number;
  /** The initial JS by origin: the runtime (Svelte, SvelteKit, i18next), UI strings, the app. */
  initialJsBreakdown: Record<'runtime' | 'strings' | 'app', number>;
  initialJsFiles: string[];
  laterJsGzip: number;
  laterJsFiles: string[];
  laterDataGzip: number;
  laterData: Record<string, number>;
}

/**
 * HTML bytes of the whole build and of the reader page; the gzipped JS the reader page loads
 * initially (its modulepreloads and scripts, and the i18n strings chunk of its language that the
 * root layout's load imports) and later (chunks only reachable by dynamic import, except other
 * routes' nodes and other languages' or features' strings; plus a first search's files and a card).
 */
export function measureSizes(buildDir: string, readerPath: string, cardId: string): Sizes {
  const files = walk(buildDir);
  const html = files.filter((f) => f.endsWith('.html'));
  const htmlTotalBytes = html.reduce((n, f) => n + statSync(f).size, 0);
  const readerFile = fileOf(buildDir, readerPath);
  const readerHtml = readFileSync(readerFile, 'utf8');
  const base = new URL(readerPath, 'http://x/');
  const toFile = (href: string) => join(buildDir, new URL(href, base).pathname);

  const initial = new Set<string>();
  for (const m of readerHtml.matchAll(/<link[^>]*href="([^"]+\.js)"[^>]*>/g))
    initial.add(toFile(m[1]!));
  for (const m of readerHtml.matchAll(/<script[^>]*src="([^"]+\.js)"/g)) initial.add(toFile(m[1]!));
  for (const m of readerHtml.matchAll(/import\("([^"]+\.js)"\)/g)) initial.add(toFile(m[1]!));
  // SvelteKit's client loads the root error page (node 1) as it starts, whatever the page, "so
  // that connectivity errors after initialisation don't nuke the app": it counts as initial.
  const nodesDir = join(buildDir, '_app/immutable/nodes');
  for (const name of existsSync(nodesDir) ? readdirSync(nodesDir) : [])
    if (/^1\.[^.]+\.js$/.test(name)) initial.add(join(nodesDir, name));
  // Static imports of the initial files (normally all listed as modulepreload already).
  const queue = [...initial];
  const isStaticImport = (from: string, to: string) => {
    const text = readFileSync(from, 'utf8');
    const name = relative(dirname(from), to).replace(/\\/g, '/');
    return (
      new RegExp(
        `(?:^|[;\\n}])\\s*import[^(]*?from\\s*["']\\.?\\.?/?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`
      ).test(text) ||
      new RegExp(`import\\s*["'][./]*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`).test(text)
    );
  };
  while (queue.length) {
    const file = queue.pop()!;
    for (const dep of referencedJs(file))
      if (!initial.has(dep) && isStaticImport(file, dep)) {
        initial.add(dep);
        queue.push(dep);
      }
  }
  // The strings chunk of the page's language: the chunk holding its common.json's tagline.
  const lang = readerPath.startsWith('/fr') ? 'fr' : 'en';
  const allJs = files.filter((f) => f.endsWith('.js') && f.includes('/_app/immutable/'));
  const localeDir = join(process.cwd(), 'src/lib/i18n/locales');
  const localeChunks = new Map<string, string>(); // chunk → "en/common"
  if (existsSync(localeDir)) {
    for (const l of readdirSync(localeDir))
      for (const name of readdirSync(join(localeDir, l))) {
        const json = JSON.parse(readFileSync(join(localeDir, l, name), 'utf8')) as unknown;
        const probe = firstString(json);
        if (!probe) continue;
        const hits = allJs.filter((f) =>
          readFileSync(f, 'utf8').includes(JSON.stringify(probe).slice(1, -1))
        );
        hits.sort((a, b) => statSync(a).size - statSync(b).size);
        if (hits[0]) localeChunks.set(hits[0], `${l}/${name.replace(/\.json$/, '')}`);
      }
  }
  for (const [chunk, key] of localeChunks) if (key === `${lang}/common`) initial.add(chunk);

  // Later: reachable from the initial set, minus other routes' nodes and other strings files.
  const later = new Set<string>();
  const seen = new Set(initial);
  const todo = [...initial];
  while (todo.length) {
    const file = todo.pop()!;
    for (const dep of referencedJs(file)) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      if (dep.includes('/nodes/')) continue;
      if (localeChunks.has(dep)) continue;
      later.add(dep);
      todo.push(dep);
    }
  }
  const laterData: Record<string, number> = {};
  // A first search for a word in "s" (staline): the index's core, that letter's terms and the
  // first file of segments; and one card.
  const firstSearch = ['core', 'terms/0073', 'docs/0'].map((file) => `/search-index/${file}.json`);
  for (const path of [...firstSearch, `/cards/${cardId}.json`]) {
    try {
      laterData[path] = gz(readFileSync(fileOf(buildDir, path)));
    } catch {
      /* not built */
    }
  }
  const sum = (set: Set<string>) => [...set].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const rel = (set: Set<string>) => [...set].map((f) => relative(buildDir, f)).sort();
  // The runtime (Svelte, SvelteKit's client and i18next, one chunk: vite.config.ts) is told by a
  // string only its code carries; the strings chunk by being one; the rest is the app's code.
  const initialJsBreakdown = { runtime: 0, strings: 0, app: 0 };
  for (const file of initial) {
    const text = readFileSync(file, 'utf8');
    const origin = localeChunks.has(file)
      ? 'strings'
      : text.includes('changeLanguage') ||
          text.includes('svelte.dev/e/') ||
          text.includes('data-sveltekit-')
        ? 'runtime'
        : 'app';
    initialJsBreakdown[origin] += gz(readFileSync(file));
  }
  return {
    htmlTotalBytes,
    htmlFiles: html.length,
    readerHtmlBytes: Buffer.byteLength(readerHtml),
    readerHtmlGzip: gz(readerHtml),
    initialJsGzip: sum(initial),
    initialJsBreakdown,
    initialJsFiles: rel(initial),
    laterJsGzip: sum(later),
    laterJsFiles: rel(later),
    laterDataGzip: Object.values(laterData).reduce((a, b) => a + b, 0),
    laterData
  };
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value.length >= 12 ? value : null;
  if (value && typeof value === 'object')
    for (const v of Object.values(value)) {
      const s = firstString(v);
      if (s) return s;
    }
  return null;
}
