import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The address the site is served at (README "Hosting"), from the SITE_URL environment variable:
 * each page names its other-language version with an absolute URL (hreflang), so the prerendered
 * files carry it. By default, the address `npm start` serves the build at.
 */
function siteOrigin(value = 'http://localhost:4173') {
  const url = new URL(value);
  if (
    !['http:', 'https:'].includes(url.protocol) ||
    url.pathname !== '/' ||
    url.search ||
    url.hash
  ) {
    // The site links its files from the root of its host (`paths.relative: false`).
    throw new Error(
      `SITE_URL must be the http(s) root of a host, such as https://example.org, not ${value}`
    );
  }
  return url.origin;
}

/**
 * static/boot.js runs before the first paint. src/hooks.server.ts writes it inline into every
 * page (in place of app.html's `%boot.js%`), so no request holds the first paint back, and
 * its hash goes into the policy's script-src below: it is computed from the same file, so the
 * two cannot drift apart.
 */
const boot = readFileSync(new URL('static/boot.js', import.meta.url), 'utf8');
if (/<\/script|<!--/i.test(boot)) throw new Error('static/boot.js cannot be inlined as it stands');
const bootHash = `sha256-${createHash('sha256').update(boot).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  // Runes mode for every component of ours, whether or not it uses a rune: a component left in
  // legacy mode would pull Svelte's legacy runtime into the chunk every page loads.
  compilerOptions: {
    runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
  },
  kit: {
    // A second site (tests/fixtures/texts, for the browser tests of long texts) builds beside the
    // real one: its own output folders keep the two builds from overwriting each other.
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    // Absolute asset paths: a host serves 404.html at any unknown address, and relative paths
    // from it would point nowhere.
    paths: { relative: false },
    // Each page's stylesheets go inline in its <head> (all of them: the largest, app.css with the
    // layout's styles, is about 21 kB, 5 kB compressed): the first paint waits for no request.
    inlineStyleThreshold: 32 * 1024,
    // The whole site is prerendered: every page is a static file, so `fallback` stays unset and a
    // route that cannot be prerendered fails the build instead of silently becoming client-only.
    adapter: adapter({
      pages: process.env.BUILD_DIR ?? 'build',
      assets: process.env.BUILD_DIR ?? 'build',
      strict: true
    }),
    // Content-Security-Policy (docs/guarantees.md). Every page is prerendered, so SvelteKit writes
    // it as a <meta http-equiv> and adds the sha256 hash of its own inline start-up script to
    // script-src ('hash' mode; never a nonce, which a static file cannot renew). Our own script,
    // static/boot.js, is inline too, allowed by its hash. A meta tag cannot carry
    // frame-ancestors, report-uri or sandbox: the README lists the headers a host should add.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', bootHash],
        // Styles allow 'unsafe-inline' on purpose: the pages carry style attributes (app.html's
        // wrapper, Svelte's style attributes and directives) and <noscript><style> blocks for
        // readers without JavaScript, and SvelteKit leaves inline styles unhashed in this mode.
        // Inline CSS cannot run script, and authored content is only ever rendered as text (no
        // {@html}, no innerHTML, enforced by eslint; the reader's chapter markup is escaped by
        // src/lib/reader/render-html.ts), so no attacker-written style reaches a page.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        // Cards (/cards/*.json), the search index and the i18n chunks are fetched from the site.
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    },
    prerender: {
      // `page.url.origin` while prerendering: the hreflang links of +layout.svelte are built on it.
      origin: siteOrigin(process.env.SITE_URL || undefined),
      // A broken internal link (a mention to a missing glossary page, a bad anchor) fails the build.
      handleHttpError: ({ path, referrer, message }) => {
        throw new Error(`${message} (${path}, linked from ${referrer ?? 'an entry'})`);
      },
      handleMissingId: ({ path, id, referrers }) => {
        throw new Error(`#${id} does not exist on ${path} (linked from ${referrers.join(', ')})`);
      },
      handleEntryGeneratorMismatch: 'fail'
    }
  }
};

export default config;
