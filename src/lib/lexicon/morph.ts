import type { Gender, LexPos, Morphology } from './types.ts';

/**
 * The Lefff's categories (its tagset, FRMG) as the lexicon's parts of speech. Categories that
 * are not words a reader clicks (punctuation, proper names, meta symbols) map to nothing and are
 * left out of the data: names are the glossary's business.
 */
export const LEFFF_POS: Readonly<Record<string, LexPos>> = {
  nc: 'noun',
  v: 'verb',
  auxAvoir: 'verb',
  auxEtre: 'verb',
  adj: 'adjective',
  adv: 'adverb',
  advneg: 'adverb',
  advPref: 'adverb',
  adjPref: 'adjective',
  prep: 'preposition',
  det: 'determiner',
  pro: 'pronoun',
  prel: 'pronoun',
  pri: 'pronoun',
  cln: 'pronoun',
  cla: 'pronoun',
  cld: 'pronoun',
  clr: 'pronoun',
  clar: 'pronoun',
  cldr: 'pronoun',
  cll: 'pronoun',
  clg: 'pronoun',
  ce: 'pronoun',
  ilimp: 'pronoun',
  caimp: 'pronoun',
  clneg: 'adverb',
  csu: 'conjunction',
  coo: 'conjunction',
  que: 'conjunction',
  que_restr: 'adverb',
  pres: 'adverb'
};

/** Lefff lemmas that name a category rather than a word (clitics): the form is its own lemma. */
export const CATEGORY_LEMMAS: ReadonlySet<string> = new Set([
  'cla',
  'cld',
  'clr',
  'clar',
  'cldr',
  'cll',
  'clg',
  'cln',
  'ilimp',
  'caimp'
]);

/** Elided forms and the word each stands for. */
export const ELISIONS: Readonly<Record<string, string>> = {
  "l'": 'le',
  "d'": 'de',
  "j'": 'je',
  "m'": 'me',
  "t'": 'te',
  "s'": 'se',
  "n'": 'ne',
  "c'": 'ce',
  "qu'": 'que',
  "jusqu'": 'jusque',
  "lorsqu'": 'lorsque',
  "puisqu'": 'puisque',
  "quoiqu'": 'quoique'
};

/** Contractions of à/de with the definite article (and with lequel), and what they stand for. */
export const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  au: ['à', 'le'],
  aux: ['à', 'les'],
  du: ['de', 'le'],
  des: ['de', 'les'],
  auquel: ['à', 'lequel'],
  auxquels: ['à', 'lesquels'],
  auxquelles: ['à', 'lesquelles'],
  duquel: ['de', 'lequel'],
  desquels: ['de', 'lesquels'],
  desquelles: ['de', 'lesquelles']
};

/** The FreeDict's part-of-speech values (its header's tagsDecl) as the lexicon's. */
export const FREEDICT_POS: Readonly<Record<string, LexPos>> = {
  n: 'noun',
  v: 'verb',
  vi: 'verb',
  vt: 'verb',
  adj: 'adjective',
  adv: 'adverb',
  num: 'numeral',
  prep: 'preposition',
  int: 'interjection',
  pron: 'pronoun',
  conj: 'conjunction',
  art: 'determiner'
};

export const FREEDICT_GENDER: Readonly<Record<string, Gender>> = { masc: 'm', fem: 'f' };

// Lefff verb tags: a letter per tense or mood the form can be (`PS3s`: indicative or
// subjunctive present, 3rd person singular), then person, gender and number.
const VERB_FORMS: Readonly<Record<string, string>> = {
  P: 'indicative present',
  F: 'indicative future',
  I: 'indicative imperfect',
  J: 'indicative simple past',
  C: 'conditional present',
  Y: 'imperative present',
  S: 'subjunctive present',
  T: 'subjunctive imperfect',
  K: 'past participle',
  G: 'present participle',
  W: 'infinitive'
};

/**
 * A Lefff morphology tag decoded. For a determiner like `leur` (`s_P3p`: singular, of a 3rd
 * person plural possessor) only the part before `_` describes the form itself.
 */
export function decodeTag(tag: string, pos: LexPos): Morphology {
  const own = tag.split('_')[0] ?? '';
  const out: Morphology = {};
  const verbForms: string[] = [];
  for (const c of own) {
    if (pos === 'verb' && VERB_FORMS[c]) verbForms.push(VERB_FORMS[c]);
    else if (c === 'm' || c === 'f') out.gender = c;
    else if (c === 's') out.number = 'singular';
    else if (c === 'p') out.number = 'plural';
    else if (c === '1' || c === '2' || c === '3') out.person = Number(c) as 1 | 2 | 3;
  }
  if (verbForms.length) out.verbForms = verbForms;
  return out;
}
