import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A second site (tests/fixtures/texts, for the browser tests of long texts) builds beside the
    // real one: its own output folders keep the two builds from overwriting each other.
    outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
    // The whole site is prerendered: every page is a static file, so `fallback` stays unset and a
    // route that cannot be prerendered fails the build instead of silently becoming client-only.
    adapter: adapter({
      pages: process.env.BUILD_DIR ?? 'build',
      assets: process.env.BUILD_DIR ?? 'build',
      strict: true
    }),
    prerender: {
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
