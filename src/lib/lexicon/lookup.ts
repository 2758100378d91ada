import { decodeAnalyses } from './codec.ts';
import { CONTRACTIONS, ELISIONS, decodeTag } from './morph.ts';
import { normalizeForm, shardFor } from './normalize.ts';
import { readEntries, readFormsShard, readIndex, readSensesShard } from './shard.ts';
import type {
  Candidate,
  DictEntry,
  FormAnalysis,
  Gender,
  LexiconIndex,
  LexPos,
  LookupResult,
  LookupStatus,
  Sense,
  SenseSource
} from './types.ts';

/**
 * The word card's data API. Framework-free and lazy: nothing is fetched until the first lookup
 * (or prefetch), then only the small JSON files that word needs: /lexicon/index.json (the shard
 * names), /lexicon/words.json (the project's word list), one forms shard for the form and one
 * senses shard per lemma. Every file is fetched once and kept as Maps, so a later lookup in the
 * same shards is a few Map reads. No file here is imported by the reader's first bundle: the
 * card imports this module with a dynamic import().
 */

export const LEXICON_BASE = '/lexicon';

export const indexPath = (base = LEXICON_BASE) => `${base}/index.json`;
export const wordsPath = (base = LEXICON_BASE) => `${base}/words.json`;

/** The forms shard that holds `form` (as written: it is normalised here). */
export function formShardPath(form: string, index: LexiconIndex, base = LEXICON_BASE): string {
  return `${base}/forms/${shardFor(normalizeForm(form), index.forms.prefixes)}.json`;
}

/** The FreeDict senses shard that holds `lemma`. */
export function senseShardPath(lemma: string, index: LexiconIndex, base = LEXICON_BASE): string {
  return `${base}/senses/${shardFor(normalizeForm(lemma), index.senses.prefixes)}.json`;
}

export interface LookupContext {
  /** The word before, as written (`il`, `la`…): helps rank a verb against a noun. */
  previous?: string;
  /** The word after, as written. */
  next?: string;
}

export interface Lexicon {
  /**
   * Every candidate reading of a word as written in a segment (`L'`, `qu’`, `étaient`, `aux`,
   * `belles`, `peut-être`), best first, with the English senses of each. Never throws: a file
   * that cannot be fetched or read gives status 'unavailable'.
   */
  lookup(word: string, context?: LookupContext): Promise<LookupResult>;
  /** The site paths a lookup of `word` fetches first (index, word list, its forms shard). */
  pathsFor(word: string): Promise<string[]>;
  /** Fetches the index and the word list ahead of the first card (e.g. when the page is idle). */
  prefetch(words?: readonly string[]): Promise<void>;
}

/** Fetches a site path and parses its JSON; throws on a network error or a bad status. */
export type FetchJson = (path: string) => Promise<unknown>;

export const fetchJsonFromSite: FetchJson = async (path) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};

// Words before which a form is most likely a noun or adjective, or a verb.
const DETERMINERS = new Set(
  "le la les l' un une des du au aux ce cet cette ces mon ton son ma ta sa mes tes ses notre votre leur nos vos leurs quel quelle quels quelles chaque plusieurs".split(
    ' '
  )
);
const SUBJECTS = new Set(
  "je j' tu il elle on nous vous ils elles se s' me m' te t' ne n' y qui".split(' ')
);
// Verbs so common that they outrank a rare homograph's lemma (`étaient`: être, not étayer).
const COMMON_VERBS = new Set(
  'être avoir faire aller pouvoir devoir vouloir dire savoir venir voir prendre falloir mettre donner'.split(
    ' '
  )
);
const POS_RANK: Readonly<Record<LexPos, number>> = {
  preposition: 10,
  determiner: 9,
  conjunction: 8.5,
  pronoun: 8,
  adverb: 7,
  noun: 5,
  adjective: 4,
  verb: 3,
  numeral: 2,
  interjection: 1,
  other: 0
};

function rank(candidate: Candidate, context: LookupContext | undefined): number {
  let score = POS_RANK[candidate.pos];
  if (candidate.pos === 'verb' && COMMON_VERBS.has(candidate.lemma)) score += 3;
  if (candidate.contractionOf) score += 4;
  if (candidate.senses.length) score += 2;
  const previous = context?.previous ? normalizeForm(context.previous) : '';
  if (DETERMINERS.has(previous)) {
    if (candidate.pos === 'noun' || candidate.pos === 'adjective') score += 6;
  } else if (SUBJECTS.has(previous)) {
    if (candidate.pos === 'verb') score += 6;
  }
  return score;
}

function sensesOf(entries: DictEntry[], pos: LexPos, source: SenseSource): Sense[] {
  const matching = entries.filter((e) => e.pos === pos || e.pos === undefined);
  const chosen = matching.length ? matching : entries;
  return chosen.flatMap((entry) =>
    entry.senses.map((s) => {
      const sense: Sense = { source, translations: s.tr };
      if (entry.pos) sense.pos = entry.pos;
      if (entry.gender) sense.gender = entry.gender;
      if (s.def) sense.definition = s.def;
      if (s.usg) sense.domain = s.usg;
      if (s.ex) sense.examples = s.ex.map(([fr, en]) => ({ fr, en }));
      return sense;
    })
  );
}

/** The apostrophe-split of `l'homme` → [`l'`, `homme`], or null. */
function splitElision(form: string): [string, string] | null {
  const at = form.indexOf("'");
  if (at <= 0 || at === form.length - 1) return null;
  const head = form.slice(0, at + 1);
  return ELISIONS[head] ? [head, form.slice(at + 1)] : null;
}

export function createLexicon(
  fetchJson: FetchJson = fetchJsonFromSite,
  base = LEXICON_BASE
): Lexicon {
  const files = new Map<string, Promise<unknown>>();

  /** A file read once (parsed by `read`), or null if it could not be fetched or read. */
  function load<T>(path: string, read: (data: unknown) => T | null): Promise<T | null> {
    let pending = files.get(path) as Promise<T | null> | undefined;
    if (!pending) {
      pending = fetchJson(path).then(
        (data) => {
          const value = read(data);
          // A file that arrived malformed stays "not available" until the page is reloaded.
          return value;
        },
        () => {
          // A network failure may pass: the next lookup fetches again.
          files.delete(path);
          return null;
        }
      );
      files.set(path, pending);
    }
    return pending;
  }

  const getIndex = () => load(indexPath(base), readIndex);
  const getWords = () => load(wordsPath(base), readSensesShard);

  async function analysesOf(form: string, index: LexiconIndex): Promise<FormAnalysis[] | null> {
    const shard = await load(formShardPath(form, index, base), readFormsShard);
    if (!shard) return null;
    return decodeAnalyses(form, shard.get(form));
  }

  async function lookupForm(
    form: string,
    context: LookupContext | undefined
  ): Promise<LookupResult> {
    const result = (status: LookupStatus, candidates: Candidate[] = []): LookupResult => ({
      form,
      status,
      candidates
    });
    if (form === '') return result('unknown');
    const index = await getIndex();
    if (!index) return result('unavailable');
    const words = await getWords();

    let analyses = await analysesOf(form, index);
    if (analyses === null) return result('unavailable');
    const elisionOf = ELISIONS[form];
    if (analyses.length === 0 && elisionOf) analyses = (await analysesOf(elisionOf, index)) ?? [];

    // A word only the project's list knows (`parce`, of `parce que`): its own lemma.
    if (analyses.length === 0) {
      analyses = readEntries(words?.get(form)).map((e): FormAnalysis => [
        form,
        e.pos ?? 'other',
        ''
      ]);
    }

    if (analyses.length === 0 && !CONTRACTIONS[form]) {
      // `l'homme` handed over whole, or `peut-être`-style compounds the Lefff does not list.
      const elided = splitElision(form);
      if (elided) {
        const parts = await Promise.all(elided.map((p) => lookupForm(p, context)));
        return { ...parts[1]!, form, parts };
      }
      if (form.includes('-')) {
        const pieces = form.split('-').filter((p) => p !== '' && p !== 't');
        if (pieces.length > 1) {
          const parts = await Promise.all(pieces.map((p) => lookupForm(p, undefined)));
          const worst = parts.find((p) => p.status !== 'found');
          return { form, status: worst ? worst.status : 'found', candidates: [], parts };
        }
      }
    }

    // Group the analyses into candidates: one per lemma and part of speech.
    const byLemma = new Map<string, Candidate>();
    const contraction = CONTRACTIONS[form];
    if (contraction) {
      byLemma.set(`${form}\tpreposition`, {
        lemma: form,
        pos: 'preposition',
        analyses: [],
        contractionOf: [...contraction],
        senses: []
      });
    }
    for (const [lemma, pos, tag] of analyses) {
      const key = `${lemma}\t${pos}`;
      let candidate = byLemma.get(key);
      if (!candidate) {
        candidate = { lemma, pos, analyses: [], senses: [] };
        if (elisionOf) candidate.elisionOf = elisionOf;
        byLemma.set(key, candidate);
      }
      candidate.analyses.push(decodeTag(tag, pos));
    }
    const candidates = [...byLemma.values()];

    // Senses: FreeDict's for the lemma (a contraction: its preposition's), then the project's.
    let failed = false;
    await Promise.all(
      candidates.map(async (c) => {
        const headword = c.contractionOf ? c.contractionOf[0]! : c.lemma;
        const shard = await load(senseShardPath(headword, index, base), readSensesShard);
        if (!shard) failed = true;
        const dict = readEntries(shard?.get(headword));
        const own = readEntries(words?.get(c.contractionOf ? form : headword));
        const ownFallback = c.contractionOf && !own.length ? readEntries(words?.get(headword)) : [];
        c.senses = [
          ...sensesOf(dict, c.pos, 'freedict'),
          ...sensesOf([...own, ...ownFallback], c.pos, 'project')
        ];
        const nounGender = [...dict, ...own].find((e) => e.pos === 'noun' && e.gender)?.gender;
        const formGenders = new Set(c.analyses.map((a) => a.gender).filter(Boolean));
        const gender: Gender | undefined =
          c.pos === 'noun'
            ? (nounGender ?? (formGenders.size === 1 ? ([...formGenders][0] as Gender) : undefined))
            : undefined;
        if (gender) c.gender = gender;
      })
    );
    candidates.sort((a, b) => rank(b, context) - rank(a, context));
    if (form.includes('-') && !candidates.some((c) => c.senses.length)) {
      // `dernier-né`: the Lefff knows it, no dictionary does: its parts may help the reader.
      const pieces = form.split('-').filter((p) => p !== '' && p !== 't');
      if (pieces.length > 1) {
        const parts = await Promise.all(pieces.map((p) => lookupForm(p, undefined)));
        const worst = parts.find((p) => p.status !== 'found');
        return { form, status: worst ? worst.status : 'found', candidates, parts };
      }
    }
    const status: LookupStatus = candidates.some((c) => c.senses.length)
      ? 'found'
      : failed || !words
        ? 'unavailable'
        : candidates.length
          ? 'no-sense'
          : 'unknown';
    return result(status, candidates);
  }

  return {
    lookup: (word, context) => lookupForm(normalizeForm(word), context),
    async pathsFor(word) {
      const index = await getIndex();
      const paths = [indexPath(base), wordsPath(base)];
      if (index) paths.push(formShardPath(word, index, base));
      return paths;
    },
    async prefetch(words = []) {
      const index = await getIndex();
      await getWords();
      if (index)
        await Promise.all(words.map((w) => load(formShardPath(w, index, base), readFormsShard)));
    }
  };
}
