/**
 * The lexicon's data as served (prerendered JSON under /lexicon/) and as the API returns it.
 * Pure types: nothing here runs.
 */

export type LexPos =
  | 'noun'
  | 'verb'
  | 'adjective'
  | 'adverb'
  | 'preposition'
  | 'determiner'
  | 'pronoun'
  | 'conjunction'
  | 'interjection'
  | 'numeral'
  | 'other';

export type Gender = 'm' | 'f';

/**
 * One analysis of a form in a forms shard: [lemma, part of speech, Lefff morphology tag]. The tag
 * is kept as the Lefff writes it (`P3s`, `Kfp`, `ms`…) and decoded by decodeTag in morph.ts.
 */
export type FormAnalysis = [lemma: string, pos: LexPos, tag: string];

/** A dictionary sense: its translations, an optional domain label, optional examples. */
export interface SenseData {
  tr: string[];
  usg?: string;
  /** A definition in English, where the dictionary gives one instead of a translation. */
  def?: string;
  ex?: [fr: string, en: string][];
}

/** One dictionary entry for a headword (a headword may have several, one per part of speech). */
export interface DictEntry {
  pos?: LexPos;
  gender?: Gender;
  senses: SenseData[];
}

/** What every shard carries besides its data: where it comes from and under which licence. */
export interface ShardHeader {
  /** Format version: a shard of another version is "not available", never misread. */
  v: 1;
  source: string;
  licence: string;
  /** Site path of the notice and full licence text for this data. */
  notice: string;
}

/**
 * /lexicon/forms/KEY.json: word forms (Lefff-derived) → their analyses, packed into one string
 * per form by encodeAnalyses (codec.ts): the data is a million analyses, and the packed form is
 * 40 % smaller once compressed.
 */
export interface FormsShard extends ShardHeader {
  kind: 'forms';
  forms: Record<string, string>;
}

/** /lexicon/senses/KEY.json (FreeDict-derived) and /lexicon/words.json (the project's list). */
export interface SensesShard extends ShardHeader {
  kind: 'senses';
  entries: Record<string, DictEntry[]>;
}

/** /lexicon/index.json: the shard prefixes of each dataset, and what each dataset is. */
export interface LexiconIndex {
  v: 1;
  forms: { prefixes: string[]; source: string; licence: string; notice: string };
  senses: { prefixes: string[]; source: string; licence: string; notice: string };
  words: { source: string; licence: string; notice: string };
}

/** Where a sense comes from: the FreeDict dictionary or the project's own word list. */
export type SenseSource = 'freedict' | 'project';

export interface Sense {
  source: SenseSource;
  /** The dictionary entry's part of speech and gender, where it gives them. */
  pos?: LexPos;
  gender?: Gender;
  translations: string[];
  definition?: string;
  domain?: string;
  examples?: { fr: string; en: string }[];
}

/** A decoded Lefff tag: what the form is of its lemma. */
export interface Morphology {
  gender?: Gender;
  number?: 'singular' | 'plural';
  person?: 1 | 2 | 3;
  /** For verb forms: e.g. `indicative present`, `past participle`, `infinitive`. */
  verbForms?: string[];
}

/** One reading of a word form: a lemma with its part of speech, morphology and senses. */
export interface Candidate {
  lemma: string;
  pos: LexPos;
  /** The lemma's gender (nouns), from the dictionary or the form's morphology. */
  gender?: Gender;
  /** Every morphological analysis of the form for this lemma and part of speech. */
  analyses: Morphology[];
  /** For a contraction (`du`, `aux`…): the words it stands for, e.g. ['de', 'le']. */
  contractionOf?: string[];
  /** For an elided form (`l'`, `qu'`…): the full word, e.g. `le`. */
  elisionOf?: string;
  senses: Sense[];
}

export type LookupStatus =
  /** At least one candidate with at least one sense. */
  | 'found'
  /** Lemmas are known but no dictionary has a sense for any of them. */
  | 'no-sense'
  /** The lemmatizer does not know the form. */
  | 'unknown'
  /** A shard could not be fetched or was malformed: the card says the data is not available. */
  | 'unavailable';

export interface LookupResult {
  /** The form as looked up (normalised). */
  form: string;
  status: LookupStatus;
  /** Best first. */
  candidates: Candidate[];
  /** A hyphenated form the lexicon does not know as a whole: each part's own result. */
  parts?: LookupResult[];
}
