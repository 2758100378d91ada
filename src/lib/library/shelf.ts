import { CEFR_LEVELS, TOPICS, type Level, type Topic } from '$lib/corpus/levels.ts';

/**
 * Reading speed for the library's time estimates, in words per minute. A first-language adult
 * reads prose at some 240 words a minute; the readers here are B1–C1 learners reading French as
 * a second language, slower by about a quarter, and they stop at cards and glosses besides.
 */
export const WORDS_PER_MINUTE = 180;

const wordSegmenter = new Intl.Segmenter('fr', { granularity: 'word' });

/** Words of a French text: its word-like segments (numbers count, punctuation does not). */
export function countWords(text: string): number {
  let words = 0;
  for (const segment of wordSegmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** Minutes to read so many words at WORDS_PER_MINUTE, rounded up: never 0 for a real text. */
export function readingMinutes(words: number): number {
  return Math.ceil(words / WORDS_PER_MINUTE);
}

/** What the library's ordering, filters and suggestions need of a text. */
export interface ShelfText {
  slug: string;
  level: Level;
  topic?: Topic;
  title: { fr: string; en: string };
  words: number;
}

export const SORTS = ['level', 'length'] as const;
export type Sort = (typeof SORTS)[number];

export interface ShelfQuery {
  level?: Level;
  topic?: Topic;
  sort: Sort;
}

const titles = new Intl.Collator('fr', { numeric: true });
const levelRank = (level: Level) => CEFR_LEVELS.indexOf(level);

/** The library's order: by level, easiest first, then by French title. */
export function byLevel(a: ShelfText, b: ShelfText): number {
  return levelRank(a.level) - levelRank(b.level) || titles.compare(a.title.fr, b.title.fr);
}

/** Shortest first, then in the library's order. */
export function byLength(a: ShelfText, b: ShelfText): number {
  return a.words - b.words || byLevel(a, b);
}

/** The texts a query asks for, in its order; the list given is not changed. */
export function shelve<T extends ShelfText>(texts: readonly T[], query: ShelfQuery): T[] {
  return texts
    .filter(
      (t) => (!query.level || t.level === query.level) && (!query.topic || t.topic === query.topic)
    )
    .sort(query.sort === 'length' ? byLength : byLevel);
}

/** Consecutive texts of one level, for a list in the library's order. */
export function groupByLevel<T extends ShelfText>(
  texts: readonly T[]
): { level: Level; texts: T[] }[] {
  const groups: { level: Level; texts: T[] }[] = [];
  for (const text of texts) {
    const last = groups.at(-1);
    if (last?.level === text.level) last.texts.push(text);
    else groups.push({ level: text.level, texts: [text] });
  }
  return groups;
}

/** The value if it is one of the values, else undefined. */
export const oneOf = <T extends string>(
  values: readonly T[],
  value: string | null
): T | undefined => values.find((v) => v === value);

/** `?level=B1&topic=brezhnev&sort=length`; anything unknown is ignored. */
export function parseShelfQuery(params: URLSearchParams): ShelfQuery {
  return {
    level: oneOf(CEFR_LEVELS, params.get('level')),
    topic: oneOf(TOPICS, params.get('topic')),
    sort: oneOf(SORTS, params.get('sort')) ?? 'level'
  };
}

/** Writes a query into URL parameters, leaving the defaults out. */
export function writeShelfQuery(params: URLSearchParams, query: ShelfQuery): void {
  for (const key of ['level', 'topic', 'sort']) params.delete(key);
  if (query.level) params.set('level', query.level);
  if (query.topic) params.set('topic', query.topic);
  if (query.sort !== 'level') params.set('sort', query.sort);
}
