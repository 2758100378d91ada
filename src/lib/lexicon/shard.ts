import type { DictEntry, LexiconIndex, LexPos, SenseData } from './types.ts';
import { SHARD_NAME } from './normalize.ts';

/**
 * Reading fetched lexicon files defensively: whatever arrives (a truncated download, a file of
 * another format version, a hand-edited shard), these return a usable value or null, never
 * throw, so a word card can say "not available" instead of breaking.
 */

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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

function prefixList(v: unknown): string[] | null {
  return Array.isArray(v) && v.every((p) => typeof p === 'string' && SHARD_NAME.test(p))
    ? [...(v as string[])].sort()
    : null;
}

export function readIndex(data: unknown): LexiconIndex | null {
  if (!isRecord(data) || data.v !== 1) return null;
  const { forms, senses, words } = data;
  if (!isRecord(forms) || !isRecord(senses) || !isRecord(words)) return null;
  const formPrefixes = prefixList(forms.prefixes);
  const sensePrefixes = prefixList(senses.prefixes);
  if (!formPrefixes || !sensePrefixes) return null;
  return {
    v: 1,
    forms: { ...(forms as LexiconIndex['forms']), prefixes: formPrefixes },
    senses: { ...(senses as LexiconIndex['senses']), prefixes: sensePrefixes },
    words: words as LexiconIndex['words']
  };
}

/** A forms shard as form → packed analyses (decoded per lookup by decodeAnalyses). */
export function readFormsShard(data: unknown): Map<string, string> | null {
  if (!isRecord(data) || data.v !== 1 || data.kind !== 'forms' || !isRecord(data.forms))
    return null;
  const out = new Map<string, string>();
  for (const [form, packed] of Object.entries(data.forms)) {
    if (typeof packed === 'string') out.set(form, packed);
  }
  return out;
}

/** A senses shard (FreeDict or the project's list) as headword → raw entries (checked on use). */
export function readSensesShard(data: unknown): Map<string, unknown> | null {
  if (!isRecord(data) || data.v !== 1 || data.kind !== 'senses' || !isRecord(data.entries)) {
    return null;
  }
  return new Map(Object.entries(data.entries));
}

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

function readSense(v: unknown): SenseData | null {
  if (!isRecord(v) || !strings(v.tr)) return null;
  const sense: SenseData = { tr: v.tr };
  if (typeof v.usg === 'string') sense.usg = v.usg;
  if (typeof v.def === 'string') sense.def = v.def;
  if (Array.isArray(v.ex)) {
    const ex = v.ex.filter((e): e is [string, string] => strings(e) && e.length === 2);
    if (ex.length) sense.ex = ex;
  }
  return sense.tr.length || sense.def || sense.ex ? sense : null;
}

/** A headword's entries from a senses shard, keeping only the well-formed ones. */
export function readEntries(v: unknown): DictEntry[] {
  if (!Array.isArray(v)) return [];
  const out: DictEntry[] = [];
  for (const e of v) {
    if (!isRecord(e) || !Array.isArray(e.senses)) continue;
    const senses = e.senses.map(readSense).filter((s): s is SenseData => s !== null);
    if (!senses.length) continue;
    const entry: DictEntry = { senses };
    if (typeof e.pos === 'string' && POS.has(e.pos)) entry.pos = e.pos as LexPos;
    if (e.gender === 'm' || e.gender === 'f') entry.gender = e.gender;
    out.push(entry);
  }
  return out;
}
