import { PersistedRecord } from './persisted.svelte.ts';

export const LAYOUTS = ['side', 'interlinear', 'fr', 'en'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Theme = 'light' | 'dark';
export type UiLangChoice = 'en' | 'fr';

export const SPEECH_RATE = { min: 0.6, max: 1.2, step: 0.1, default: 1 } as const;

type Stored = Partial<Preferences>;

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

/** Every choice, with what it is before the reader makes it. */
export interface Preferences {
  /** Undefined: as the screen width suggests. */
  layout: Layout | undefined;
  /** Undefined: as the system says. */
  theme: Theme | undefined;
  shortcuts: boolean;
  uiLang: UiLangChoice | undefined;
  /** Translation hidden until each segment is revealed (a learner's self-test). */
  hideTranslation: boolean;
  /** Vocabulary terms marked in the text (a dotted underline), or not. */
  showTerms: boolean;
  speechRate: number;
}

const DEFAULTS: Preferences = {
  layout: undefined,
  theme: undefined,
  shortcuts: true,
  uiLang: undefined,
  hideTranslation: false,
  showTerms: true,
  speechRate: SPEECH_RATE.default
};

/** A speech rate within the slider's range, on its steps. */
export function clampSpeechRate(value: number): number {
  const clamped = Math.min(SPEECH_RATE.max, Math.max(SPEECH_RATE.min, value));
  return Math.round(clamped * 10) / 10;
}

/**
 * The choices that change the page's look, as flags on <html>. static/boot.js sets the same flags
 * from storage before the first paint, so nothing shifts; this keeps them in step afterwards.
 */
function applyToRoot(value: Readonly<Preferences>) {
  const root = document.documentElement;
  setFlag(root, 'layout', value.layout);
  setFlag(root, 'theme', value.theme);
  setFlag(root, 'hideTranslation', value.hideTranslation ? 'true' : undefined);
  setFlag(root, 'hideTerms', value.showTerms ? undefined : 'true');
}

function setFlag(root: HTMLElement, name: string, value: string | undefined) {
  if (value === undefined) delete root.dataset[name];
  else root.dataset[name] = value;
}

/** The reader's remembered choices: `preferences.current.theme`, `preferences.set('theme', …)`. */
export const preferences = new PersistedRecord<Preferences>(
  PREFERENCES_KEY,
  parsePreferences,
  DEFAULTS,
  applyToRoot
);
