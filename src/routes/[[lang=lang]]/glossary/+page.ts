import { loadStrings } from '$lib/i18n/index.ts';
import type { PageLoad } from './$types';

// This page's own interface strings, in its language, before it renders.
export const load: PageLoad = async ({ params, data }) => {
  const lang = params.lang === 'fr' ? 'fr' : 'en';
  await Promise.all([loadStrings(lang, 'glossary-search'), loadStrings(lang, 'card')]);
  return data;
};
