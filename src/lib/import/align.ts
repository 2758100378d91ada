// Sentence alignment of a French text and its translation.
//
// A dynamic-programming aligner over sentence lengths after W. A. Gale and K. W. Church, "A
// Program for Aligning Sentences in Bilingual Corpora", Computational Linguistics 19(1), 1993,
// 75–102: each pairing ("bead") of 0–2 French with 0–2 English sentences costs
// −ln(P(type) · P(δ)), where δ measures how far the English length is from the French length
// times the expected ratio c, with variance s² per character; the alignment is the cheapest path.
// Two additions: anchors (numbers, and glossary entries named on both sides) lower the cost of a
// bead whose two sides share them and raise it for each one left unpaired; and each bead's
// confidence is its posterior probability over all alignments (forward–backward over the same
// lattice), so a pairing that alternatives nearly match is flagged for review.
// Pure: runs in node and in a browser worker.

export interface AlignSentence {
  /** Length in characters. */
  length: number;
  /** Anchors found in the sentence (numbers `n:1917`, entries `e:stalin`), repeated if repeated. */
  anchors: readonly string[];
}

/** Kinds of pairing, French count first. */
export type BeadKind = '1-1' | '1-2' | '2-1' | '1-0' | '0-1' | '2-2';

export interface Bead {
  kind: BeadKind;
  /** Indices of the French sentences of the bead (0, 1 or 2 consecutive ones). */
  fr: number[];
  /** Indices of the English sentences. */
  en: number[];
  /** Posterior probability of this pairing, 0–1. */
  confidence: number;
}

export interface AlignOptions {
  /** Expected English characters per French character; estimated from the input if left out. */
  ratio?: number;
  /**
   * Block of each French sentence (a paragraph index): no bead spans two blocks. Without it the
   * French sentences are one block.
   */
  frBlocks?: readonly number[];
  /** Maximum distance from the diagonal searched (in sentences); default: the whole lattice. */
  band?: number;
}

// Gale & Church's priors (their Table 5), split evenly between symmetric kinds.
const MOVES: { di: number; dj: number; kind: BeadKind; prior: number }[] = [
  { di: 1, dj: 1, kind: '1-1', prior: 0.89 },
  { di: 1, dj: 0, kind: '1-0', prior: 0.0099 / 2 },
  { di: 0, dj: 1, kind: '0-1', prior: 0.0099 / 2 },
  { di: 2, dj: 1, kind: '2-1', prior: 0.089 / 2 },
  { di: 1, dj: 2, kind: '1-2', prior: 0.089 / 2 },
  { di: 2, dj: 2, kind: '2-2', prior: 0.011 }
];
/** Variance of the length difference per character (Gale & Church's s²). */
const S2 = 6.8;
/** Cost, in nats, of an anchor on one side only, and the reward for one on both. */
const ANCHOR_MISS = 1.2;
const ANCHOR_HIT = 0.8;

/** Standard normal upper tail, 2(1 − Φ(|z|)), by the Abramowitz–Stegun erfc approximation. */
function twoTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    );
  return Math.max(erfc, 1e-300);
}

function anchorCost(fr: readonly AlignSentence[], en: readonly AlignSentence[]): number {
  if (fr.every((s) => s.anchors.length === 0) && en.every((s) => s.anchors.length === 0)) return 0;
  const left = new Map<string, number>();
  for (const s of fr) for (const a of s.anchors) left.set(a, (left.get(a) ?? 0) + 1);
  let hits = 0;
  let misses = 0;
  for (const s of en)
    for (const a of s.anchors) {
      const n = left.get(a) ?? 0;
      if (n > 0) {
        left.set(a, n - 1);
        hits++;
      } else misses++;
    }
  for (const n of left.values()) misses += n;
  return ANCHOR_MISS * misses - ANCHOR_HIT * hits;
}

/** The cost, in nats, of pairing French sentences [i0, i1) with English [j0, j1). */
function beadCost(
  fr: readonly AlignSentence[],
  en: readonly AlignSentence[],
  i0: number,
  i1: number,
  j0: number,
  j1: number,
  prior: number,
  c: number
): number {
  let l1 = 0;
  let l2 = 0;
  for (let i = i0; i < i1; i++) l1 += fr[i]!.length;
  for (let j = j0; j < j1; j++) l2 += en[j]!.length;
  // A sentence left untranslated (or added): its length says nothing about a counterpart, and its
  // anchors have nothing to agree with. Gale & Church charge the length there too, which makes a
  // deletion dearer than any merge; here it costs its prior alone.
  if (i0 === i1 || j0 === j1) return -Math.log(prior);
  const mean = (l1 + l2 / c) / 2;
  const z = mean > 0 ? (c * l1 - l2) / Math.sqrt(S2 * mean) : 0;
  return -Math.log(prior) - Math.log(twoTail(z)) + anchorCost(fr.slice(i0, i1), en.slice(j0, j1));
}

function logAddExp(a: number, b: number): number {
  // Costs are negative log probabilities: combine two alternatives (−ln(e^−a + e^−b)).
  if (a === Infinity) return b;
  if (b === Infinity) return a;
  const m = Math.min(a, b);
  return m - Math.log1p(Math.exp(-Math.abs(a - b)));
}

/**
 * Aligns French sentences with English ones; returns the beads in order, every sentence of both
 * sides in exactly one bead.
 */
export function alignSentences(
  fr: readonly AlignSentence[],
  en: readonly AlignSentence[],
  options: AlignOptions = {}
): Bead[] {
  const n = fr.length;
  const m = en.length;
  if (n === 0 && m === 0) return [];
  const totalFr = fr.reduce((s, x) => s + x.length, 0);
  const totalEn = en.reduce((s, x) => s + x.length, 0);
  const c = options.ratio ?? (totalFr > 0 && totalEn > 0 ? totalEn / totalFr : 1);
  const blocks = options.frBlocks;
  const sameBlock = (i0: number, i1: number) =>
    !blocks || i1 - i0 < 2 || blocks[i0] === blocks[i1 - 1];

  // The band: for each i, the j within `band` of the diagonal (scaled to the two lengths).
  const band = options.band ?? Math.max(n, m) + 2;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : Math.round((i * m) / n);
    lo[i] = Math.max(0, centre - band);
    hi[i] = Math.min(m, centre + band);
  }
  const inBand = (i: number, j: number) => i >= 0 && i <= n && j >= lo[i]! && j <= hi[i]!;
  const row = () => Array.from({ length: n + 1 }, (_, i) => new Float64Array(hi[i]! - lo[i]! + 1));
  const best = row(); // Viterbi cost to reach (i, j)
  const fwd = row(); // soft-min (−log sum) cost to reach (i, j)
  const move = Array.from({ length: n + 1 }, (_, i) => new Int8Array(hi[i]! - lo[i]! + 1));
  const get = (a: Float64Array[], i: number, j: number) =>
    inBand(i, j) ? a[i]![j - lo[i]!]! : Infinity;

  // Bead costs are needed forwards and backwards: cache them by cell and move.
  const costs = Array.from(
    { length: n + 1 },
    (_, i) => new Float64Array((hi[i]! - lo[i]! + 1) * 6)
  );
  for (let i = 0; i <= n; i++)
    for (let j = lo[i]!; j <= hi[i]!; j++)
      MOVES.forEach((mv, k) => {
        const pi = i - mv.di;
        const pj = j - mv.dj;
        const ok = pi >= 0 && pj >= 0 && inBand(pi, pj) && sameBlock(pi, i);
        costs[i]![(j - lo[i]!) * 6 + k] = ok
          ? beadCost(fr, en, pi, i, pj, j, mv.prior, c)
          : Infinity;
      });
  const cost = (i: number, j: number, k: number) => costs[i]![(j - lo[i]!) * 6 + k]!;

  for (let i = 0; i <= n; i++)
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let b = Infinity;
      let f = Infinity;
      let arg = -1;
      for (let k = 0; k < 6; k++) {
        const c0 = cost(i, j, k);
        if (c0 === Infinity) continue;
        const pi = i - MOVES[k]!.di;
        const pj = j - MOVES[k]!.dj;
        const vb = get(best, pi, pj) + c0;
        if (vb < b) {
          b = vb;
          arg = k;
        }
        f = logAddExp(f, get(fwd, pi, pj) + c0);
      }
      best[i]![j - lo[i]!] = b;
      fwd[i]![j - lo[i]!] = f;
      move[i]![j - lo[i]!] = arg;
    }

  // Backward soft-min cost from (i, j) to the end.
  const bwd = row();
  for (let i = n; i >= 0; i--)
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      if (i === n && j === m) continue;
      let f = Infinity;
      for (let k = 0; k < 6; k++) {
        const ni = i + MOVES[k]!.di;
        const nj = j + MOVES[k]!.dj;
        if (!inBand(ni, nj)) continue;
        const c0 = cost(ni, nj, k);
        if (c0 === Infinity) continue;
        f = logAddExp(f, c0 + get(bwd, ni, nj));
      }
      bwd[i]![j - lo[i]!] = f;
    }

  const total = get(fwd, n, m);
  if (total === Infinity) throw new Error('alignSentences: no alignment within the band');
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = move[i]![j - lo[i]!]!;
    const mv = MOVES[k]!;
    const pi = i - mv.di;
    const pj = j - mv.dj;
    const posterior = Math.exp(-(get(fwd, pi, pj) + cost(i, j, k) + get(bwd, i, j) - total));
    beads.push({
      kind: mv.kind,
      fr: range(pi, i),
      en: range(pj, j),
      confidence: Math.min(1, Math.max(0, posterior))
    });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let x = a; x < b; x++) out.push(x);
  return out;
}
