import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, parsePreferences, PREFERENCES_KEY } from './preferences.svelte.ts';
import { STORAGE_PREFIX } from './storage.ts';

describe('preferences', () => {
  it('keeps the valid fields of a partly corrupt record', () => {
    expect(
      parsePreferences({ layout: 'fr', theme: 'purple', shortcuts: 'yes', uiLang: 'fr' })
    ).toEqual({
      layout: 'fr',
      uiLang: 'fr'
    });
    expect(parsePreferences({ speechRate: 3, hideTranslation: 'no', showTerms: false })).toEqual({
      showTerms: false
    });
    expect(parsePreferences({ speechRate: 0.8 })).toEqual({ speechRate: 0.8 });
    expect(parsePreferences('side')).toBeUndefined();
    expect(parsePreferences(null)).toBeUndefined();
  });

  it('is read before the first paint by static/boot.js under the same key', () => {
    const boot = readFileSync('static/boot.js', 'utf8');
    expect(boot).toContain(`'${STORAGE_PREFIX}${PREFERENCES_KEY}'`);
  });

  it('knows the same layouts as static/boot.js, which applies them before the first paint', () => {
    const boot = readFileSync('static/boot.js', 'utf8');
    const list = /var layouts = \[([^\]]*)\]/.exec(boot);
    expect(list, 'boot.js declares its layouts as `var layouts = [...]`').not.toBeNull();
    const layouts = [...list![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(layouts).toEqual([...LAYOUTS]);
  });
});
