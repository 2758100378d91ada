import { browser } from '$app/environment';
import { loadStored, saveStored, type SaveProblem } from './storage.ts';

export const LAYOUTS = ['side', 'interlinear', 'fr', 'en'] as const;
export type Layout = (typeof LAYOUTS)[number];
export type Theme = 'light' | 'dark';
export type UiLangChoice = 'en' | 'fr';

interface Stored {
  layout?: Layout;
  theme?: Theme;
  shortcuts?: boolean;
  uiLang?: UiLangChoice;
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
  return out;
}

/**
 * The reader's remembered choices. static/boot.js applies layout and theme to <html> before the
 * first paint (so nothing shifts); this class keeps them in step afterwards and persists changes.
 */
class Preferences {
  #layout = $state<Layout | undefined>();
  #theme = $state<Theme | undefined>();
  #shortcuts = $state(true);
  #uiLang = $state<UiLangChoice | undefined>();
  #problem = $state<SaveProblem | undefined>();

  constructor() {
    if (!browser) return;
    const stored = loadStored(PREFERENCES_KEY, parsePreferences) ?? {};
    this.#layout = stored.layout;
    this.#theme = stored.theme;
    this.#shortcuts = stored.shortcuts ?? true;
    this.#uiLang = stored.uiLang;
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

  /** What went wrong with the last save, for a message to the reader; cleared by a good save. */
  get problem() {
    return this.#problem;
  }

  #apply() {
    const root = document.documentElement;
    if (this.#layout) root.dataset.layout = this.#layout;
    else delete root.dataset.layout;
    if (this.#theme) root.dataset.theme = this.#theme;
    else delete root.dataset.theme;
  }

  #save() {
    const result = saveStored(PREFERENCES_KEY, {
      layout: this.#layout,
      theme: this.#theme,
      shortcuts: this.#shortcuts,
      uiLang: this.#uiLang
    } satisfies Stored);
    this.#problem = result.ok ? undefined : result.problem;
  }
}

export const preferences = new Preferences();
