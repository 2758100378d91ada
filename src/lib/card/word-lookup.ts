// The dictionary behind the word card, loaded with the first word card: the lexicon's lookup
// (its data is fetched as small shards on first use) and what the card shows for its answer.
import { base } from '$app/paths';
import { createLexicon, type Lexicon, type LookupContext } from '$lib/lexicon/lookup.ts';
import { wordCardView, type WordCardView } from './word-card.ts';

let lexicon: Lexicon | undefined;

/** What the word card shows for a word as written, ranked by its neighbours. Never throws. */
export async function lookupWord(word: string, context: LookupContext): Promise<WordCardView> {
  lexicon ??= createLexicon(undefined, `${base}/lexicon`);
  return wordCardView(await lexicon.lookup(word, context));
}
