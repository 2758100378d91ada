/**
 * Promises kept by key for the rest of the visit: a second call with the same key gets the same
 * promise, and one that failed is forgotten, so the next call tries again (the reader was offline
 * for a moment, or a newer build replaced the file). Card and vocabulary files, UI strings and the
 * card's code are each fetched this way.
 */
export function onceByKey<T>(): (key: string, start: () => Promise<T>) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return (key, start) => {
    let pending = kept.get(key);
    if (!pending) {
      pending = start();
      pending.catch(() => kept.delete(key));
      kept.set(key, pending);
    }
    return pending;
  };
}
