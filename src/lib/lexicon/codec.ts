import type { FormAnalysis, LexPos } from './types.ts';

/**
 * The packed form of a form's analyses in a forms shard: `LEMMA|P|TAG` per analysis, joined by
 * `;`. P is one letter per part of speech. LEMMA is spelled relative to the form: `3er` means
 * "drop the form's last 3 letters, add `er`" (`abaissées` → `abaisser`), `0` the form itself,
 * and `=lemma` a lemma that shares no first letter with the form (`yeux` → `=œil`).
 */

const POS_CODE: Readonly<Record<LexPos, string>> = {
  noun: 'n',
  verb: 'v',
  adjective: 'a',
  adverb: 'r',
  preposition: 'p',
  determiner: 'd',
  pronoun: 'o',
  conjunction: 'c',
  interjection: 'i',
  numeral: 'u',
  other: 'x'
};
const CODE_POS: Readonly<Record<string, LexPos>> = Object.fromEntries(
  Object.entries(POS_CODE).map(([pos, code]) => [code, pos as LexPos])
);

export function encodeLemma(form: string, lemma: string): string {
  let i = 0;
  while (i < form.length && i < lemma.length && form[i] === lemma[i]) i++;
  return i === 0 ? `=${lemma}` : `${form.length - i}${lemma.slice(i)}`;
}

/** The lemma of `form` from its packed spelling, or undefined when it is not a valid one. */
export function decodeLemma(form: string, packed: string): string | undefined {
  if (packed.startsWith('=')) return packed.length > 1 ? packed.slice(1) : undefined;
  const m = /^(\d+)(.*)$/su.exec(packed);
  if (!m) return undefined;
  const drop = Number(m[1]);
  if (drop > form.length) return undefined;
  const lemma = form.slice(0, form.length - drop) + m[2];
  return lemma === '' ? undefined : lemma;
}

export function encodeAnalyses(form: string, analyses: readonly FormAnalysis[]): string {
  return analyses
    .map(([lemma, pos, tag]) => `${encodeLemma(form, lemma)}|${POS_CODE[pos]}|${tag}`)
    .join(';');
}

/**
 * The analyses of `form` from their packed string. A malformed analysis is skipped, never
 * thrown on: a damaged shard costs the reader a candidate, not the card.
 */
export function decodeAnalyses(form: string, packed: unknown): FormAnalysis[] {
  if (typeof packed !== 'string') return [];
  const out: FormAnalysis[] = [];
  for (const part of packed.split(';')) {
    const [lemmaCode, posCode, tag, extra] = part.split('|');
    if (
      lemmaCode === undefined ||
      posCode === undefined ||
      tag === undefined ||
      extra !== undefined
    )
      continue;
    const lemma = decodeLemma(form, lemmaCode);
    const pos = CODE_POS[posCode];
    if (lemma === undefined || !pos) continue;
    out.push([lemma, pos, tag]);
  }
  return out;
}
