import { gzipSync } from 'node:zlib';
import { OTHER_SHARD, SHARD_NAME, shardFor, shardLetters } from '../normalize.ts';

/**
 * Splits keys into shards of at most `maxBytes` once compressed (`sizeOf` says), each a range of
 * the keys in the order of their shardLetters, named by the shortest letters that begin it and
 * sort after the previous range's last key (so shardFor finds a key with a binary search over
 * the names). Keys with the same letters (`côte`, `cote`) always share a shard; keys without
 * letters go to `_`. A first cut by uncompressed size, from the data's overall compression
 * ratio, then any shard still too large is halved: a handful of gzip runs, not thousands.
 * Checks that shardFor finds every key in its shard, which the browser relies on.
 */
export function partition(
  keys: Iterable<string>,
  sizeOf: (keys: readonly string[]) => number,
  rawSizeOf: (key: string) => number,
  maxBytes: number,
  ratio: number
): Map<string, string[]> {
  const other: string[] = [];
  const items: [letters: string, key: string][] = [];
  for (const key of keys) {
    const letters = shardLetters(key);
    if (letters === '') other.push(key);
    else items.push([letters, key]);
  }
  items.sort(([a, ka], [b, kb]) => (a < b ? -1 : a > b ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));

  // Runs of keys with the same letters: a shard boundary never falls inside one.
  const runs: { letters: string; keys: string[]; raw: number }[] = [];
  for (const [letters, key] of items) {
    const last = runs.at(-1);
    if (last && last.letters === letters) {
      last.keys.push(key);
      last.raw += rawSizeOf(key);
    } else runs.push({ letters, keys: [key], raw: rawSizeOf(key) });
  }

  const rawTarget = (maxBytes * 0.9) / ratio;
  let chunks: (typeof runs)[] = [];
  let current: typeof runs = [];
  let size = 0;
  for (const run of runs) {
    if (current.length && size + run.raw > rawTarget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(run);
    size += run.raw;
  }
  if (current.length) chunks.push(current);
  const flat = (chunk: typeof runs) => chunk.flatMap((r) => r.keys);
  for (let changed = true; changed; ) {
    changed = false;
    const next: (typeof runs)[] = [];
    for (const chunk of chunks) {
      if (chunk.length > 1 && sizeOf(flat(chunk)) > maxBytes) {
        const half = chunk.length >> 1;
        next.push(chunk.slice(0, half), chunk.slice(half));
        changed = true;
      } else next.push(chunk);
    }
    chunks = next;
  }

  const shards = new Map<string, string[]>();
  let previous = '';
  chunks.forEach((chunk, i) => {
    const first = chunk[0]!.letters;
    let n = 1;
    while (i > 0 && first.slice(0, n) <= previous) n++;
    const name = first.slice(0, n);
    if (!SHARD_NAME.test(name)) throw new Error(`lexicon: cannot name a shard starting at '${first}'`);
    shards.set(name, flat(chunk));
    previous = chunk.at(-1)!.letters;
  });
  if (other.length) shards.set(OTHER_SHARD, other);

  const boundaries = [...shards.keys()].filter((k) => k !== OTHER_SHARD);
  for (const [name, list] of shards) {
    for (const key of list) {
      if (shardFor(key, boundaries) !== name) {
        throw new Error(`lexicon: '${key}' was filed in shard '${name}' but would be looked up elsewhere`);
      }
    }
  }
  return shards;
}

export function gzipSize(json: string): number {
  return gzipSync(json).length;
}
