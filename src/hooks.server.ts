import type { Handle } from '@sveltejs/kit';
import { uiLangOf } from '$lib/i18n/index.ts';
import boot from '../static/boot.js?raw';

/**
 * `<html lang>` must be right in the prerendered file itself, before any script runs. boot.js
 * goes inline, byte for byte: the policy allows it by the hash of that file (svelte.config.js).
 */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = uiLangOf(event.url.pathname);
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%lang%', lang).replace('%boot.js%', () => `<script>${boot}</script>`)
  });
};
