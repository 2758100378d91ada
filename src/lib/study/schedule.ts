// The scheduler glue: ts-fsrs (MIT; FSRS, the scheduler Anki ships) turned into plain records
// that IndexedDB and JSON keep. The clock is always passed in, so tests fix it.
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { CardState } from './types.ts';

/** The four grades, as the review page's buttons and keys 1–4 give them. */
export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly ReviewGrade[] = ['again', 'hard', 'good', 'easy'];

const RATING: Record<ReviewGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy
};

// No fuzz: the same grades at the same times give the same dates (and tests can say which).
const scheduler = fsrs({ enable_fuzz: false });

function toState(card: Card): CardState {
  const state: CardState = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState['state']
  };
  if (card.last_review) state.lastReview = card.last_review.toISOString();
  return state;
}

function toCard(state: CardState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: state.lastReview ? new Date(state.lastReview) : undefined
  };
}

/** A card never reviewed, due now. */
export function newCard(now: Date): CardState {
  return toState(createEmptyCard(now));
}

/** The card after a grade given at `now`. */
export function grade(card: CardState, grade: ReviewGrade, now: Date): CardState {
  return toState(scheduler.next(toCard(card), now, RATING[grade]).card);
}

/** When each grade would bring the card back (for the buttons' hints). */
export function preview(card: CardState, now: Date): Record<ReviewGrade, string> {
  const log = scheduler.repeat(toCard(card), now);
  return {
    again: log[Rating.Again].card.due.toISOString(),
    hard: log[Rating.Hard].card.due.toISOString(),
    good: log[Rating.Good].card.due.toISOString(),
    easy: log[Rating.Easy].card.due.toISOString()
  };
}

export const isDue = (card: CardState, now: Date) =>
  card.state !== 0 && Date.parse(card.due) <= now.getTime();
