import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint.ts';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  /** Runs the callbacks waiting for the next frame, as the browser does when it starts one. */
  const frame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(performance.now());
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.push(callback);
      return frames.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return async () => {
      await vi.advanceTimersByTimeAsync(0);
      return done;
    };
  };

  it('waits for the frame that shows the change, and the start of the next', async () => {
    const done = settled(afterPaint());
    expect(await done()).toBe(false);
    frame();
    expect(await done()).toBe(false);
    frame();
    expect(await done()).toBe(true);
  });

  it('goes on after 100 ms on a page that paints no frames (a hidden tab)', async () => {
    const done = settled(afterPaint());
    await vi.advanceTimersByTimeAsync(99);
    expect(await done()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await done()).toBe(true);
  });
});
