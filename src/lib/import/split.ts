// Sentence splitting of one paragraph with Intl.Segmenter (UAX #29 sentence boundaries, as the
// platform ships them), corrected for what it gets wrong in our texts: abbreviations and initials,
// closing quotes left at the start of the next sentence, a lowercase continuation, dialogue dashes.
// Pure: runs in node and in a browser worker.

export type Lang = 'fr' | 'en';

/** One sentence of a paragraph: `text` is `paragraph.slice(start, end)`, without outer spaces. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Words after which a full stop never ends a sentence (compared lowercased, without the dot). */
const ALWAYS_ABBREVIATIONS = new Set([
  // French titles and references
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'mlles',
  'dr',
  'pr',
  'me',
  'mgr',
  'st',
  'ste',
  'gén',
  'col',
  'cap',
  'lt',
  'cf',
  'p',
  'pp',
  'vol',
  'art',
  'ch',
  'chap',
  'fig',
  'n',
  'no',
  'nº',
  'env',
  'av',
  'apr',
  'éd',
  'trad',
  'coll',
  'op',
  'cit',
  'ibid',
  'id',
  'ca',
  'c',
  'c.-à-d',
  'j.-c',
  // English
  'mr',
  'mrs',
  'ms',
  'prof',
  'gen',
  'capt',
  'sgt',
  'rev',
  'hon',
  'sen',
  'rep',
  'gov',
  'pres',
  'jr',
  'sr',
  'vs',
  'ed',
  'eds',
  'approx',
  'i.e',
  'e.g',
  'viz'
]);

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

const CLOSERS = /[»”"’')\]]/u;
const SPACE = /[ \t\u00a0\u202f]/u;
const LETTER = /\p{L}/u;

/** The word just before `end` (after the last space), for the abbreviation tests. */
function lastWord(text: string, end: number): string {
  let i = end;
  while (i > 0 && !/[\s«“("'’]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

/** Whether a full stop ending `before` (trimmed) is an abbreviation or an initial, not an end. */
function isAbbreviation(before: string): boolean {
  if (!before.endsWith('.')) return false;
  const word = lastWord(before, before.length).slice(0, -1);
  // An initial: `I.`, `J.`, `J.-C.` (one capital letter, possibly after a hyphenated initial).
  if (/^(?:\p{Lu}\.-?)*\p{Lu}$/u.test(word)) return true;
  return ALWAYS_ABBREVIATIONS.has(word.toLowerCase());
}

/** The first letter after `from` (skipping quotes, dashes, brackets and spaces), if any. */
function firstLetter(text: string, from: number): string | undefined {
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (LETTER.test(ch)) return ch;
    if (/\p{N}/u.test(ch)) return ch;
  }
  return undefined;
}

/**
 * Splits one paragraph (a single line) into sentences. Between two sentences the paragraph holds
 * only spaces (perhaps none); nothing of the paragraph is lost except those spaces.
 */
export function splitSentences(paragraph: string, lang: Lang): Sentence[] {
  // Candidate boundaries: where the segmenter starts a sentence.
  const starts: number[] = [];
  for (const seg of segmenter(lang).segment(paragraph)) if (seg.index > 0) starts.push(seg.index);

  const boundaries: number[] = [];
  for (let b of starts) {
    // A closing quote or bracket the segmenter put at the start of the next sentence belongs to
    // the one before (« Non ! » dit-il): move the boundary past it and the spaces after it.
    let moved = false;
    while (
      b < paragraph.length &&
      CLOSERS.test(paragraph[b]!) &&
      // A straight quote closes only when a space (or the end) follows it: `"Comrade` opens.
      (!/["']/.test(paragraph[b]!) ||
        b + 1 >= paragraph.length ||
        /[\s.,;:!?)]/u.test(paragraph[b + 1]!))
    ) {
      b++;
      moved = true;
    }
    if (moved) while (b < paragraph.length && SPACE.test(paragraph[b]!)) b++;
    if (b >= paragraph.length) continue;
    const before = paragraph.slice(0, b).replace(/[\s\u00a0\u202f]+$/u, '');
    if (before.length === 0) continue;
    if (boundaries.length && b <= boundaries[boundaries.length - 1]!) continue;
    if (isAbbreviation(before)) continue;
    // A sentence never starts in lowercase: `etc. et`, `« Non ! » dit-il`, `… et puis`.
    const next = firstLetter(paragraph, b);
    if (next === undefined || (next !== next.toUpperCase() && next === next.toLowerCase()))
      continue;
    // A break must come after sentence punctuation (the segmenter also breaks after a lone `»`).
    if (!/[.!?…»”")\]:;]$/u.test(before)) continue;
    boundaries.push(b);
  }

  // An ellipsis before a capital: the segmenter does not end a sentence there (`Fin… Début`).
  const ellipsis = /(?:…|\.\.\.)[»”"’)\]]*[ \u00a0]+(?=[«“"(]?\p{Lu})/gu;
  for (let m = ellipsis.exec(paragraph); m; m = ellipsis.exec(paragraph)) {
    const b = m.index + m[0].length;
    if (!boundaries.includes(b)) boundaries.push(b);
  }

  // Dialogue dashes inside a paragraph: `— Tu viens ? — Non.` starts a new sentence at the dash.
  const dash = /([.!?…])[ \u00a0]+(?=[—–][ \u00a0]*\p{Lu})/gu;
  for (let m = dash.exec(paragraph); m; m = dash.exec(paragraph)) {
    const b = m.index + m[0].length;
    if (isAbbreviation(paragraph.slice(0, m.index + 1))) continue;
    if (!boundaries.includes(b)) boundaries.push(b);
  }
  boundaries.sort((a, b) => a - b);

  const sentences: Sentence[] = [];
  let from = 0;
  for (const b of [...boundaries, paragraph.length]) {
    let start = from;
    let end = b;
    while (start < end && /[ \t]/.test(paragraph[start]!)) start++;
    while (end > start && /[ \t]/.test(paragraph[end - 1]!)) end--;
    if (end > start) sentences.push({ text: paragraph.slice(start, end), start, end });
    from = b;
  }
  return sentences;
}
