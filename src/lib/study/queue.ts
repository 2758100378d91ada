// What the review page shows: the words in learning and the saved words as review cards, the
// due ones first (oldest due first), then the new ones. Pure: the page passes the clock.
import type { SavedWord } from '$lib/words/saved-word.ts';
import { isDue, newCard } from './schedule.ts';
import { isLearning, type CardState, type ReviewRecord, type StatusRecord } from './types.ts';

export interface ReviewItem {
  /** `lemma:<lemma>` or `saved:<key>`: the card's id in the store. */
  id: string;
  /** The French sentence and the part of it to highlight (absent: the word alone). */
  sentence?: { fr: string; en: string };
  form: string;
  lemma: string;
  gloss?: string;
  card: CardState;
  isNew: boolean;
}

export interface ReviewQueue {
  items: ReviewItem[];
  due: number;
  new: number;
}

/** The sentence split around the first occurrence of the form, for the highlight. */
export function highlight(sentence: string, form: string): [string, string, string] {
  const i = form ? sentence.toLocaleLowerCase('fr').indexOf(form.toLocaleLowerCase('fr')) : -1;
  if (i < 0) return [sentence, '', ''];
  return [
    sentence.slice(0, i),
    sentence.slice(i, i + form.length),
    sentence.slice(i + form.length)
  ];
}

export function itemsOf(
  statuses: Iterable<StatusRecord>,
  saved: Iterable<SavedWord>
): Omit<ReviewItem, 'card' | 'isNew'>[] {
  const items: Omit<ReviewItem, 'card' | 'isNew'>[] = [];
  for (const s of statuses) {
    if (!isLearning(s.status)) continue;
    items.push({
      id: `lemma:${s.lemma}`,
      sentence: s.sentence,
      form: s.form,
      lemma: s.lemma,
      gloss: s.gloss
    });
  }
  for (const w of saved) {
    items.push({
      id: `saved:${w.key}`,
      sentence: w.sentence,
      form: w.word.fr,
      lemma: w.lemma ?? w.word.fr,
      gloss: w.gloss ?? w.word.en
    });
  }
  return items;
}

/** Due cards (oldest first), then new ones (in the order given); cards due later are left out. */
export function buildQueue(
  statuses: Iterable<StatusRecord>,
  saved: Iterable<SavedWord>,
  cards: ReadonlyMap<string, ReviewRecord>,
  now: Date
): ReviewQueue {
  const due: ReviewItem[] = [];
  const fresh: ReviewItem[] = [];
  for (const item of itemsOf(statuses, saved)) {
    const card = cards.get(item.id)?.card;
    if (!card || card.state === 0) fresh.push({ ...item, card: card ?? newCard(now), isNew: true });
    else if (isDue(card, now)) due.push({ ...item, card, isNew: false });
  }
  due.sort((a, b) => Date.parse(a.card.due) - Date.parse(b.card.due));
  return { items: [...due, ...fresh], due: due.length, new: fresh.length };
}
