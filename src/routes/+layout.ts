import { loadStrings, uiLangOf } from '$lib/i18n/index.ts';
import type { LayoutLoad } from './$types';

// The interface strings of the page's language, and only those, are ready before it renders.
export const load: LayoutLoad = async ({ url }) => {
  const lang = uiLangOf(url.pathname);
  await loadStrings(lang);
  return { lang };
};
