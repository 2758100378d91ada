import type { Entry } from '$lib/corpus/index.ts';
import { entryNames, foldForSearch, searchKey } from '$lib/search/normalize.ts';
import { getCorpus } from '$lib/server/corpus.ts';
import type { PageServerLoad } from './$types';

/** The longest summary excerpt the list shows, in characters; longer first sentences are cut. */
const EXCERPT_MAX = 120;

/** The first sentence of a summary, cut at a word boundary (with an ellipsis) when it is long. */
function excerpt(summary: string, lang: 'fr' | 'en'): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const first = [...segmenter.segment(summary)][0]?.segment.trim() ?? summary;
  if (first.length <= EXCERPT_MAX) return first;
  const cut = first.slice(0, EXCERPT_MAX + 1);
  const end = cut.lastIndexOf(' ');
  return `${cut.slice(0, end > 0 ? end : EXCERPT_MAX).replace(/[\s,;:(«“—–-]+$/u, '')}…`;
}

/** A BCP 47 tag for a name in its original script, so screen readers and fonts treat it right. */
function scriptLang(text: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{Script=Georgian}/u.test(text)) return 'ka';
  if (/\p{Script=Greek}/u.test(text)) return 'el';
  return undefined;
}

/** The names an entry is also known by, beyond the three the list shows, each with its language. */
function otherNames(entry: Entry) {
  const shown = new Set(
    [entry.name.fr, entry.name.en, entry.name.orig].map((n) => n && foldForSearch(n))
  );
  const seen = new Set<string>();
  const names: { text: string; lang: string | undefined; key: string }[] = [];
  const add = (text: string, lang: string | undefined) => {
    const folded = foldForSearch(text);
    if (shown.has(folded) || seen.has(folded)) return;
    seen.add(folded);
    names.push({ text, lang, key: searchKey([text]) });
  };
  for (const text of entry.aliases.fr) add(text, 'fr');
  for (const text of entry.aliases.en) add(text, 'en');
  for (const text of entry.aliases.orig) add(text, scriptLang(text));
  return names;
}

// Prerendered once per UI language (/glossary and /fr/glossary); the page reads no query string
// here, so the filter a URL asks for is applied in the browser, after hydration.
export const load: PageServerLoad = ({ params }) => {
  const lang = params.lang === 'fr' ? 'fr' : 'en';
  const corpus = getCorpus();
  return {
    entries: [...corpus.entries.values()].map((entry) => ({
      id: entry.id,
      type: entry.type,
      name: entry.name,
      origLang: entry.name.orig ? scriptLang(entry.name.orig) : undefined,
      dates: entry.dates,
      // Counted as the entry page counts them: once per sentence of the French original.
      mentions: (corpus.mentions.get(entry.id) ?? []).filter((o) => o.lang === 'fr').length,
      excerpt: excerpt(entry.summary[lang], lang),
      /** Every name, alias and the id, folded: what the search box matches against. */
      key: searchKey(entryNames(entry)),
      /** The names the list shows, folded: when they do not match, the page says which alias did. */
      shownKey: searchKey([entry.name.fr, entry.name.en, entry.name.orig ?? '']),
      aliases: otherNames(entry)
    }))
  };
};
