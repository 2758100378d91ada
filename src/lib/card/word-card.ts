// The word card's pure part: which word of a French segment an offset falls in, and what the card
// shows for a lexicon lookup. No DOM here: word-dom.ts turns a click or a selection into an
// offset, CardHost shows what `wordCardView` returns.
import { tokenize, type Token } from '$lib/lexicon/tokenize.ts';
import type { Candidate, LookupResult, Sense } from '$lib/lexicon/types.ts';

/** A word picked in a French segment, with its neighbours (they rank the lexicon's readings). */
export interface WordPick {
  /** As written in the text. */
  word: string;
  /** Offsets in the segment's text, end exclusive. */
  start: number;
  end: number;
  previous?: string;
  next?: string;
}

function pickOf(tokens: Token[], i: number): WordPick | undefined {
  const token = tokens[i];
  if (!token || token.kind !== 'word') return undefined;
  return {
    word: token.text,
    start: token.start,
    end: token.end,
    previous: tokens[i - 1]?.text,
    next: tokens[i + 1]?.text
  };
}

/**
 * The word at a caret offset of a segment's text: the one the offset is in, else the one it ends
 * (a caret just after the last letter). Numbers and the spaces and punctuation between words are
 * no word.
 */
export function wordAt(text: string, offset: number): WordPick | undefined {
  const tokens = tokenize(text);
  let i = tokens.findIndex((t) => t.start <= offset && offset < t.end);
  if (i < 0) i = tokens.findIndex((t) => t.end === offset);
  return i < 0 ? undefined : pickOf(tokens, i);
}

/** The first word a range of a segment's text overlaps (a selection): undefined if none. */
export function wordIn(text: string, start: number, end: number): WordPick | undefined {
  if (end <= start) return wordAt(text, start);
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.kind === 'word' && t.end > start && t.start < end);
  return i < 0 ? undefined : pickOf(tokens, i);
}

/** One reading of the word as the card lists it. */
export interface Reading {
  /** For a part of a hyphenated word the lexicon only knows in pieces: that part. */
  part?: string;
  lemma: string;
  pos: Candidate['pos'];
  gender?: Candidate['gender'];
  contractionOf?: string[];
  elisionOf?: string;
  /** Each sense as one line: its translations (or definition), with its domain first. */
  senses: string[];
}

/**
 * `found`: readings to list; `nothing`: the dictionary has nothing (the card offers a search in
 * the texts); `unavailable`: the data could not be fetched or read.
 */
export type WordCardView =
  { state: 'found'; readings: Reading[] } | { state: 'nothing' } | { state: 'unavailable' };

const MAX_READINGS = 3;
const MAX_SENSES = 5;

function senseLine(sense: Sense): string {
  const body = sense.translations.length ? sense.translations.join(', ') : (sense.definition ?? '');
  return sense.domain && body ? `(${sense.domain}) ${body}` : body;
}

function readingOf(candidate: Candidate, part?: string): Reading {
  const senses = [...new Set(candidate.senses.map(senseLine).filter(Boolean))].slice(0, MAX_SENSES);
  const reading: Reading = { lemma: candidate.lemma, pos: candidate.pos, senses };
  if (part) reading.part = part;
  if (candidate.gender) reading.gender = candidate.gender;
  if (candidate.contractionOf) reading.contractionOf = candidate.contractionOf;
  if (candidate.elisionOf) reading.elisionOf = candidate.elisionOf;
  return reading;
}

/** What the card shows for a lookup's result. */
export function wordCardView(result: LookupResult): WordCardView {
  if (result.status === 'unavailable') return { state: 'unavailable' };
  if (result.status === 'found') {
    // A participle read as an adjective borrows its verb's senses: the same lemma and senses
    // are listed once, under the better reading.
    const seen = new Set<string>();
    const readings = result.candidates
      .filter((c) => c.senses.length > 0)
      .map((c) => readingOf(c))
      .filter((r) => {
        const key = `${r.lemma}\n${r.senses.join('\n')}`;
        return !seen.has(key) && !!seen.add(key);
      })
      .slice(0, MAX_READINGS);
    if (readings.length) return { state: 'found', readings };
  }
  // A hyphenated word known only in pieces: the first reading of each piece the lexicon knows.
  const parts = (result.parts ?? []).flatMap((part) => {
    const best = part.candidates.find((c) => c.senses.length > 0);
    return part.status === 'found' && best ? [readingOf(best, part.form)] : [];
  });
  if (parts.length) return { state: 'found', readings: parts };
  if (result.parts?.some((p) => p.status === 'unavailable')) return { state: 'unavailable' };
  return { state: 'nothing' };
}
