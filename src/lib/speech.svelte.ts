import { browser } from '$app/environment';

export type SpeechStatus = 'checking' | 'ready' | 'unsupported' | 'no-voice';

/**
 * Read-aloud with the browser's own speech synthesis (Web Speech API), in a French voice. Voices
 * arrive asynchronously, so the status starts as 'checking'; a browser without the API, or without
 * any French voice, says so through `status` instead of failing silently.
 */
class Speech {
  #status = $state<SpeechStatus>('checking');
  #speaking = $state<string | undefined>();
  #voice: SpeechSynthesisVoice | undefined;

  #started = false;

  /**
   * Looks for speech synthesis and a French voice. Called once the page is interactive (not at
   * import): the server rendered 'checking', and hydration must see that same state first.
   */
  start() {
    if (!browser || this.#started) return;
    this.#started = true;
    const synth = globalThis.speechSynthesis;
    if (!synth || typeof globalThis.SpeechSynthesisUtterance !== 'function') {
      this.#status = 'unsupported';
      return;
    }
    const pick = () => {
      const voices = synth.getVoices();
      this.#voice =
        voices.find((v) => v.lang === 'fr-FR') ??
        voices.find((v) => v.lang.toLowerCase().startsWith('fr'));
      if (this.#voice) this.#status = 'ready';
      else if (voices.length > 0) this.#status = 'no-voice';
    };
    pick();
    synth.addEventListener?.('voiceschanged', pick);
    // Some browsers never fire voiceschanged when they have no voices at all.
    setTimeout(() => {
      if (this.#status === 'checking') this.#status = 'no-voice';
    }, 2000);
  }

  get status() {
    return this.#status;
  }

  /** The key of what is being read (a segment id, a term), or undefined. */
  get speaking() {
    return this.#speaking;
  }

  speak(key: string, text: string, rate: number): boolean {
    if (this.#status !== 'ready' || !this.#voice) return false;
    const synth = globalThis.speechSynthesis;
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.#voice;
    utterance.lang = this.#voice.lang;
    utterance.rate = rate;
    utterance.onend = utterance.onerror = () => {
      if (this.#speaking === key) this.#speaking = undefined;
    };
    this.#speaking = key;
    synth.speak(utterance);
    return true;
  }

  stop() {
    globalThis.speechSynthesis?.cancel();
    this.#speaking = undefined;
  }
}

export const speech = new Speech();
