// The records of the study store (statuses by lemma, review cards) and their validation: what
// IndexedDB gives back is checked before use, as everything persisted is (docs/architecture.md).

/** A lemma's status, as in Lute and LingQ: new, learning at a level 1–4, known, or ignored. */
export type WordStatus = 'new' | 1 | 2 | 3 | 4 | 'known' | 'ignored';
export const WORD_STATUSES: readonly WordStatus[] = ['new', 1, 2, 3, 4, 'known', 'ignored'];

export const isWordStatus = (value: unknown): value is WordStatus =>
  WORD_STATUSES.includes(value as WordStatus);

/** A status in learning (1–4): its word is reviewed. */
export const isLearning = (status: WordStatus): status is 1 | 2 | 3 | 4 =>
  typeof status === 'number';

/** Where a lemma was met: what its review card shows. */
export interface MetIn {
  /** The word as written in the sentence. */
  form: string;
  sentence?: { fr: string; en: string };
  /** The first English sense line, for the answer. */
  gloss?: string;
  text?: string;
  segment?: string;
}

export interface StatusRecord extends MetIn {
  lemma: string;
  status: WordStatus;
  /** ISO date and time of the last change. */
  updatedAt: string;
}

/** The FSRS state of one review card, dates as ISO strings (what IndexedDB and JSON keep). */
export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning (ts-fsrs's State). */
  state: 0 | 1 | 2 | 3;
  lastReview?: string;
}

/** A review card: `lemma:<lemma>` for a word in learning, `saved:<key>` for a saved word. */
export interface ReviewRecord {
  id: string;
  card: CardState;
  updatedAt: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string';
const nonEmpty = (v: unknown): v is string => isString(v) && v.trim().length > 0 && v.length <= 500;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isIsoDate = (v: unknown): v is string => isString(v) && !Number.isNaN(Date.parse(v));

function sentenceOf(v: unknown): { fr: string; en: string } | undefined {
  return isObject(v) && isString(v.fr) && isString(v.en) ? { fr: v.fr, en: v.en } : undefined;
}

/** A status record as stored or imported, or undefined if it is not one. */
export function parseStatusRecord(value: unknown): StatusRecord | undefined {
  if (!isObject(value)) return undefined;
  const { lemma, status, updatedAt, form } = value;
  if (!nonEmpty(lemma) || !isWordStatus(status) || !isIsoDate(updatedAt)) return undefined;
  const record: StatusRecord = {
    lemma,
    status,
    updatedAt: new Date(updatedAt).toISOString(),
    form: nonEmpty(form) ? form : lemma
  };
  const sentence = sentenceOf(value.sentence);
  if (sentence) record.sentence = sentence;
  for (const key of ['gloss', 'text', 'segment'] as const) {
    const v = value[key];
    if (nonEmpty(v)) record[key] = v;
  }
  return record;
}

/** A card state, or undefined if it is not one. */
export function parseCardState(value: unknown): CardState | undefined {
  if (!isObject(value)) return undefined;
  const numbers = [
    'stability',
    'difficulty',
    'elapsedDays',
    'scheduledDays',
    'learningSteps',
    'reps',
    'lapses'
  ] as const;
  if (
    !isIsoDate(value.due) ||
    !numbers.every((k) => isFiniteNumber(value[k]) && (value[k] as number) >= 0)
  ) {
    return undefined;
  }
  const state = value.state;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  const card: CardState = {
    due: new Date(value.due).toISOString(),
    stability: value.stability as number,
    difficulty: value.difficulty as number,
    elapsedDays: value.elapsedDays as number,
    scheduledDays: value.scheduledDays as number,
    learningSteps: value.learningSteps as number,
    reps: value.reps as number,
    lapses: value.lapses as number,
    state
  };
  if (value.lastReview !== undefined) {
    if (!isIsoDate(value.lastReview)) return undefined;
    card.lastReview = new Date(value.lastReview).toISOString();
  }
  return card;
}

/** A review record, or undefined if it is not one. */
export function parseReviewRecord(value: unknown): ReviewRecord | undefined {
  if (!isObject(value) || !nonEmpty(value.id) || !isIsoDate(value.updatedAt)) return undefined;
  if (!/^(lemma|saved):/.test(value.id)) return undefined;
  const card = parseCardState(value.card);
  return card && { id: value.id, card, updatedAt: new Date(value.updatedAt).toISOString() };
}
