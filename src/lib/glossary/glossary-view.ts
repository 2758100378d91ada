// The glossary list's view of the corpus: one row per entry with what the list shows and what
// its search box matches, built at prerender time for one UI language.
import type { Corpus, Entry } from '$lib/corpus/index.ts';
import { entryNames, foldForSearch, searchKey } from '$lib/search/normalize.ts';

/** The longest summary excerpt the list shows, in characters; longer first sentences are cut. */
const EXCERPT_MAX = 120;

/** The first sentence of a summary, cut at a word boundary (with an ellipsis) when it is long. */
export function excerpt(summary: string, lang: 'fr' | 'en'): string {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const first = [...segmenter.segment(summary)][0]?.segment.trim() ?? summary;
  if (first.length <= EXCERPT_MAX) return first;
  const cut = first.slice(0, EXCERPT_MAX + 1);
  const end = cut.lastIndexOf(' ');
  return `${cut.slice(0, end > 0 ? end : EXCERPT_MAX).replace(/[\s,;:(«“—–-]+$/u, '')}…`;
}

/** A BCP 47 tag for a name in its original script, so screen readers and fonts treat it right. */
export function scriptLang(text: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/\p{Script=Georgian}/u.test(text)) return 'ka';
  if (/\p{Script=Greek}/u.test(text)) return 'el';
  return undefined;
}

/** The names an entry is also known by, beyond the three the list shows, each with its language. */
export function otherNames(entry: Entry) {
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

/** The glossary list's rows, in the corpus's order of entries. */
export function glossaryRows(corpus: Corpus, lang: 'fr' | 'en') {
  return [...corpus.entries.values()].map((entry) => ({
    id: entry.id,
    type: entry.type,
    name: entry.name,
    origLang: entry.name.orig ? scriptLang(entry.name.orig) : undefined,
    dates: entry.dates,
    // Every mention in the French original (a sentence that names the entry twice counts twice).
    mentions: (corpus.mentions.get(entry.id) ?? []).filter((o) => o.lang === 'fr').length,
    excerpt: excerpt(entry.summary[lang], lang),
    /** Every name, alias and the id, folded: what the search box matches against. */
    key: searchKey(entryNames(entry)),
    /** The names the list shows, folded: when they do not match, the page says which alias did. */
    shownKey: searchKey([entry.name.fr, entry.name.en, entry.name.orig ?? '']),
    aliases: otherNames(entry)
  }));
}
