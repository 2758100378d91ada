import type { Handle } from '@sveltejs/kit';
import { uiLangOf } from '$lib/i18n/index.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import { fillReaderMarkup } from '$lib/reader/reader-markup.server.ts';
import boot from '../static/boot.js?raw';

const READER_ROUTE = '/[[lang=lang]]/read/[text]/[[chapter]]';

/**
 * `<html lang>` must be right in the prerendered file itself, before any script runs. boot.js
 * goes inline, byte for byte: the policy allows it by the hash of that file (svelte.config.js).
 * A reader page also gets its sentences written into it here, as static markup, rather than
 * through the page's data: data would be serialised into the page a second time for hydration.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = uiLangOf(event.url.pathname);
  const reader =
    event.route.id === READER_ROUTE && !event.isDataRequest
      ? await fillReaderMarkup(getCorpus(), event.params, lang)
      : undefined;
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const page = html
        .replace('%lang%', lang)
        .replace('%boot.js%', () => `<script>${boot}</script>`);
      return reader ? reader(page) : page;
    }
  });
};
