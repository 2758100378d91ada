import type { Handle } from '@sveltejs/kit';
import { uiLangOf } from '$lib/i18n/index.ts';

/** `<html lang>` must be right in the prerendered file itself, before any script runs. */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = uiLangOf(event.url.pathname);
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
