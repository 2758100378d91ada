import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryView } from '$lib/glossary/entry-view.server.ts';
import { allSegments, mentionsIn, plainText } from './index.ts';
import { CEFR_LEVELS } from './levels.ts';
import { loadCorpusFrom } from './load.ts';

// The texts the site ships, checked as the library shows them: every text has what its card and
// details need, and every glossary entry is reached from some text.
const TEXTS = 'texts';
const folders = readdirSync(TEXTS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'glossary' && !d.name.startsWith('.'))
  .map((d) => d.name);
const { corpus, errors } = loadCorpusFrom(TEXTS);

describe('the library’s texts', () => {
  it('build without errors', () => {
    expect(errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([]);
    expect(corpus?.texts.map((t) => t.slug).sort()).toEqual([...folders].sort());
  });

  it.each(folders)('%s has its metadata and both languages', (slug) => {
    for (const file of ['text.yaml', 'fr.txt', 'en.txt'])
      expect(existsSync(join(TEXTS, slug, file)), `${slug}/${file}`).toBe(true);
    const text = corpus!.textsBySlug.get(slug)!;
    expect(CEFR_LEVELS, 'level').toContain(text.meta.level);
    expect(text.meta.license.name.trim(), 'license').not.toBe('');
    expect(text.meta.title.en.trim(), 'English title').not.toBe('');
    if (text.meta.description) expect(text.meta.description.en.trim()).not.toBe('');
    const untranslated = allSegments(text)
      .filter((s) => plainText(s.en.runs).trim() === '' && plainText(s.fr.runs).trim() !== '')
      .map((s) => s.id);
    expect(untranslated, 'segments without a translation').toEqual([]);
  });
});

describe('the glossary', () => {
  it('has no entry that no text mentions', () => {
    const unmentioned = [...corpus!.entries.keys()].filter(
      (id) => (corpus!.mentions.get(id)?.length ?? 0) === 0
    );
    expect(unmentioned).toEqual([]);
  });

  it('lists on each entry page every text that mentions the entry', () => {
    for (const entry of corpus!.entries.values()) {
      const mentioning = corpus!.texts
        .filter((t) => allSegments(t).some((s) => mentionsIn(s.fr.runs).includes(entry.id)))
        .map((t) => t.slug);
      const listed = entryView(corpus!, entry).mentionTexts.map((t) => t.slug);
      expect(listed, entry.id).toEqual(expect.arrayContaining(mentioning));
    }
  });
});
