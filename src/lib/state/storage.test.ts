import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStored, readStored, saveStored, STORAGE_PREFIX } from './storage.ts';
import { MemoryStorage } from './testing/memory-storage.ts';

const isLayout = (v: unknown) => (v === 'side' || v === 'fr' ? v : undefined);

afterEach(() => vi.unstubAllGlobals());

describe('storage', () => {
  it('round-trips a value under the versioned prefix', () => {
    const store = new MemoryStorage();
    vi.stubGlobal('localStorage', store);
    expect(saveStored('layout', 'fr')).toEqual({ ok: true });
    expect(store.data.get(`${STORAGE_PREFIX}layout`)).toBe('"fr"');
    expect(loadStored('layout', isLayout)).toBe('fr');
  });

  it('gives undefined for corrupt JSON and for values that fail validation', () => {
    const store = new MemoryStorage();
    vi.stubGlobal('localStorage', store);
    store.data.set(`${STORAGE_PREFIX}layout`, '{not json');
    expect(loadStored('layout', isLayout)).toBeUndefined();
    store.data.set(`${STORAGE_PREFIX}layout`, '"sideways"');
    expect(loadStored('layout', isLayout)).toBeUndefined();
  });

  it('tells a missing value from a corrupt one and from storage that cannot be used', () => {
    const store = new MemoryStorage();
    vi.stubGlobal('localStorage', store);
    expect(readStored('layout', isLayout)).toEqual({ status: 'missing' });
    store.data.set(`${STORAGE_PREFIX}layout`, '{not json');
    expect(readStored('layout', isLayout)).toEqual({ status: 'corrupt' });
    store.data.set(`${STORAGE_PREFIX}layout`, '"sideways"');
    expect(readStored('layout', isLayout)).toEqual({ status: 'corrupt' });
    store.data.set(`${STORAGE_PREFIX}layout`, '"fr"');
    expect(readStored('layout', isLayout)).toEqual({ status: 'ok', value: 'fr' });
    vi.stubGlobal('localStorage', undefined);
    expect(readStored('layout', isLayout)).toEqual({ status: 'unavailable' });
  });

  it('reports a full quota and missing storage instead of throwing', () => {
    const store = new MemoryStorage();
    store.failWith = 'QuotaExceededError';
    vi.stubGlobal('localStorage', store);
    expect(saveStored('layout', 'fr')).toEqual({ ok: false, problem: 'quota' });
    store.failWith = 'SecurityError';
    expect(saveStored('layout', 'fr')).toEqual({ ok: false, problem: 'error' });
    vi.stubGlobal('localStorage', undefined);
    expect(saveStored('layout', 'fr')).toEqual({ ok: false, problem: 'unavailable' });
    expect(loadStored('layout', isLayout)).toBeUndefined();
  });

  it('survives a storage whose very access throws (site data blocked)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      }
    });
    expect(loadStored('layout', isLayout)).toBeUndefined();
    expect(saveStored('layout', 'fr')).toEqual({ ok: false, problem: 'unavailable' });
    // @ts-expect-error: removing the throwing getter installed above
    delete globalThis.localStorage;
  });
});
