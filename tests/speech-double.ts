import type { Page } from '@playwright/test';

/**
 * A test double of the Web Speech API, installed by the test before the page loads (never by the
 * app): records what is spoken and at what rate, and ends each utterance when the test says so.
 */
export async function installSpeechDouble(page: Page, voices: { lang: string; name: string }[]) {
  await page.addInitScript((voiceList) => {
    const spoken: { text: string; rate: number; lang: string }[] = [];
    let current: { onend?: (() => void) | null } | null = null;
    class Utterance {
      text: string;
      rate = 1;
      lang = '';
      voice: unknown = null;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      getVoices: () =>
        voiceList.map((v) => ({ ...v, default: false, localService: true, voiceURI: v.name })),
      speak(u: Utterance) {
        spoken.push({ text: u.text, rate: u.rate, lang: u.lang });
        current = u;
      },
      cancel() {
        current = null;
      },
      addEventListener() {},
      removeEventListener() {}
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: Utterance,
      configurable: true
    });
    Object.defineProperty(window, '__speech', {
      value: {
        spoken,
        finish() {
          current?.onend?.();
          current = null;
        }
      }
    });
  }, voices);
}

/** Removes speech synthesis altogether, as in a browser without it. */
export async function removeSpeech(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: undefined,
      configurable: true
    });
  });
}

export function spoken(page: Page) {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __speech: { spoken: { text: string; rate: number; lang: string }[] };
        }
      ).__speech.spoken
  );
}

export function finishSpeaking(page: Page) {
  return page.evaluate(() =>
    (window as unknown as { __speech: { finish(): void } }).__speech.finish()
  );
}
