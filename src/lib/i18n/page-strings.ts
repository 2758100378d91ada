import { langParam, loadStrings } from './index.ts';

/**
 * For a page's load: its features' strings, in the page's language, ready before it renders. In a
 * module of its own, so the reader, which loads none, does not carry it.
 */
export function loadPageStrings(params: { lang?: string }, ...names: string[]): Promise<void> {
  const lang = langParam(params);
  return Promise.all(names.map((name) => loadStrings(lang, name))).then(() => undefined);
}
