import { CATEGORY_LEMMAS, ELISIONS, LEFFF_POS } from '../morph.ts';
import { normalizeForm } from '../normalize.ts';
import type { FormAnalysis } from '../types.ts';

/**
 * The Lefff's morphological lexicon (`.mlex`: one `form TAB category TAB lemma TAB tag` a line)
 * as form → analyses. Kept: single words (no space) of the categories LEFFF_POS knows, keyed
 * by their normalised form, each analysis once. Clitic pronouns, whose Lefff lemma is their
 * category (`cla`, `clr`…), get a real lemma: the full form of an elided one (`s'` → `se`,
 * `l'` → `le` or `la`), else the form itself. Interrogative lemmas lose their marks (`que?`,
 * `quiNom?` → `que`, `qui`).
 */
// Already normalised: lowercase ASCII letters, hyphens and apostrophes (most of the file).
const PLAIN = /^[a-z'-]*$/u;

export function parseMlex(text: string): Map<string, FormAnalysis[]> {
  const forms = new Map<string, FormAnalysis[]>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    const [rawForm, category, rawLemma, tag = ''] = line.split('\t');
    if (!rawForm || !category || rawLemma === undefined) continue;
    const pos = LEFFF_POS[category];
    // Multi-word units and symbols are never a clicked word; `|` and `;` would break packing.
    if (!pos || rawForm.startsWith('_') || /[\s|;]/u.test(rawForm + rawLemma + tag)) continue;
    const form = PLAIN.test(rawForm) ? rawForm : normalizeForm(rawForm);
    let lemma = rawLemma;
    if (CATEGORY_LEMMAS.has(lemma)) {
      lemma = ELISIONS[form] ?? form;
      if (form === "l'" && tag.includes('f')) lemma = 'la';
    } else if (category === 'pri') {
      lemma = lemma.replace(/(?:Acc|Nom)?\?$/u, '');
    }
    if (!PLAIN.test(lemma)) lemma = normalizeForm(lemma);
    let list = forms.get(form);
    if (!list) forms.set(form, (list = []));
    if (!list.some(([l, p, t]) => l === lemma && p === pos && t === tag)) list.push([lemma, pos, tag]);
  }
  return forms;
}
