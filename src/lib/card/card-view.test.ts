import { describe, expect, it } from 'vitest';
import { loadCorpusOrThrow } from '$lib/corpus/server.ts';
import { cardFile } from './card-view.server.ts';

describe('card files', () => {
  const corpus = loadCorpusOrThrow('texts');

  it("carry each text's own note on the entry (notes.yaml), by text", () => {
    const card = cardFile(corpus, corpus.entries.get('molotov')!);
    expect(card.textNotes['premiere-position']).toEqual(
      corpus.textsBySlug.get('premiere-position')!.entryNotes.get('molotov')
    );
    expect(card.textNotes['premiere-position']!.fr).toMatch(/^Le texte ne le nomme pas/);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it('carry no note for an entry no text annotates', () => {
    const lenin = cardFile(corpus, corpus.entries.get('lenin')!);
    expect(lenin.textNotes).toEqual({});
  });
});
