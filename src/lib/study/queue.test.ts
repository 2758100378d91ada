import { describe, expect, it } from 'vitest';
import type { SavedWord } from '$lib/words/saved-word.ts';
import { buildQueue, highlight } from './queue.ts';
import { grade, newCard } from './schedule.ts';
import type { ReviewRecord, StatusRecord } from './types.ts';

const now = new Date('2026-01-05T09:00:00.000Z');
const at = now.toISOString();
const status = (lemma: string, s: StatusRecord['status']): StatusRecord => ({
  lemma,
  status: s,
  form: lemma,
  updatedAt: at
});
const saved: SavedWord = {
  kind: 'term',
  id: 'soviet',
  text: 't',
  key: 'term:t:soviet',
  savedAt: at,
  word: { fr: 'soviet', en: 'council' },
  sentence: { fr: 'Le soviet vote.', en: 'The council votes.' }
};

describe('the review queue', () => {
  it('takes words in learning and saved words; due first, then new; later ones left out', () => {
    const statuses = [
      status('a', 1),
      status('b', 'known'),
      status('c', 4),
      status('d', 'ignored'),
      status('e', 2)
    ];
    const earlier = new Date(now.getTime() - 3_600_000);
    const dueCard = grade(newCard(earlier), 'again', earlier); // due one minute after `earlier`
    const laterCard = grade(newCard(now), 'easy', now);
    const cards = new Map<string, ReviewRecord>([
      ['lemma:c', { id: 'lemma:c', card: dueCard, updatedAt: at }],
      ['lemma:e', { id: 'lemma:e', card: laterCard, updatedAt: at }]
    ]);
    const queue = buildQueue(statuses, [saved], cards, now);
    expect(queue.items.map((i) => i.id)).toEqual(['lemma:c', 'lemma:a', 'saved:term:t:soviet']);
    expect([queue.due, queue.new]).toEqual([1, 2]);
    expect(queue.items[2]).toMatchObject({ lemma: 'soviet', gloss: 'council', isNew: true });
  });

  it('highlights the form in its sentence, whatever its case', () => {
    expect(highlight('Le Soviet vote.', 'soviet')).toEqual(['Le ', 'Soviet', ' vote.']);
    expect(highlight('Rien.', 'soviet')).toEqual(['Rien.', '', '']);
  });
});
