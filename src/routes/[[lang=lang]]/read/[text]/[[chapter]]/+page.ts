import { browser } from '$app/environment';
import { error } from '@sveltejs/kit';
import { markupPath } from '$lib/data-paths.ts';
import { langParam } from '$lib/i18n/index.ts';
import type { ReaderMarkup } from '$lib/reader/render-html.ts';
import type { PageLoad } from './$types';

/**
 * A page loaded from the server has its sentences in its HTML already (hooks.server.ts). A page
 * reached in the app (a chapter link, a card's next mention, the language switch) fetches them:
 * one prerendered JSON file, fetched as soon as the link is pointed at.
 */
export const load: PageLoad = async ({ data, fetch, params }) => {
  const path = markupPath(langParam(params), data.text.slug, data.chapter.index);
  if (!browser || document.querySelector(`[data-markup-from="${path}"]`)) {
    return { ...data, markupPath: path, markup: undefined };
  }
  const response = await fetch(path);
  if (!response.ok) error(response.status, 'This chapter could not be loaded');
  return { ...data, markupPath: path, markup: (await response.json()) as ReaderMarkup };
};
