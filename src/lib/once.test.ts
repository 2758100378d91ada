import { describe, expect, it, vi } from 'vitest';
import { onceByKey } from './once.ts';

describe('onceByKey', () => {
  it('starts the work once per key and hands every caller the same promise', async () => {
    const once = onceByKey<number>();
    const start = vi.fn(() => Promise.resolve(1));
    const first = once('a', start);
    expect(once('a', start)).toBe(first);
    expect(await first).toBe(1);
    expect(await once('a', start)).toBe(1);
    expect(start).toHaveBeenCalledTimes(1);
    await once('b', start);
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('forgets a failure, so the next call starts again', async () => {
    const once = onceByKey<string>();
    const failing = once('a', () => Promise.reject(new Error('offline')));
    await expect(failing).rejects.toThrow('offline');
    await expect(once('a', () => Promise.resolve('back'))).resolves.toBe('back');
  });
});
