import { describe, expect, it } from 'vitest';
import type { Candidate, LookupResult } from '$lib/lexicon/types.ts';
import { wordAt, wordCardView, wordIn } from './word-card.ts';

const TEXT = "L'homme a peut-être vu 1953 chevaux, dit-il.";

describe('wordAt', () => {
  it('finds the word an offset falls in, with its neighbours', () => {
    expect(wordAt(TEXT, 3)).toEqual({ word: 'homme', start: 2, end: 7, previous: "L'", next: 'a' });
    expect(wordAt(TEXT, 0)).toMatchObject({ word: "L'", next: 'homme' });
  });
  it('keeps a hyphenated word whole', () => {
    expect(wordAt(TEXT, 12)).toMatchObject({ word: 'peut-être', start: 10, end: 19 });
    expect(wordAt(TEXT, TEXT.indexOf('il'))).toMatchObject({ word: 'dit-il' });
  });
  it('takes the word a caret ends, and nothing between words or in a number', () => {
    expect(wordAt(TEXT, 7)).toMatchObject({ word: 'homme' });
    expect(wordAt(TEXT, TEXT.indexOf('1953') + 1)).toBeUndefined();
    expect(wordAt('un , deux', 3)).toBeUndefined();
    expect(wordAt('', 0)).toBeUndefined();
  });
});

describe('wordIn', () => {
  it('gives the first word a selection overlaps', () => {
    expect(wordIn(TEXT, 1, 9)).toMatchObject({ word: "L'" });
    expect(wordIn(TEXT, 2, 9)).toMatchObject({ word: 'homme' });
    expect(wordIn(TEXT, 20, 35)).toMatchObject({ word: 'vu' });
    expect(wordIn(TEXT, 23, 27)).toBeUndefined();
  });
});

const candidate = (over: Partial<Candidate>): Candidate => ({
  lemma: 'chat',
  pos: 'noun',
  analyses: [],
  senses: [],
  ...over
});

describe('wordCardView', () => {
  it('lists readings with senses, best first, each sense on one line', () => {
    const result: LookupResult = {
      form: 'chats',
      status: 'found',
      candidates: [
        candidate({
          gender: 'm',
          senses: [
            { source: 'freedict', translations: ['cat', 'tomcat'] },
            { source: 'freedict', translations: ['cat'], domain: 'zool' },
            { source: 'freedict', translations: ['cat', 'tomcat'] }
          ]
        }),
        candidate({ lemma: 'chatter', pos: 'verb' }),
        candidate({
          pos: 'adjective',
          senses: [
            { source: 'freedict', translations: ['cat', 'tomcat'] },
            { source: 'freedict', translations: ['cat'], domain: 'zool' }
          ]
        })
      ]
    };
    expect(wordCardView(result)).toEqual({
      state: 'found',
      readings: [{ lemma: 'chat', pos: 'noun', gender: 'm', senses: ['cat, tomcat', '(zool) cat'] }]
    });
  });
  it('says the dictionary has nothing for an unknown word or one without senses', () => {
    expect(wordCardView({ form: 'zorglub', status: 'unknown', candidates: [] })).toEqual({
      state: 'nothing'
    });
    expect(
      wordCardView({ form: 'x', status: 'no-sense', candidates: [candidate({ lemma: 'x' })] })
    ).toEqual({ state: 'nothing' });
  });
  it('says the data is unavailable when a file could not be read', () => {
    expect(wordCardView({ form: 'chat', status: 'unavailable', candidates: [] })).toEqual({
      state: 'unavailable'
    });
  });
  it('falls back on the parts of a hyphenated word', () => {
    const part = (form: string, status: LookupResult['status']): LookupResult => ({
      form,
      status,
      candidates:
        status === 'found'
          ? [candidate({ lemma: form, senses: [{ source: 'freedict', translations: [form] }] })]
          : []
    });
    const view = wordCardView({
      form: 'chat-zorglub',
      status: 'unknown',
      candidates: [],
      parts: [part('chat', 'found'), part('zorglub', 'unknown')]
    });
    expect(view).toEqual({
      state: 'found',
      readings: [{ part: 'chat', lemma: 'chat', pos: 'noun', senses: ['chat'] }]
    });
    expect(
      wordCardView({
        form: 'a-b',
        status: 'unavailable',
        candidates: [],
        parts: [part('a', 'unavailable')]
      })
    ).toEqual({ state: 'unavailable' });
  });
});
