import { rmSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { formatContentReport } from './src/lib/corpus/errors.ts';
import { loadCorpusFrom } from './src/lib/corpus/load.ts';

/**
 * Content comes first: a build checks texts/ before compiling anything and stops with every
 * located problem (printed alone, exit status 1), after removing any earlier build/ so no stale or half-built site is left.
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
        // The located problems alone, as check:texts prints them: through this.error, Vite would
        // print them inside a stack trace that buries the one useful line.
        console.error(`\nThe build stops: the content in ${dir} has problems.\n`);
        for (const line of formatContentReport(errors, dir)) console.error(line);
        process.exit(1);
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

/**
 * The TypeScript modules of src/lib that the root layout loads, directly or through the modules
 * and components it imports: every page runs them, so they travel in one file (the `layout`
 * chunk below) instead of the several the bundler would make of them by which pages share which
 * (a request each on a first visit, and less compression). Components stay with the pages that
 * show them. Filled once the module graph is known, before chunks are made.
 */
const layoutModules = new Set<string>();
function findLayoutModules(): Plugin {
  return {
    name: 'reader-layout-modules',
    apply: 'build',
    buildEnd() {
      layoutModules.clear();
      const root = [...this.getModuleIds()].find((id) =>
        /src[\\/]routes[\\/]\+layout\.svelte$/.test(id)
      );
      const seen = new Set<string>();
      const queue = root ? [root] : [];
      while (queue.length) {
        for (const id of this.getModuleInfo(queue.pop()!)?.importedIds ?? []) {
          if (seen.has(id) || !/[\\/]src[\\/]lib[\\/]/.test(id)) continue;
          seen.add(id);
          queue.push(id);
          if (/\.ts$/.test(id)) layoutModules.add(id);
        }
      }
    }
  };
}

export default defineConfig({
  plugins: [content(), reloadOnContentChange(), findLayoutModules(), sveltekit()],
  // The search worker is started as a module worker (src/lib/search/search-client.ts).
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The runtime every page needs (Svelte, SvelteKit's client, i18next) in one file:
              // left to itself the bundler splits it into several, which compress worse apart
              // and cost the first visit a request each (docs/performance.md).
              name: 'runtime',
              // Vite's helper for loading a lazy chunk with its dependencies joins them.
              test: /node_modules[\\/](svelte|clsx|devalue|@sveltejs[\\/]kit|i18next)[\\/]|^\0vite[\\/]preload-helper/
            },
            { name: 'layout', test: (id) => layoutModules.has(id) }
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
