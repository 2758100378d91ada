// What the reader loads after its first paint, in one module: the reading-progress store (on the
// first scroll), finding the word under a click or in a selection (on the first word looked up)
// and the end-of-text suggestion (on the last chapter), so the page's initial script names one
// lazy module instead of each of their dependencies (docs/performance.md).
import { loadStrings, type UiLang } from '$lib/i18n/index.ts';

export { progress } from '$lib/state/progress.svelte.ts';
export { openClickedWord, openWordCard, wordFromSelection } from '$lib/reader/word-dom.ts';

/** The "next at your level" block, with its strings in the page's language. */
export async function loadNextText(lang: UiLang) {
  const [module] = await Promise.all([import('./NextText.svelte'), loadStrings(lang, 'library')]);
  return module.default;
}
