import { loadPageStrings } from '$lib/i18n/page-strings.ts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, data }) => {
  await loadPageStrings(params, 'timeline');
  return data;
};
