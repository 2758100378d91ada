import { parseDocument, isMap, isSeq, LineCounter } from 'yaml';
import type { DictEntry, Gender, LexPos } from '../types.ts';
import { normalizeForm } from '../normalize.ts';

const POS: ReadonlySet<string> = new Set<LexPos>([
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'determiner',
  'pronoun',
  'conjunction',
  'interjection',
  'numeral',
  'other'
]);

export class WordListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordListError';
  }
}

/**
 * The project's word list (project-words.yaml): lemma → a list of readings, each with its part
 * of speech, a gender for a noun, and its senses, one English translation (or a few, separated
 * by commas) a sense:
 *
 *     le:
 *       - pos: determiner
 *         senses: [the]
 *       - pos: pronoun
 *         senses: [him, it]
 *
 * Throws a WordListError saying `file:line:col` for anything else.
 */
export function parseProjectWords(text: string, file = 'project-words.yaml'): Map<string, DictEntry[]> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const at = (node: { range?: [number, number, number] | null } | null | undefined) => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return `${file}:${pos.line}:${pos.col}`;
  };
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const pos = lineCounter.linePos(e.pos[0]);
    throw new WordListError(`${file}:${pos.line}:${pos.col} ${e.message.split('\n')[0]}`);
  }
  const out = new Map<string, DictEntry[]>();
  if (doc.contents === null) return out;
  if (!isMap(doc.contents)) throw new WordListError(`${at(doc.contents)} expected lemma: readings`);
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    const lemma = typeof key?.value === 'string' ? normalizeForm(key.value) : '';
    if (!lemma) throw new WordListError(`${at(key)} a lemma must be a word`);
    if (out.has(lemma)) throw new WordListError(`${at(key)} '${lemma}' is listed twice`);
    const readings = pair.value;
    if (!isSeq(readings) || readings.items.length === 0) {
      throw new WordListError(`${at(key)} '${lemma}' needs a list of readings (- pos: …, senses: […])`);
    }
    const entries: DictEntry[] = [];
    for (const item of readings.items) {
      const node = item as { range?: [number, number, number] };
      if (!isMap(item)) throw new WordListError(`${at(node)} a reading of '${lemma}' must be pos/gender/senses`);
      const value = item.toJSON() as Record<string, unknown>;
      for (const field of Object.keys(value)) {
        if (!['pos', 'gender', 'senses'].includes(field)) {
          throw new WordListError(`${at(node)} unknown field '${field}' in a reading of '${lemma}'`);
        }
      }
      const { pos, gender, senses } = value;
      if (typeof pos !== 'string' || !POS.has(pos)) {
        throw new WordListError(`${at(node)} '${lemma}': pos must be one of ${[...POS].join(', ')}`);
      }
      if (gender !== undefined && gender !== 'm' && gender !== 'f') {
        throw new WordListError(`${at(node)} '${lemma}': gender must be m or f`);
      }
      if (!Array.isArray(senses) || senses.length === 0 || !senses.every((s) => typeof s === 'string' && s.trim())) {
        throw new WordListError(`${at(node)} '${lemma}': senses must be a list of English translations`);
      }
      const entry: DictEntry = {
        pos: pos as LexPos,
        senses: (senses as string[]).map((s) => ({ tr: s.split(',').map((t) => t.trim()).filter(Boolean) }))
      };
      if (gender) entry.gender = gender as Gender;
      entries.push(entry);
    }
    out.set(lemma, entries);
  }
  return out;
}
