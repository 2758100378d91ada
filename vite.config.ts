import { rmSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { formatContentError } from './src/lib/corpus/errors.ts';
import { loadCorpusFrom } from './src/lib/corpus/load.ts';

/**
 * Content comes first: a build checks texts/ before compiling anything and stops with every
 * located problem, after removing any earlier build/ so no stale or half-built site is left.
 * In dev, an edit under texts/ reloads the page.
 */
function content(): Plugin {
  const dir = process.env.TEXTS_DIR ?? 'texts';
  return {
    name: 'reader-content',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild && !process.env.VITEST,
    buildStart() {
      rmSync(process.env.BUILD_DIR ?? 'build', { recursive: true, force: true });
      const { corpus, errors } = loadCorpusFrom(dir);
      if (!corpus) {
        this.error(`content errors in ${dir}:\n${errors.map(formatContentError).join('\n')}`);
      }
    }
  };
}

function reloadOnContentChange(): Plugin {
  const dir = process.env.TEXTS_DIR ?? 'texts';
  return {
    name: 'reader-content-reload',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (file.includes(`/${dir.replace(/^\.\//, '')}/`)) server.ws.send({ type: 'full-reload' });
      });
    }
  };
}

export default defineConfig({
  plugins: [content(), reloadOnContentChange(), sveltekit()],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The runtime every page needs (Svelte, SvelteKit's client, i18next) in one file:
              // left to itself the bundler splits it into several, which compress worse apart
              // and cost the first visit a request each (README, "Performance").
              name: 'runtime',
              test: /node_modules[\\/](svelte|clsx|devalue|@sveltejs[\\/]kit|i18next)[\\/]/
            }
          ]
        }
      }
    }
  },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases: on a busy 2-core CI machine 5 s is not enough.
    testTimeout: 30_000
  }
});
