import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InlineRun, TextRun } from '../corpus/inline.ts';
import type { Chapter, Segment } from '../corpus/model.ts';
import {
  chapterHtml,
  escapeHtml,
  paragraphSize,
  segmentHtml,
  type ChapterHtmlOptions
} from './render-html.ts';

const options: ChapterHtmlOptions = {
  types: { stalin: 'person', 'general-secretary': 'post' },
  entryHref: (id) => `/fr/glossary/${id}`,
  termHref: '/fr/vocabulary/premiere-position',
  labels: { copyLink: 'Copier un lien vers cette phrase', speak: 'Lire cette phrase à voix haute' },
  speechNoteId: 'speech-note'
};

const side = (runs: InlineRun[]) => ({ runs, glue: false, line: 1 });
const text = (t: string): TextRun => ({ kind: 'text', text: t });

function segment(id: string, fr: InlineRun[], en: InlineRun[] = [text('English.')]): Segment {
  return { id, fr: side(fr), en: side(en) };
}

/** The text a browser would show for a piece of markup: tags dropped, entities decoded. */
function shown(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The content of the one `<span class="seg <lang>">` of a segment's markup. */
function half(html: string, lang: 'fr' | 'en'): string {
  const start = html.indexOf(`<span class="seg ${lang}" lang="${lang}">`);
  expect(start).toBeGreaterThanOrEqual(0);
  let depth = 0;
  const open = html.indexOf('>', start) + 1;
  for (let i = open; i < html.length; i++) {
    if (html.startsWith('<span', i)) depth += 1;
    else if (html.startsWith('</span>', i)) {
      if (depth === 0) return html.slice(open, i);
      depth -= 1;
    }
  }
  throw new Error('unclosed half');
}

describe('segmentHtml', () => {
  it('writes mentions as glossary links with their type, and terms as vocabulary links', () => {
    const html = segmentHtml(
      segment('1.2', [
        text('Le '),
        { kind: 'mention', entity: 'stalin', children: [text('Staline')], line: 1, column: 1 },
        text(' fut '),
        { kind: 'term', term: 'destitue', children: [text('destitué')], line: 1, column: 1 }
      ]),
      options
    );
    expect(html).toContain(
      '<a class="mention" data-type="person" data-entity="stalin" href="/fr/glossary/stalin">Staline</a>'
    );
    expect(html).toContain(
      '<a class="term" data-term="destitue" href="/fr/vocabulary/premiere-position#t-destitue">destitué</a>'
    );
    expect(html.startsWith('<div class="segment" id="s-1.2">')).toBe(true);
    expect(html.endsWith('</div>')).toBe(true);
    expect(shown(half(html, 'fr'))).toBe('Le Staline fut destitué');
    expect(shown(half(html, 'en'))).toBe('English.');
  });

  it('marks a term inside a mention without nesting a link in a link', () => {
    const html = segmentHtml(
      segment('1.11', [
        {
          kind: 'mention',
          entity: 'general-secretary',
          children: [
            text('poste '),
            { kind: 'term', term: 'officieux', children: [text('officieux')], line: 1, column: 1 }
          ],
          line: 1,
          column: 1
        }
      ]),
      options
    );
    expect(html).toContain(
      '<a class="mention" data-type="post" data-entity="general-secretary" href="/fr/glossary/general-secretary">poste <span class="term" data-term="officieux">officieux</span></a>'
    );
  });

  it('gives each segment a link to itself and a read-aloud button that name the segment', () => {
    const html = segmentHtml(segment('2.1', [text('Texte.')]), options);
    expect(html).toContain(
      '<a class="segment-link" href="#s-2.1" aria-label="Copier un lien vers cette phrase (2.1)">#</a>'
    );
    expect(html).toContain(
      '<button type="button" class="speak-button" aria-label="Lire cette phrase à voix haute (2.1)" aria-pressed="false" aria-describedby="speech-note"></button>'
    );
  });

  it('uses the heading tag and class asked for', () => {
    const html = segmentHtml(segment('title', [text('Titre')]), options, 'h1', 'reader-title');
    expect(html.startsWith('<h1 class="segment reader-title" id="s-title">')).toBe(true);
    expect(html.endsWith('</h1>')).toBe(true);
  });

  it('escapes markup in text, ids and labels', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=\'y\'>';
    const html = segmentHtml(
      segment('1"><b', [
        text(hostile),
        { kind: 'mention', entity: 'x" onclick="y', children: [text('<b>')], line: 1, column: 1 }
      ]),
      { ...options, labels: { copyLink: '<i>', speak: '"q"' } }
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<b[ >]/);
    expect(html).not.toContain('<i>');
    // The quote stays escaped: the attribute cannot end early and start an event handler.
    expect(html).not.toMatch(/ onclick="/);
    expect(html).toContain('data-entity="x&quot; onclick=&quot;y"');
    expect(html).toContain('id="s-1&quot;&gt;&lt;b"');
    expect(shown(half(html, 'fr'))).toBe(hostile + '<b>');
  });

  it('keeps any text exactly and lets no tag through but its own', () => {
    const allowed = /^<\/?(div|span|a|button|h1|h2)( [a-z-]+(="[^"<>]*")?)*>$/;
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        fc.string({ maxLength: 8 }),
        (pieces, label) => {
          const runs: InlineRun[] = pieces.map((piece, i) =>
            i % 2 === 1
              ? { kind: 'mention', entity: 'stalin', children: [text(piece)], line: 1, column: 1 }
              : text(piece)
          );
          const html = segmentHtml(segment('1.1', runs, [text(label)]), {
            ...options,
            labels: { copyLink: label, speak: label }
          });
          for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(allowed);
          expect(shown(half(html, 'fr'))).toBe(pieces.join(''));
          expect(shown(half(html, 'en'))).toBe(label);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe('chapterHtml', () => {
  it('writes the heading, then each paragraph with its segments in order', () => {
    const chapter: Chapter = {
      id: 'c2',
      index: 1,
      start: 5,
      segmentCount: 4,
      heading: segment('c2', [text('Chapitre deux')]),
      paragraphs: [
        [segment('2.1', [text('Un.')]), segment('2.2', [text('Deux.')])],
        [segment('2.3', [text('Trois.')])]
      ]
    };
    const html = chapterHtml(chapter, options);
    expect(html.startsWith('<h2 class="segment chapter-heading" id="s-c2">')).toBe(true);
    expect(
      [...html.matchAll(/<div class="paragraph" data-size="([a-z]+)">/g)].map((m) => m[1])
    ).toEqual(['s', 's']);
    expect([...html.matchAll(/ id="s-([^"]+)"/g)].map((m) => m[1])).toEqual([
      'c2',
      '2.1',
      '2.2',
      '2.3'
    ]);
    const second = html.indexOf('<div class="paragraph"', html.indexOf('s-2.2'));
    expect(html.indexOf('s-2.3')).toBeGreaterThan(second);
  });

  it('writes no heading for an untitled chapter', () => {
    const html = chapterHtml(
      {
        id: '',
        index: 0,
        start: 1,
        segmentCount: 1,
        paragraphs: [[segment('1.1', [text('Seul.')])]]
      },
      options
    );
    expect(
      html.startsWith('<div class="paragraph" data-size="s"><div class="segment" id="s-1.1">')
    ).toBe(true);
  });
});

describe('paragraphSize', () => {
  it('steps at 3, 7 and 15 sentences', () => {
    expect([1, 3, 4, 7, 8, 15, 16, 90].map(paragraphSize)).toEqual([
      's',
      's',
      'm',
      'm',
      'l',
      'l',
      'xl',
      'xl'
    ]);
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
    );
  });
});
