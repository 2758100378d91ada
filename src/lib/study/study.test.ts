import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newCard } from './schedule.ts';
import { openStudyStore, type StudyStore } from './store.ts';
import { Study } from './study.svelte.ts';

const now = new Date('2026-01-05T09:00:00.000Z');

describe('the study state', () => {
  it('sets statuses and grades cards, and reads them back in a new visit', async () => {
    const a = new Study(() => openStudyStore('study-1'));
    await a.load();
    expect(a.statusOf('partir')).toBe('new');
    await a.setStatus('partir', 2, { form: 'partit', gloss: 'to leave' }, now);
    const next = await a.grade('lemma:partir', newCard(now), 'good', now);
    const b = new Study(() => openStudyStore('study-1'));
    await b.load();
    expect(b.statusOf('partir')).toBe(2);
    expect(b.cards.get('lemma:partir')?.card).toEqual(next);
    expect(b.problem).toBeUndefined();
  });

  it('reports a failing write and keeps the change, written with the next good one', async () => {
    const real = await openStudyStore('study-2');
    let fail = true;
    const flaky: StudyStore = {
      ...real,
      putStatus: (r) => (fail ? Promise.reject(new Error('quota')) : real.putStatus(r)),
      putMany: (s, c) => (fail ? Promise.reject(new Error('quota')) : real.putMany(s, c))
    };
    const study = new Study(async () => flaky);
    await study.setStatus('venir', 1, undefined, now);
    expect(study.problem).toBe('save');
    expect(study.statusOf('venir')).toBe(1);
    fail = false;
    await study.setStatus('aller', 'known', undefined, now);
    expect(study.problem).toBeUndefined();
    const stored = await real.readAll();
    expect(stored.statuses.map((s) => [s.lemma, s.status])).toEqual([
      ['aller', 'known'],
      ['venir', 1]
    ]);
  });

  it('works in memory where IndexedDB is refused, and says so', async () => {
    const study = new Study(() => Promise.reject(new Error('blocked')));
    await study.setStatus('être', 'known', undefined, now);
    expect(study.statusOf('être')).toBe('known');
    expect(study.problem).toBe('unavailable');
  });
});
