import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { InlineRun, MentionRun, TermRun, TextRun } from '$lib/corpus/index.ts';
import { I18N_CONTEXT, localizedPath, type I18n } from '$lib/i18n/context.ts';
import { translator } from '$lib/i18n/index.ts';
import { segmentHtml, type ChapterHtmlOptions } from './render-html.ts';
import Runs from './Runs.svelte';

// The reader's rows are written at build time by render-html.ts; the sentences an entry page
// quotes are rendered by Runs.svelte. A reader who meets a sentence in both must find the same
// words and the same links, so the two renderers are held to each other here.

const types = { stalin: 'person', 'general-secretary': 'post' } as const;
const termHref = '/vocabulary/t';

const at = { line: 1, column: 1 };
const plain = (text: string): TextRun => ({ kind: 'text', text });
const mention = (entity: string, children: MentionRun['children']): MentionRun => ({
  kind: 'mention',
  entity,
  children,
  ...at
});
const term = (id: string, text: string): TermRun => ({
  kind: 'term',
  term: id,
  children: [plain(text)],
  ...at
});

const RUNS: InlineRun[][] = [
  [plain('Plain <b>"text"</b> & \'quotes\'')],
  [
    mention('stalin', [plain('Staline')]),
    plain(' devint '),
    mention('general-secretary', [term('secretaire', 'secrétaire'), plain(' général')]),
    plain(', '),
    term('en-1922', 'en 1922'),
    plain('.')
  ],
  [mention('unknown', [plain('X')])]
];

function context(lang: 'en' | 'fr'): Map<symbol, I18n> {
  const i18n: I18n = {
    lang,
    t: translator(lang),
    href: (path) => localizedPath(path, lang),
    date: () => '',
    number: (n) => String(n)
  };
  return new Map([[I18N_CONTEXT, i18n]]);
}

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The words a reader sees, and each link or marked term: its kind, target and words. */
function described(html: string) {
  const clean = html.replace(/<!--[^]*?-->/g, '');
  const marks = [...clean.matchAll(/<(a|span) ([^>]*)>/g)].map(([, tag, attributes]) => {
    const attr = (name: string) => new RegExp(` ?${name}="([^"]*)"`).exec(` ${attributes}`)?.[1];
    return {
      tag,
      class: attr('class'),
      entity: attr('data-entity'),
      term: attr('data-term'),
      type: attr('data-type'),
      href: attr('href') && decode(attr('href')!)
    };
  });
  return { text: decode(clean.replace(/<[^>]*>/g, '')), marks };
}

describe('the reader’s rows and Runs.svelte', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`show the same words and the same links (${lang})`, () => {
      const options: ChapterHtmlOptions = {
        types,
        entryHref: (id) => localizedPath(`/glossary/${id}`, lang),
        termHref: localizedPath(termHref, lang),
        labels: { copyLink: 'Copy', speak: 'Speak' },
        speechNoteId: 'note'
      };
      for (const runs of RUNS) {
        const row = segmentHtml(
          { id: '1.1', fr: { runs, glue: false, line: 1 }, en: { runs: [], glue: false, line: 1 } },
          options
        );
        const french = /<span class="seg fr" lang="fr">(.*?)<\/span> <span class="seg en"/s.exec(
          row
        )![1]!;
        const { body } = render(Runs, {
          props: { runs, types, termHref: localizedPath(termHref, lang) },
          context: context(lang)
        });
        expect(described(body)).toEqual(described(french));
      }
    });
  }

  it('tells a mention, a term inside a mention and a term apart', () => {
    const { body } = render(Runs, {
      props: { runs: RUNS[1]!, types, termHref },
      context: context('en')
    });
    expect(described(body).marks).toEqual([
      expect.objectContaining({ tag: 'a', entity: 'stalin', href: '/glossary/stalin' }),
      expect.objectContaining({ tag: 'a', entity: 'general-secretary', type: 'post' }),
      expect.objectContaining({ tag: 'span', term: 'secretaire', href: undefined }),
      expect.objectContaining({ tag: 'a', term: 'en-1922', href: '/vocabulary/t#t-en-1922' })
    ]);
    expect(described(body).text).toBe('Staline devint secrétaire général, en 1922.');
  });
});
