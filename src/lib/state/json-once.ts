import { onceByKey } from '../once.ts';

/** A fetch answered with an error status: a 404 means there is no such file. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, url: string) {
    super(`${status} ${url}`);
    this.status = status;
  }
}

/**
 * Fetches prerendered JSON files once per visit, by key: a second request for the same key gets
 * the same promise, and a failed fetch is forgotten so the next request tries again.
 */
export function jsonOnce<T>(read: (json: unknown) => T = (json) => json as T) {
  const once = onceByKey<T>();
  return (key: string, url: string): Promise<T> =>
    once(key, () =>
      fetch(url).then(async (response) => {
        if (!response.ok) throw new HttpError(response.status, url);
        return read(await response.json());
      })
    );
}
