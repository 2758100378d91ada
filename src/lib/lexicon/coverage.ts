import { allSegments, type Corpus } from '../corpus/index.ts';
import type { InlineRun } from '../corpus/inline.ts';
import { normalizeForm } from './normalize.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { LookupContext } from './lookup.ts';
import type { LookupResult, LookupStatus } from './types.ts';

/**
 * How much of the library a word card can explain: the share of the French word tokens that get a
 * lemma and at least one English sense. Names are left out (words inside a glossary mention
 * `[…]{id}`, and capitalised words that do not begin a sentence), and so are numbers. A word
 * inside one of the text's curated terms `[…]{t:id}` counts as covered: its card has the term.
 */

export interface Miss {
  /** The form, normalised (lowercase). */
  form: string;
  count: number;
  status: LookupStatus;
  /** Where it first occurs: `text-slug#segment-id`. */
  first: string;
}

export interface Coverage {
  /** French word tokens counted (names and numbers excluded). */
  tokens: number;
  /** Of which covered: by the lexicon or by a curated term. */
  covered: number;
  byTerms: number;
  /** Tokens the lexicon alone covers, curated terms set aside: what a new text can expect. */
  byLexicon: number;
  excludedNames: number;
  excludedNumbers: number;
  /** covered / tokens (1 for a library without words). */
  ratio: number;
  /** Every form that was not covered, most frequent first. */
  misses: Miss[];
}

type Lookup = (word: string, context?: LookupContext) => Promise<LookupResult>;

interface Span {
  start: number;
  end: number;
  kind: 'mention' | 'term';
}

/** A segment's runs as plain text, with where its mentions and terms stand in it. */
function flatten(runs: readonly InlineRun[]): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  const walk = (list: readonly InlineRun[]) => {
    for (const run of list) {
      if (run.kind === 'text') {
        text += run.text;
        continue;
      }
      const start = text.length;
      walk(run.children);
      spans.push({ start, end: text.length, kind: run.kind });
    }
  };
  walk(runs);
  return { text, spans };
}

const SENTENCE_END = /[.!?…:]\P{L}*$/u;
const UPPER = /^\p{Lu}/u;

/** How each word token of a French segment is counted. */
export function classifyTokens(
  runs: readonly InlineRun[]
): { token: Token; kind: 'word' | 'term' | 'name' | 'number'; previous?: string }[] {
  const { text, spans } = flatten(runs);
  const out: ReturnType<typeof classifyTokens> = [];
  let previous: string | undefined;
  let first = true;
  for (const token of tokenize(text)) {
    const inside = (kind: Span['kind']) =>
      spans.some((s) => s.kind === kind && token.start >= s.start && token.start < s.end);
    const sentenceStart = first || SENTENCE_END.test(text.slice(0, token.start));
    first = false;
    let kind: 'word' | 'term' | 'name' | 'number';
    if (token.kind === 'number') kind = 'number';
    else if (inside('mention')) kind = 'name';
    else if (inside('term')) kind = 'term';
    else if (UPPER.test(token.text) && !sentenceStart) kind = 'name';
    // `post-Khrouchtchev`, `franco-Soviétique`: a name inside a compound.
    else if (token.parts?.slice(1).some((p) => UPPER.test(p.text))) kind = 'name';
    else kind = 'word';
    out.push(previous === undefined ? { token, kind } : { token, kind, previous });
    previous = token.text;
  }
  return out;
}

export async function measureCoverage(corpus: Corpus, lookup: Lookup): Promise<Coverage> {
  const statuses = new Map<string, Promise<LookupStatus>>();
  const misses = new Map<string, Miss>();
  let tokens = 0;
  let covered = 0;
  let byTerms = 0;
  let byLexicon = 0;
  let excludedNames = 0;
  let excludedNumbers = 0;
  for (const text of corpus.texts) {
    for (const segment of allSegments(text)) {
      for (const { token, kind, previous } of classifyTokens(segment.fr.runs)) {
        if (kind === 'name') {
          excludedNames++;
          continue;
        }
        if (kind === 'number') {
          excludedNumbers++;
          continue;
        }
        tokens++;
        const form = normalizeForm(token.text);
        let status = statuses.get(form);
        if (!status) {
          status = lookup(token.text, previous === undefined ? {} : { previous }).then(
            (r) => r.status
          );
          statuses.set(form, status);
        }
        const found = (await status) === 'found';
        if (found) byLexicon++;
        if (kind === 'term') {
          covered++;
          byTerms++;
          continue;
        }
        if (found) {
          covered++;
          continue;
        }
        const miss = misses.get(form);
        if (miss) miss.count++;
        else
          misses.set(form, {
            form,
            count: 1,
            status: await status,
            first: `${text.slug}#${segment.id}`
          });
      }
    }
  }
  return {
    tokens,
    covered,
    byTerms,
    byLexicon,
    excludedNames,
    excludedNumbers,
    ratio: tokens === 0 ? 1 : covered / tokens,
    misses: [...misses.values()].sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1))
  };
}

export const COVERAGE_TARGET = 0.95;

/** The report `npm run check:texts` prints: the figure, then the most frequent misses. */
export function formatCoverage(c: Coverage, top = 30): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `lexicon coverage: ${pct(c.ratio)} of ${c.tokens} French word tokens get a lemma and an English sense ` +
      `(the lexicon alone: ${pct(c.tokens ? c.byLexicon / c.tokens : 1)}; curated terms: ${c.byTerms} tokens; ${c.excludedNames} name and ${c.excludedNumbers} number tokens left out); ` +
      `target ${pct(COVERAGE_TARGET)}${c.ratio >= COVERAGE_TARGET ? ': met' : ': NOT MET'}`
  ];
  if (c.misses.length) {
    lines.push(
      `most frequent misses (${Math.min(top, c.misses.length)} of ${c.misses.length} forms): ` +
        c.misses
          .slice(0, top)
          .map((m) => `${m.form} ×${m.count}${m.status === 'unknown' ? ' (no lemma)' : ''}`)
          .join(', ')
    );
  }
  return lines.join('\n');
}
