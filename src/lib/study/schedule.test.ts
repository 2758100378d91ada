import { describe, expect, it } from 'vitest';
import { grade, isDue, newCard, preview } from './schedule.ts';
import { parseCardState } from './types.ts';

const t0 = new Date('2026-01-05T09:00:00.000Z');
const minutes = (iso: string, from: Date) => (Date.parse(iso) - from.getTime()) / 60_000;
const days = (iso: string, from: Date) => (Date.parse(iso) - from.getTime()) / 86_400_000;

describe('the scheduler glue (fixed clock)', () => {
  it('a new card is due now and counts as new, not due', () => {
    const card = newCard(t0);
    expect(card.due).toBe(t0.toISOString());
    expect(card.state).toBe(0);
    expect(isDue(card, t0)).toBe(false);
  });

  it('gives the due dates of each first grade', () => {
    const card = newCard(t0);
    expect(minutes(grade(card, 'again', t0).due, t0)).toBe(1);
    expect(minutes(grade(card, 'hard', t0).due, t0)).toBe(6);
    expect(minutes(grade(card, 'good', t0).due, t0)).toBe(10);
    const easy = grade(card, 'easy', t0);
    expect(easy.state).toBe(2);
    expect(days(easy.due, t0)).toBeGreaterThanOrEqual(1);
    expect(preview(card, t0).good).toBe(grade(card, 'good', t0).due);
  });

  it('moves the due date forward with each good grade, and back after again', () => {
    let card = newCard(t0);
    let now = t0;
    const intervals: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = grade(card, 'good', now);
      intervals.push(Date.parse(card.due) - now.getTime());
      now = new Date(card.due);
    }
    // 10 minutes, then days, each interval longer than the one before.
    expect(intervals[0]).toBe(10 * 60_000);
    expect(intervals).toEqual([...intervals].sort((a, b) => a - b));
    expect(new Set(intervals).size).toBe(4);
    expect(card.state).toBe(2);
    expect(card.reps).toBe(4);
    const lapsed = grade(card, 'again', now);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.state).toBe(3);
    expect(minutes(lapsed.due, now)).toBeLessThanOrEqual(10);
  });

  it('is deterministic and its states survive a JSON round trip', () => {
    const a = grade(grade(newCard(t0), 'good', t0), 'hard', new Date('2026-01-05T09:10:00Z'));
    const b = grade(grade(newCard(t0), 'good', t0), 'hard', new Date('2026-01-05T09:10:00Z'));
    expect(a).toEqual(b);
    expect(parseCardState(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });
});
