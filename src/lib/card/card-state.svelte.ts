import { afterPaint } from '$lib/after-paint.ts';
import { HttpError, jsonOnce } from '../state/json-once.ts';
import { cardFromFile, type CardData, type CardFile } from '$lib/card/card-data.ts';

/** `missing`: there is no such entry (its file is not found); `failed`: it could not be loaded. */
type Status = 'closed' | 'loading' | 'ready' | 'missing' | 'failed';

/**
 * The one glossary card that can be open. Card data comes from small prerendered JSON files
 * (/cards/<id>.json), fetched on first use and kept for the rest of the visit.
 */
class CardState {
  #id = $state<string | undefined>();
  #data = $state<CardData | undefined>();
  #status = $state<Status>('closed');
  #position = $state<number | undefined>();
  #fetch = jsonOnce((json) => cardFromFile(json as CardFile));
  #request = 0;

  get id() {
    return this.#id;
  }
  get data() {
    return this.#data;
  }
  get status() {
    return this.#status;
  }
  /** Index in `data.mentions` of the mention the reader is at, when there is one. */
  get position() {
    return this.#position;
  }
  set position(value: number | undefined) {
    this.#position = value;
  }

  /** Starts loading a card's data without showing it (on hover or focus), to open it instantly. */
  prefetch(id: string, url: string): Promise<CardData> {
    return this.#fetch(id, url);
  }

  async show(id: string, url: string, position?: number): Promise<void> {
    const request = ++this.#request;
    this.#id = id;
    this.#position = position;
    if (this.#data?.id !== id) {
      this.#status = 'loading';
    }
    try {
      const data = await this.prefetch(id, url);
      // The card opens in this frame; its details fill it in the next one.
      await afterPaint();
      if (request !== this.#request) return;
      this.#data = data;
      this.#status = 'ready';
    } catch (error) {
      if (request !== this.#request) return;
      this.#status = error instanceof HttpError && error.status === 404 ? 'missing' : 'failed';
    }
  }

  close() {
    this.#request += 1;
    this.#status = 'closed';
    this.#id = undefined;
    this.#position = undefined;
  }
}

export const card = new CardState();
