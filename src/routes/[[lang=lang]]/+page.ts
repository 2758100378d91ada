import { loadStrings } from '$lib/i18n/index.ts';
import type { PageLoad } from './$types';

// This page's own interface strings, in its language, before it renders.
export const load: PageLoad = async ({ params, data }) => {
  await loadStrings(params.lang === 'fr' ? 'fr' : 'en', 'library');
  return data;
};
