// The study state the word card and the review page share: statuses by lemma and review cards,
// read from the store once, kept in memory, written through one transaction per change. A write
// the browser refuses is reported (`problem`) and kept in memory: it is written again with the
// next change, so nothing the reader did is lost while the page is open.
import type { ReviewGrade } from './schedule.ts';
import { openStudyStore, type StudyStore } from './store.ts';
import type { CardState, MetIn, ReviewRecord, StatusRecord, WordStatus } from './types.ts';

export type StudyProblem = 'unavailable' | 'save' | 'corrupt';

export class Study {
  #statuses = $state(new Map<string, StatusRecord>());
  #cards = $state(new Map<string, ReviewRecord>());
  #ready = $state(false);
  #problem = $state<StudyProblem | undefined>();
  #store: Promise<StudyStore | undefined> | undefined;
  #pendingStatuses = new Map<string, StatusRecord>();
  #pendingCards = new Map<string, ReviewRecord>();
  #open: () => Promise<StudyStore>;

  constructor(open: () => Promise<StudyStore> = () => openStudyStore()) {
    this.#open = open;
  }

  /** Reads the store (once; later calls wait for the same read). */
  load(): Promise<void> {
    return this.#connect().then(() => undefined);
  }

  #connect(): Promise<StudyStore | undefined> {
    this.#store ??= this.#open().then(
      async (store) => {
        try {
          const snapshot = await store.readAll();
          // Changes made before the read came back are newer than what it found.
          this.#statuses = new Map([
            ...snapshot.statuses.map((s) => [s.lemma, s] as const),
            ...this.#statuses
          ]);
          this.#cards = new Map([...snapshot.cards.map((c) => [c.id, c] as const), ...this.#cards]);
          if (snapshot.invalid > 0) this.#problem = 'corrupt';
        } catch {
          this.#problem = 'unavailable';
        }
        this.#ready = true;
        return store;
      },
      () => {
        this.#problem = 'unavailable';
        this.#ready = true;
        return undefined;
      }
    );
    return this.#store;
  }

  get ready() {
    return this.#ready;
  }

  /** What went wrong, for a message: cleared by a good write. */
  get problem() {
    return this.#problem;
  }

  get statuses(): Iterable<StatusRecord> {
    return this.#statuses.values();
  }

  get cards(): ReadonlyMap<string, ReviewRecord> {
    return this.#cards;
  }

  statusOf(lemma: string): WordStatus {
    return this.#statuses.get(lemma)?.status ?? 'new';
  }

  /** Sets a lemma's status, with where it was met (kept from before if not given). */
  setStatus(lemma: string, status: WordStatus, met?: MetIn, now = new Date()): Promise<void> {
    const before = this.#statuses.get(lemma);
    const record: StatusRecord = {
      ...(before ?? { form: lemma }),
      ...met,
      lemma,
      status,
      updatedAt: now.toISOString()
    };
    this.#statuses = new Map(this.#statuses).set(lemma, record);
    this.#pendingStatuses.set(lemma, record);
    return this.#flush();
  }

  /** Grades a review card at `now`; returns its new state. */
  async grade(
    id: string,
    card: CardState,
    grade: ReviewGrade,
    now = new Date()
  ): Promise<CardState> {
    // The scheduler comes with the first grade: the word card, which sets statuses, needs none.
    const next = (await import('./schedule.ts')).grade(card, grade, now);
    const record: ReviewRecord = { id, card: next, updatedAt: now.toISOString() };
    this.#cards = new Map(this.#cards).set(id, record);
    this.#pendingCards.set(id, record);
    await this.#flush();
    return next;
  }

  /** Adds records from a file; a record newer in the file replaces the one here. */
  importMany(statuses: readonly StatusRecord[], cards: readonly ReviewRecord[]): Promise<number> {
    let count = 0;
    const nextStatuses = new Map(this.#statuses);
    for (const s of statuses) {
      const here = nextStatuses.get(s.lemma);
      if (here && here.updatedAt >= s.updatedAt) continue;
      nextStatuses.set(s.lemma, s);
      this.#pendingStatuses.set(s.lemma, s);
      count++;
    }
    const nextCards = new Map(this.#cards);
    for (const c of cards) {
      const here = nextCards.get(c.id);
      if (here && here.updatedAt >= c.updatedAt) continue;
      nextCards.set(c.id, c);
      this.#pendingCards.set(c.id, c);
      count++;
    }
    this.#statuses = nextStatuses;
    this.#cards = nextCards;
    return this.#flush().then(() => count);
  }

  /** Everything, for an export. */
  snapshot(): { statuses: StatusRecord[]; cards: ReviewRecord[] } {
    return { statuses: [...this.#statuses.values()], cards: [...this.#cards.values()] };
  }

  /** Writes what is waiting, in one transaction; on failure it keeps waiting for the next try. */
  async #flush(): Promise<void> {
    const store = await this.#connect();
    if (!store) {
      this.#problem = 'unavailable';
      return;
    }
    // Plain copies: what came from a component's state is a proxy, which IndexedDB cannot clone.
    const statuses = [...this.#pendingStatuses.values()];
    const cards = [...this.#pendingCards.values()];
    const plainStatuses = statuses.map((s) => $state.snapshot(s) as StatusRecord);
    const plainCards = cards.map((c) => $state.snapshot(c) as ReviewRecord);
    if (!statuses.length && !cards.length) return;
    try {
      if (statuses.length + cards.length === 1) {
        await (plainStatuses[0]
          ? store.putStatus(plainStatuses[0])
          : store.putCard(plainCards[0]!));
      } else {
        await store.putMany(plainStatuses, plainCards);
      }
      for (const s of statuses) {
        if (this.#pendingStatuses.get(s.lemma) === s) this.#pendingStatuses.delete(s.lemma);
      }
      for (const c of cards)
        if (this.#pendingCards.get(c.id) === c) this.#pendingCards.delete(c.id);
      if (this.#problem === 'save' || this.#problem === 'unavailable') this.#problem = undefined;
    } catch {
      this.#problem = 'save';
    }
  }
}

/** The page's one study state, loaded on first use. */
let shared: Study | undefined;
export function study(): Study {
  shared ??= new Study();
  void shared.load();
  return shared;
}
