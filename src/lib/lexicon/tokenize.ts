import { ELISIONS } from './morph.ts';

/**
 * French text into the words a reader can click (and coverage counts). Built on
 * Intl.Segmenter('fr', {granularity: 'word'}), then made to fit French spelling: a hyphenated
 * word is one token (`peut-être`, `a-t-il`, `Vladimir-Ilitch`), and an elided word is its own
 * token (`l'homme` → `l'` + `homme`, `qu’il` → `qu’` + `il`), with either apostrophe.
 */

export interface Token {
  /** As written in the text. */
  text: string;
  /** Offsets into the string tokenised (UTF-16), end exclusive. */
  start: number;
  end: number;
  kind: 'word' | 'number';
  /** For a hyphenated token: its pieces between hyphens (each with its own offsets). */
  parts?: Token[];
}

const APOSTROPHE = /['\u2019\u02BC]/u;
const HYPHEN = /^[-\u2010\u2011]$/u;
const DIGIT = /\p{N}/u;
const WHOLE: ReadonlySet<string> = new Set(["c'est-à-dire"]);

let segmenter: Intl.Segmenter | undefined;

/** Splits the elided words off the front of a word: `qu'aujourd'hui` → `qu'`, `aujourd'hui`. */
function splitElisions(text: string, start: number): Token[] {
  const out: Token[] = [];
  let rest = text;
  let at = start;
  for (;;) {
    const m = APOSTROPHE.exec(rest);
    if (!m || m.index === 0 || m.index === rest.length - 1) break;
    const head = rest.slice(0, m.index + 1);
    const key = head.toLowerCase().replace(APOSTROPHE, "'");
    if (!ELISIONS[key]) break;
    out.push({ text: head, start: at, end: at + head.length, kind: 'word' });
    at += head.length;
    rest = rest.slice(head.length);
  }
  out.push({
    text: rest,
    start: at,
    end: at + rest.length,
    kind: DIGIT.test(rest[0] ?? '') ? 'number' : 'word'
  });
  return out;
}

export function tokenize(text: string): Token[] {
  segmenter ??= new Intl.Segmenter('fr', { granularity: 'word' });
  const segments = [...segmenter.segment(text)];
  const tokens: Token[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    if (!s.isWordLike) continue;
    // Join `word-word(-word…)` with no space around the hyphens into one token.
    const pieces = [s];
    while (
      segments[i + 1] &&
      HYPHEN.test(segments[i + 1]!.segment) &&
      segments[i + 2]?.isWordLike
    ) {
      pieces.push(segments[i + 2]!);
      i += 2;
    }
    const start = s.index;
    const last = pieces.at(-1)!;
    const whole = text.slice(start, last.index + last.segment.length);
    // The elided words come off the front (`l'avant-garde` → `l'` + `avant-garde`), except in
    // the few words that are written with both (`c'est-à-dire`).
    const split = WHOLE.has(whole.toLowerCase().replace(APOSTROPHE, "'"))
      ? [{ text: whole, start, end: start + whole.length, kind: 'word' as const }]
      : splitElisions(whole, start);
    const main = split.at(-1)!;
    if (main.text.includes('-')) {
      main.kind = DIGIT.test(main.text[0]!) ? 'number' : 'word';
      main.parts = [];
      let at = main.start;
      for (const piece of main.text.split(/[-\u2010\u2011]/u)) {
        if (piece)
          main.parts.push({
            text: piece,
            start: at,
            end: at + piece.length,
            kind: DIGIT.test(piece[0]!) ? 'number' : 'word'
          });
        at += piece.length + 1;
      }
    }
    tokens.push(...split);
  }
  return tokens;
}
