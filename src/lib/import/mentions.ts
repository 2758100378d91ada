// Mention suggestion: every name and alias of the glossary, in both languages, found in a text.
// Accent- and case-insensitive; words are compared whole (never inside a word), so the article of
// an elision or contraction is a word of its own (`l'URSS`, `d'Andropov`, `du Parti`); a plural
// of a name's word (`bolcheviks`, `secrétaires généraux`, `General Secretaries`) is the same word.
// Longest match first; a name that belongs to two entries is flagged, not guessed. Capitalised
// words that match nothing are listed as candidates for new entries.
// Pure: runs in node and in a browser worker.

/** What the importer needs of a glossary entry: its id and every name it goes by. */
export interface GlossaryNames {
  id: string;
  fr: readonly string[];
  en: readonly string[];
}

/** Names and aliases of glossary entries (as `Entry` has them), for `importText`'s `glossary`. */
export function glossaryNames(
  entries: Iterable<{
    id: string;
    name: { fr: string; en: string };
    aliases?: { fr?: readonly string[]; en?: readonly string[] };
  }>
): GlossaryNames[] {
  return [...entries].map((e) => ({
    id: e.id,
    fr: [e.name.fr, ...(e.aliases?.fr ?? [])],
    en: [e.name.en, ...(e.aliases?.en ?? [])]
  }));
}

interface Token {
  /** The folded word: no accents, lowercase, œ → oe. */
  word: string;
  start: number;
  end: number;
}

/** A word: letters, digits and combining marks. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Lowercase, without accents, ligatures spelled out. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    tokens.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** What stands between two words of a name, for comparison: spaces and hyphens count as one. */
function gapKey(gap: string): string {
  return gap.replace(/[’ʼ]/g, "'").replace(/[\s\u00a0\u202f\-‐‑]+/gu, ' ');
}

/** The spellings of one word of a text that stand for the name's word `w` (plurals). */
function variants(w: string): string[] {
  if (!/^\p{L}{3,}$/u.test(w)) return [w];
  const out = [w, w + 's', w + 'x'];
  if (w.endsWith('al')) out.push(w.slice(0, -2) + 'aux');
  if (/[^aeiou]y$/.test(w)) out.push(w.slice(0, -1) + 'ies');
  return out;
}

interface NameForm {
  /** Folded words of the name, as a text may inflect them. */
  words: string[];
  /** What stands between consecutive words (gapKey form). */
  gaps: string[];
  entities: Set<string>;
  name: string;
  /** The name's head noun (see headOf), if it has one. */
  heads: Set<string>;
}

export interface MentionIndex {
  /** First word (any variant) → the forms starting with it. */
  byFirst: Map<string, NameForm[]>;
  /** Head noun (any variant) → entity → how many of its names have that head. */
  heads: Map<string, Map<string, number>>;
}

/** Words that start or end names without being what the name is about. */
const NOT_HEADS = new Set(
  (
    'general first second third last premier premiere deuxieme troisieme dernier derniere ' +
    'grand grande petit nouveau nouvelle ancien ancienne haut haute supreme central centrale ' +
    'soviet sovietique russe russian august ' +
    // generic nouns that end or start names of events without standing for them
    'attempt tentative period periode'
  ).split(' ')
);

/**
 * The head noun of a name of two words or more, which a text may use alone for it once the name is
 * known (`le parti` after `Parti communiste`): the first word of a French name, the last of an
 * English one; none for names with `of` or brackets, whose last word is not their head.
 */
function headOf(words: readonly string[], name: string, lang: 'fr' | 'en'): string | undefined {
  if (words.length < 2) return undefined;
  if (lang === 'en' && /\bof\b|\(/i.test(name)) return undefined;
  const head = lang === 'fr' ? words[0]! : words[words.length - 1]!;
  return /^\p{L}{4,}$/u.test(head) && !NOT_HEADS.has(head) ? head : undefined;
}

/** Indexes every name and alias of the glossary (both languages) for `suggestMentions`. */
export function mentionIndex(glossary: readonly GlossaryNames[]): MentionIndex {
  const forms = new Map<string, NameForm>();
  const heads = new Map<string, Map<string, number>>();
  for (const entry of glossary)
    for (const lang of ['fr', 'en'] as const)
      for (const name of entry[lang]) {
        const tokens = tokenize(name);
        if (tokens.length === 0) continue;
        const words = tokens.map((t) => t.word);
        const gaps = tokens.slice(1).map((t, k) => gapKey(name.slice(tokens[k]!.end, t.start)));
        const key = words.join('\u0000') + '\u0001' + gaps.join('\u0000');
        let form = forms.get(key);
        if (!form)
          forms.set(key, (form = { words, gaps, entities: new Set(), name, heads: new Set() }));
        form.entities.add(entry.id);
        const head = headOf(words, name, lang);
        if (head) {
          form.heads.add(head);
          for (const v of variants(head)) {
            const counts = heads.get(v) ?? new Map<string, number>();
            counts.set(entry.id, (counts.get(entry.id) ?? 0) + 1);
            heads.set(v, counts);
          }
        }
      }
  const byFirst = new Map<string, NameForm[]>();
  for (const form of forms.values())
    for (const v of variants(form.words[0]!)) {
      const list = byFirst.get(v) ?? [];
      list.push(form);
      byFirst.set(v, list);
    }
  return { byFirst, heads };
}

/** A name found in the text: one entry, or several (flagged, not marked). */
export interface FoundMention {
  start: number;
  end: number;
  text: string;
  /** The entries the name belongs to; more than one means the name is ambiguous. */
  entities: string[];
  /** Found by its head noun alone (`le parti`), not by a whole name: worth a look. */
  head?: boolean;
}

/**
 * What a text has named so far, for head nouns: head → the entity last named by a whole name with
 * that head. One per text and language, passed to each call in reading order.
 */
export type MentionContext = Map<string, string>;

/**
 * The glossary names in `text`, left to right, none overlapping. Where names overlap, the set that
 * covers the most words wins (then the longest): `premier secrétaire du Parti communiste` is
 * `premier secrétaire` + `Parti communiste`, not `secrétaire du Parti`. `Parti communiste (PCUS)`,
 * two names of one entry with the second in brackets, is one mention. A head noun alone (`parti`,
 * `revolution`) names the entity last named by a whole name with that head in `context`, or the
 * one entity whose names have it as head at least twice; otherwise it is left alone.
 */
export function suggestMentions(
  text: string,
  index: MentionIndex,
  context: MentionContext = new Map()
): FoundMention[] {
  const tokens = tokenize(text);
  interface Match {
    start: number;
    end: number;
    t1: number;
    entities: string[];
    heads: Set<string>;
    head?: boolean;
  }
  const startingAt: Match[][] = tokens.map(() => []);
  for (let t = 0; t < tokens.length; t++) {
    const forms = index.byFirst.get(tokens[t]!.word);
    if (!forms) continue;
    for (const form of forms) {
      const k = form.words.length;
      if (t + k > tokens.length) continue;
      let ok = true;
      for (let w = 0; w < k && ok; w++) {
        const tok = tokens[t + w]!;
        if (!variants(form.words[w]!).includes(tok.word)) ok = false;
        else if (
          w > 0 &&
          gapKey(text.slice(tokens[t + w - 1]!.end, tok.start)) !== form.gaps[w - 1]
        )
          ok = false;
      }
      if (!ok) continue;
      // A name ending in a closing bracket (`POSDR(b)`) takes it along.
      let end = tokens[t + k - 1]!.end;
      if (form.name.endsWith(')') && text[end] === ')') end++;
      startingAt[t]!.push({
        start: tokens[t]!.start,
        end,
        t1: t + k,
        entities: [...form.entities],
        heads: form.heads
      });
    }
  }
  // Weighted interval scheduling over the words: most words covered, then most characters.
  const n = tokens.length;
  const score = new Float64Array(n + 1);
  const choice: (Match | undefined)[] = new Array(n + 1);
  for (let t = n - 1; t >= 0; t--) {
    score[t] = score[t + 1]!;
    choice[t] = undefined;
    for (const m of startingAt[t]!) {
      const v = (m.t1 - t) * 1000 + (m.end - m.start) + score[m.t1]!;
      if (v > score[t]!) {
        score[t] = v;
        choice[t] = m;
      }
    }
  }
  const taken: Match[] = [];
  for (let t = 0; t < n;) {
    const m = choice[t];
    if (m) {
      taken.push(m);
      t = m.t1;
      continue;
    }
    // A head noun alone.
    const counts = index.heads.get(tokens[t]!.word);
    if (counts) {
      let entity: string | undefined;
      for (const head of headsOfWord(tokens[t]!.word, context)) entity ??= context.get(head);
      if (!entity && counts.size === 1) {
        const [only, times] = [...counts][0]!;
        if (times >= 2) entity = only;
      }
      if (entity)
        taken.push({
          start: tokens[t]!.start,
          end: tokens[t]!.end,
          t1: t + 1,
          entities: [entity],
          heads: new Set(),
          head: true
        });
    }
    t++;
  }

  const out: FoundMention[] = [];
  for (const f of taken) {
    if (f.entities.length === 1) for (const h of f.heads) context.set(h, f.entities[0]!);
    const prev = out[out.length - 1];
    // `Parti communiste (PCUS)`: a name of the same single entry in brackets right after it.
    if (
      prev &&
      !prev.head &&
      !f.head &&
      prev.entities.length === 1 &&
      f.entities.length === 1 &&
      prev.entities[0] === f.entities[0] &&
      text.slice(prev.end, f.start) === ' (' &&
      text[f.end] === ')'
    ) {
      prev.end = f.end + 1;
      prev.text = text.slice(prev.start, prev.end);
      continue;
    }
    const found: FoundMention = {
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      entities: f.entities
    };
    if (f.head) found.head = true;
    out.push(found);
  }
  return out;
}

/** The heads a word of the text may stand for (itself, or its singular), known to the context. */
function headsOfWord(word: string, context: MentionContext): string[] {
  const out = [word];
  if (/(?:s|x)$/.test(word)) out.push(word.slice(0, -1));
  if (word.endsWith('aux')) out.push(word.slice(0, -3) + 'al');
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  return out.filter((h) => context.has(h));
}

/** A capitalised name in the text that no glossary name covers. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
}

const TITLES = new Set([
  'm',
  'mm',
  'mme',
  'mlle',
  'dr',
  'pr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'me',
  'mgr'
]);

const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'von',
  'van',
  'der',
  'di',
  'da',
  'la',
  'le',
  'of',
  'the'
]);

/**
 * Capitalised words outside the found mentions, consecutive ones (with particles and initials
 * between them) taken together: `Nikita Khrouchtchev`, `Comité central`. The first word of a
 * sentence is skipped unless it is an acronym or continues into a capitalised word, since every
 * sentence starts with a capital.
 */
export function nameCandidates(
  text: string,
  sentenceStarts: readonly number[],
  mentions: readonly FoundMention[]
): Candidate[] {
  const isCap = (w: string) => /^\p{Lu}/u.test(w);
  const words: { text: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const covered = (w: { start: number; end: number }) =>
    mentions.some((m) => w.start < m.end && m.start < w.end);
  const starts = new Set(sentenceStarts);
  const atSentenceStart = (w: { start: number }) => {
    let i = w.start;
    while (i > 0 && /[\s«“"(—–-]/u.test(text[i - 1]!)) i--;
    if (i === 0 || /:$/u.test(text.slice(0, i))) return true;
    for (const s of starts) if (s >= i && s <= w.start) return true;
    return false;
  };
  const out: Candidate[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!isCap(w.text) || covered(w) || /^\p{N}/u.test(w.text)) continue;
    if (TITLES.has(w.text.toLowerCase())) continue; // `Dr Vinogradov`: the name is Vinogradov
    // Extend over capitalised words, particles and initials separated by spaces or hyphens.
    let last = k;
    for (let q = k + 1; q < words.length; q++) {
      const gap = text.slice(words[q - 1]!.end, words[q]!.start);
      if (!/^(?:\.?[ \u00a0-]|')$/u.test(gap) || covered(words[q]!)) break;
      if (isCap(words[q]!.text)) last = q;
      else if (!PARTICLES.has(words[q]!.text)) break;
    }
    const acronym = /^\p{Lu}{2,}$/u.test(w.text);
    if (/^\p{Lu}$/u.test(w.text) && last === k) continue; // an initial
    if (atSentenceStart(w) && !acronym) {
      // Capitalised for its place: the name, if any, starts at the next capitalised word.
      if (last === k) continue;
      k++;
      while (k < last && !isCap(words[k]!.text)) k++;
    }
    const first = words[k]!;
    if (k === last && /^\p{Lu}$/u.test(first.text)) continue; // an initial
    let end = words[last]!.end;
    if (/^\p{Lu}$/u.test(words[last]!.text) && text[end] === '.') end++;
    out.push({ start: first.start, end, text: text.slice(first.start, end) });
    k = last;
  }
  return out;
}
