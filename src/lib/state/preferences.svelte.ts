import { browser } from '$app/environment';
import { loadStored, saveStored, type SaveProblem } from './storage.ts';

export const LAYOUTS = ['side', 'interlinear', 'fr', 'en'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Theme = 'light' | 'dark';
export type UiLangChoice = 'en' | 'fr';

export const SPEECH_RATE = { min: 0.6, max: 1.2, step: 0.1, default: 1 } as const;

interface Stored {
  layout?: Layout;
  theme?: Theme;
  shortcuts?: boolean;
  uiLang?: UiLangChoice;
  hideTranslation?: boolean;
  showTerms?: boolean;
  speechRate?: number;
}

export const PREFERENCES_KEY = 'preferences';

const isLayout = (v: unknown): v is Layout => LAYOUTS.includes(v as Layout);

/** Keeps only the fields that are valid: one corrupt field does not cost the others. */
export function parsePreferences(value: unknown): Stored | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const out: Stored = {};
  if (isLayout(v.layout)) out.layout = v.layout;
  if (v.theme === 'light' || v.theme === 'dark') out.theme = v.theme;
  if (typeof v.shortcuts === 'boolean') out.shortcuts = v.shortcuts;
  if (v.uiLang === 'en' || v.uiLang === 'fr') out.uiLang = v.uiLang;
  if (typeof v.hideTranslation === 'boolean') out.hideTranslation = v.hideTranslation;
  if (typeof v.showTerms === 'boolean') out.showTerms = v.showTerms;
  if (
    typeof v.speechRate === 'number' &&
    v.speechRate >= SPEECH_RATE.min &&
    v.speechRate <= SPEECH_RATE.max
  ) {
    out.speechRate = v.speechRate;
  }
  return out;
}

/**
 * The reader's remembered choices. static/boot.js applies the ones that change the page's look
 * (layout, theme, hidden translation, hidden terms) to <html> before the first paint, so nothing
 * shifts; this class keeps them in step afterwards and persists every change.
 */
class Preferences {
  #layout = $state<Layout | undefined>();
  #theme = $state<Theme | undefined>();
  #shortcuts = $state(true);
  #uiLang = $state<UiLangChoice | undefined>();
  #hideTranslation = $state(false);
  #showTerms = $state(true);
  #speechRate = $state<number>(SPEECH_RATE.default);
  #problem = $state<SaveProblem | undefined>();

  constructor() {
    if (!browser) return;
    const stored = loadStored(PREFERENCES_KEY, parsePreferences) ?? {};
    this.#layout = stored.layout;
    this.#theme = stored.theme;
    this.#shortcuts = stored.shortcuts ?? true;
    this.#uiLang = stored.uiLang;
    this.#hideTranslation = stored.hideTranslation ?? false;
    this.#showTerms = stored.showTerms ?? true;
    this.#speechRate = stored.speechRate ?? SPEECH_RATE.default;
  }

  /** The remembered layout; undefined means "as the screen width suggests". */
  get layout() {
    return this.#layout;
  }
  set layout(value: Layout | undefined) {
    this.#layout = value;
    this.#apply();
    this.#save();
  }

  get theme() {
    return this.#theme;
  }
  set theme(value: Theme | undefined) {
    this.#theme = value;
    this.#apply();
    this.#save();
  }

  get shortcuts() {
    return this.#shortcuts;
  }
  set shortcuts(value: boolean) {
    this.#shortcuts = value;
    this.#save();
  }

  get uiLang() {
    return this.#uiLang;
  }
  set uiLang(value: UiLangChoice | undefined) {
    this.#uiLang = value;
    this.#save();
  }

  /** Translation hidden until each segment is revealed (a learner's self-test). */
  get hideTranslation() {
    return this.#hideTranslation;
  }
  set hideTranslation(value: boolean) {
    this.#hideTranslation = value;
    this.#apply();
    this.#save();
  }

  /** Vocabulary terms marked in the text (a dotted underline), or not. */
  get showTerms() {
    return this.#showTerms;
  }
  set showTerms(value: boolean) {
    this.#showTerms = value;
    this.#apply();
    this.#save();
  }

  get speechRate() {
    return this.#speechRate;
  }
  set speechRate(value: number) {
    const clamped = Math.min(SPEECH_RATE.max, Math.max(SPEECH_RATE.min, value));
    this.#speechRate = Math.round(clamped * 10) / 10;
    this.#save();
  }

  /** What went wrong with the last save, for a message to the reader; cleared by a good save. */
  get problem() {
    return this.#problem;
  }

  #apply() {
    const root = document.documentElement;
    setFlag(root, 'layout', this.#layout);
    setFlag(root, 'theme', this.#theme);
    setFlag(root, 'hideTranslation', this.#hideTranslation ? 'true' : undefined);
    setFlag(root, 'hideTerms', this.#showTerms ? undefined : 'true');
  }

  #save() {
    const result = saveStored(PREFERENCES_KEY, {
      layout: this.#layout,
      theme: this.#theme,
      shortcuts: this.#shortcuts,
      uiLang: this.#uiLang,
      hideTranslation: this.#hideTranslation,
      showTerms: this.#showTerms,
      speechRate: this.#speechRate
    } satisfies Stored);
    this.#problem = result.ok ? undefined : result.problem;
  }
}

function setFlag(root: HTMLElement, name: string, value: string | undefined) {
  if (value === undefined) delete root.dataset[name];
  else root.dataset[name] = value;
}

export const preferences = new Preferences();
