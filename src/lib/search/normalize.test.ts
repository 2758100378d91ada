import { describe, expect, it } from 'vitest';
import { loadFirstText } from '../corpus/testing/first-text.ts';
import {
  entryNames,
  foldForSearch,
  matches,
  matchesKey,
  queryWords,
  searchKey
} from './normalize.ts';

// The entries the first text names: the glossary these expectations were written for.
const { corpus, errors } = loadFirstText();
const entries = [...(corpus?.entries.values() ?? [])].filter(
  (entry) => (corpus?.mentions.get(entry.id) ?? []).length > 0
);
const keys = entries.map((entry) => ({ id: entry.id, key: searchKey(entryNames(entry)) }));

/** The ids of those entries a query finds, as the glossary page finds them. */
function find(query: string): string[] {
  const words = queryWords(query);
  return keys.filter(({ key }) => matchesKey(words, key)).map(({ id }) => id);
}

describe('foldForSearch', () => {
  it('drops accents, case and other diacritics', () => {
    expect(foldForSearch('Léonid Brejnev')).toBe('leonid brejnev');
    expect(foldForSearch('Mikhaïl Sergueïevitch')).toBe('mikhail sergueievitch');
    expect(foldForSearch('ÉVÉNEMENT')).toBe('evenement');
    expect(foldForSearch('Le\u0301nine')).toBe('lenine');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
  });

  it('treats ё as е (and й as и) in Cyrillic, on both sides of a comparison', () => {
    expect(foldForSearch('Хрущёв')).toBe('хрущев');
    expect(foldForSearch('Хрущев')).toBe('хрущев');
    expect(foldForSearch('ХРУЩЁВ')).toBe('хрущев');
    expect(foldForSearch('Юрий')).toBe(foldForSearch('Юрии'));
  });

  it('spells out ligatures and letters that have no decomposition', () => {
    expect(foldForSearch('Œuvre')).toBe('oeuvre');
    expect(foldForSearch('ﬁn')).toBe('fin');
    expect(foldForSearch('Straße')).toBe('strasse');
    expect(foldForSearch('Łódź')).toBe('lodz');
    expect(foldForSearch('ＰＣＵＳ')).toBe('pcus');
  });

  it('makes typographic apostrophes and dashes plain and collapses whitespace', () => {
    expect(foldForSearch('d’État')).toBe("d'etat");
    expect(foldForSearch('Lenin\u02BCs')).toBe("lenin's");
    expect(foldForSearch('1917–1922')).toBe('1917-1922');
    expect(foldForSearch('1917—1922')).toBe('1917-1922');
    expect(foldForSearch('social\u2010démocrate')).toBe('social-democrate');
    expect(foldForSearch('  secrétaire \t\n  général ')).toBe('secretaire general');
    expect(foldForSearch('a\u00A0b')).toBe('a b');
  });
});

describe('matches', () => {
  it('needs every query word to begin some word of some name', () => {
    const names = ['Secrétaire général du Parti communiste', 'Gensek'];
    expect(matches('secr gen', names)).toBe(true);
    expect(matches('GENERAL parti', names)).toBe(true);
    expect(matches('gensek', names)).toBe(true);
    expect(matches('secr gen xyz', names)).toBe(false);
    expect(matches('eneral', names)).toBe(false);
  });

  it('finds words after a hyphen, an apostrophe or a bracket', () => {
    expect(matches('democrate', ['Parti ouvrier social-démocrate'])).toBe(true);
    expect(matches('etat', ["coup d'État"])).toBe(true);
    expect(matches("d'etat", ['coup d’État'])).toBe(true);
    expect(matches('bolchevik', ['Parti communiste russe (bolchevik)'])).toBe(true);
  });

  it('finds a possessive with or without its apostrophe', () => {
    expect(matches('lenins testament', ["Lenin's Testament"])).toBe(true);
    expect(matches('lenin’s', ["Lenin's Testament"])).toBe(true);
  });

  it('matches everything when the query is empty or blank', () => {
    expect(matches('', ['Lenin'])).toBe(true);
    expect(matches('   ', ['Lenin'])).toBe(true);
  });
});

describe('searching the real glossary', () => {
  it('loads the glossary', () => {
    expect(errors).toEqual([]);
    expect(entries.length).toBeGreaterThanOrEqual(20);
  });

  it.each(['khrouchtchev', 'Khrushchev', 'Хрущёв', 'Хрущев', 'KHROUCHTCHEV', 'khrouch', 'хрущ'])(
    '"%s" finds Khrushchev and nothing else',
    (query) => {
      expect(find(query)).toEqual(['khrushchev']);
    }
  );

  it('finds Lenin with or without the accent, decomposed or uppercase', () => {
    for (const query of ['Lénine', 'lenine', 'Le\u0301nine', 'LÉNINE', 'Ленин']) {
      expect(find(query), query).toContain('lenin');
      // Lenin and "Lenin's Testament", nothing else.
      expect(find(query).sort(), query).toEqual(['lenin', 'lenins-testament']);
    }
  });

  it('finds a name by an alias the list does not show', () => {
    expect(find('koba')).toEqual(['stalin']);
    expect(find('Djougachvili')).toEqual(['stalin']);
    expect(find('Ульянов')).toEqual(['lenin']);
    expect(find('gensek')).toEqual(['general-secretary']);
  });

  it('finds several entries by the start of a shared word', () => {
    expect(find('stal')).toEqual(['stalin']);
    expect(find('secr gen').sort()).toEqual(['general-secretary']);
    expect(find('brej')).toEqual(['brezhnev']);
    expect(find('pcus')).toEqual(expect.arrayContaining(['cpsu', 'general-secretary']));
  });

  it('does not find a name by letters inside a word', () => {
    expect(find('nine')).toEqual([]);
    expect(find('rushchev')).toEqual([]);
    expect(find('ущёв')).toEqual([]);
  });

  it('finds nothing for a name that is not in the glossary', () => {
    expect(find('Trotsky')).toEqual([]);
    expect(find('Khrushchev Brezhnev')).toEqual([]);
    expect(find('xyz')).toEqual([]);
    expect(find('Хрущёвa')).toEqual([]);
  });
});
