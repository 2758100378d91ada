import type { Handle } from '@sveltejs/kit';

/** `<html lang>` must be right in the prerendered file itself, before any script runs. */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = /^\/fr(\/|$)/.test(event.url.pathname) ? 'fr' : 'en';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
