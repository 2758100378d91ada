// A text of the corpus as a bilingual EPUB 3: the French and the English side by side (a table
// per paragraph) or alternating sentence by sentence; each glossary entry the text mentions as a
// footnote its mentions point at (epub:type="noteref", which reading systems show as a popup);
// the vocabulary as a glossary chapter; the licence and the sources at the end. Everything
// authored is escaped (xml.ts). Framework-free: the site's endpoint and `npm run export:epub`
// both call textToEpub.
import { createHash } from 'node:crypto';
import { zipSync, strToU8, type Zippable } from 'fflate';
import type { PartialDate } from '../corpus/dates.ts';
import type { InlineRun } from '../corpus/inline.ts';
import { type Chapter, type Lang, type Segment, type Text } from '../corpus/model.ts';
import type { Entry } from '../corpus/schema.ts';
import { entriesOf } from './tei.ts';
import { attrs, el, escapeText, textEl } from './xml.ts';

export const EPUB_LAYOUTS = ['side-by-side', 'alternating'] as const;
export type EpubLayout = (typeof EPUB_LAYOUTS)[number];

export interface EpubOptions {
  layout: EpubLayout;
  /** dcterms:modified, and the date of every file in the zip. */
  modified: Date;
}

/** The file name each layout gets, on the site (/epub/<name>) and from `npm run export:epub`. */
export function epubFileName(slug: string, layout: EpubLayout): string {
  return layout === 'side-by-side' ? `${slug}.epub` : `${slug}.alternating.epub`;
}

/** `lang` and `xml:lang`, as an XHTML content document wants both. */
const langAttrs = (lang: Lang) => ({ lang, 'xml:lang': lang });

const noteId = (entry: string) => `note-${entry}`;
const termId = (term: string) => `term-${term}`;

function xhtml(title: string, lang: Lang, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"${attrs(langAttrs(lang))}>\n` +
    `<head><meta charset="utf-8"/>${textEl('title', {}, title)}` +
    '<link rel="stylesheet" type="text/css" href="style.css"/></head>\n' +
    `<body>\n${body}\n</body>\n</html>\n`
  );
}

/**
 * Runs as XHTML: a mention is a note reference to its entry's footnote, a term outside a mention
 * a link to its line in the vocabulary (a term inside a mention is only marked: links do not nest).
 */
function runsToXhtml(runs: readonly InlineRun[], inLink = false): string {
  let out = '';
  for (const run of runs) {
    if (run.kind === 'text') out += escapeText(run.text);
    else if (run.kind === 'term')
      out += inLink
        ? el('span', { class: 'term' }, runsToXhtml(run.children, true))
        : el(
            'a',
            { class: 'term', href: `vocabulary.xhtml#${termId(run.term)}` },
            runsToXhtml(run.children, true)
          );
    else
      out += el(
        'a',
        { 'epub:type': 'noteref', class: 'mention', href: `#${noteId(run.entity)}` },
        runsToXhtml(run.children, true)
      );
  }
  return out;
}

/** A paragraph's segments in one language: one space between two, none after a glued one. */
function paragraphXhtml(segments: readonly Segment[], lang: Lang): string {
  return segments
    .map(
      (s, i) => runsToXhtml(s[lang].runs) + (i < segments.length - 1 && !s[lang].glue ? ' ' : '')
    )
    .join('');
}

function pair(tag: 'td' | 'th', content: (lang: Lang) => string): string {
  return el(
    'tr',
    {},
    (['fr', 'en'] as Lang[])
      .map((lang) => el(tag, { ...langAttrs(lang), class: lang }, content(lang)))
      .join('')
  );
}

function headingXhtml(level: 1 | 2, segment: Segment, id?: string): string {
  return (
    el(`h${level}`, { id, ...langAttrs('fr') }, runsToXhtml(segment.fr.runs)) +
    '\n' +
    el('p', { class: `h${level} en`, ...langAttrs('en') }, runsToXhtml(segment.en.runs))
  );
}

function chapterXhtml(chapter: Chapter, layout: EpubLayout): string {
  const parts: string[] = [];
  if (chapter.heading) parts.push(headingXhtml(2, chapter.heading, `chapter-${chapter.index + 1}`));
  for (const paragraph of chapter.paragraphs) {
    if (layout === 'side-by-side') {
      parts.push(
        el(
          'table',
          { class: 'pair' },
          pair('td', (lang) => paragraphXhtml(paragraph, lang))
        )
      );
    } else {
      parts.push(
        el(
          'div',
          { class: 'paragraph' },
          paragraph
            .map((s) =>
              (['fr', 'en'] as Lang[])
                .map((lang) =>
                  el('p', { ...langAttrs(lang), class: lang }, runsToXhtml(s[lang].runs))
                )
                .join('')
            )
            .join('\n')
        )
      );
    }
  }
  const body = parts.join('\n');
  return chapter.heading ? el('section', { 'epub:type': 'chapter' }, `\n${body}\n`) : body;
}

function dateText(date: PartialDate | undefined): string {
  return date ? `${date.approximate ? 'c. ' : ''}${date.iso}` : '?';
}

/** One footnote per mentioned entry: its names, dates and summaries in both languages. */
function footnote(entry: Entry): string {
  const dates =
    entry.dates && (entry.dates.from || entry.dates.to)
      ? ` (${dateText(entry.dates.from)} – ${dateText(entry.dates.to)})`
      : '';
  return el(
    'aside',
    { 'epub:type': 'footnote', id: noteId(entry.id), class: 'entry' },
    el(
      'p',
      {},
      el('b', langAttrs('fr'), escapeText(entry.name.fr)) +
        ' / ' +
        el('b', langAttrs('en'), escapeText(entry.name.en)) +
        escapeText(dates)
    ) +
      textEl('p', langAttrs('fr'), entry.summary.fr) +
      textEl('p', langAttrs('en'), entry.summary.en)
  );
}

function mentioned(text: Text, entries: ReadonlyMap<string, Entry>): Entry[] {
  const ids = new Set<string>();
  const visit = (runs: readonly InlineRun[]) => {
    for (const run of runs)
      if (run.kind === 'mention') {
        ids.add(run.entity);
      } else if (run.kind === 'term') visit(run.children);
  };
  const segments = [
    text.title,
    ...text.chapters.flatMap((c) => [...(c.heading ? [c.heading] : []), ...c.paragraphs.flat()])
  ];
  for (const s of segments) for (const lang of ['fr', 'en'] as Lang[]) visit(s[lang].runs);
  // entriesOf's order (by type, then id), limited to the entries the text itself mentions.
  return entriesOf(text, entries).filter((e) => ids.has(e.id));
}

function textXhtml(text: Text, entries: ReadonlyMap<string, Entry>, layout: EpubLayout): string {
  const body = [
    el(
      'section',
      { 'epub:type': 'bodymatter' },
      [
        headingXhtml(1, text.title, 'title'),
        ...text.chapters.map((c) => chapterXhtml(c, layout))
      ].join('\n')
    ),
    el(
      'section',
      { class: 'notes', 'epub:type': 'footnotes' },
      mentioned(text, entries).map(footnote).join('\n')
    )
  ].join('\n');
  return xhtml(text.meta.title.fr, 'fr', body);
}

function vocabularyXhtml(text: Text): string {
  const items = Object.entries(text.terms).map(([id, term]) => {
    const grammar = term.gender ? `${term.pos}, ${term.gender}` : term.pos;
    return (
      el(
        'dt',
        { 'epub:type': 'glossterm', id: termId(id) },
        el('dfn', langAttrs('fr'), escapeText(term.lemma)) +
          ' ' +
          textEl('span', { class: 'pos' }, `(${grammar})`)
      ) +
      '\n' +
      el(
        'dd',
        { 'epub:type': 'glossdef' },
        textEl('p', langAttrs('en'), term.gloss) +
          (term.note
            ? textEl('p', langAttrs('fr'), term.note.fr) +
              textEl('p', langAttrs('en'), term.note.en)
            : '')
      )
    );
  });
  return xhtml(
    'Vocabulaire — Vocabulary',
    'fr',
    el(
      'section',
      { 'epub:type': 'glossary' },
      '<h1>Vocabulaire <span lang="en" xml:lang="en">/ Vocabulary</span></h1>\n' +
        el('dl', {}, items.join('\n'))
    )
  );
}

function aboutXhtml(text: Text): string {
  const { meta } = text;
  const source = (s: { title: string; url?: string }) =>
    el(
      'li',
      {},
      escapeText(s.title) + (s.url ? ' — ' + el('a', { href: s.url }, escapeText(s.url)) : '')
    );
  const licence = meta.license.url
    ? el('a', { href: meta.license.url }, escapeText(meta.license.name))
    : escapeText(meta.license.name);
  return xhtml(
    'Licence et sources — Licence and sources',
    'en',
    el(
      'section',
      { 'epub:type': 'backmatter' },
      [
        '<h1>Licence et sources / Licence and sources</h1>',
        el('p', {}, 'Author: ' + escapeText(meta.author)),
        el('p', {}, 'Translator: ' + escapeText(meta.translator)),
        el('p', {}, 'Licence: ' + licence),
        ...(meta.license.note
          ? [
              textEl('p', langAttrs('fr'), meta.license.note.fr),
              textEl('p', langAttrs('en'), meta.license.note.en)
            ]
          : []),
        '<h2>Sources</h2>',
        el('ul', {}, meta.source.map(source).join('')),
        textEl(
          'p',
          {},
          'The glossary notes are the reader team’s work; each entry lists its own sources in the TEI export of this text.'
        )
      ].join('\n')
    )
  );
}

function navXhtml(text: Text, hasVocabulary: boolean): string {
  const chapters = text.chapters
    .filter((c) => c.heading)
    .map((c) =>
      el(
        'li',
        {},
        el(
          'a',
          { href: `text.xhtml#chapter-${c.index + 1}` },
          escapeText(c.heading!.fr.runs.map(plain).join(''))
        )
      )
    );
  const items = [
    el(
      'li',
      {},
      el('a', { href: 'text.xhtml#title' }, escapeText(text.meta.title.fr)) +
        (chapters.length > 0 ? el('ol', {}, chapters.join('')) : '')
    ),
    ...(hasVocabulary
      ? [el('li', {}, el('a', { href: 'vocabulary.xhtml' }, 'Vocabulaire / Vocabulary'))]
      : []),
    el('li', {}, el('a', { href: 'about.xhtml' }, 'Licence et sources / Licence and sources'))
  ];
  return xhtml(
    text.meta.title.fr,
    'fr',
    el(
      'nav',
      { 'epub:type': 'toc', id: 'toc' },
      '<h1>Table des matières</h1>' + el('ol', {}, items.join(''))
    )
  );
}

function plain(run: InlineRun): string {
  return run.kind === 'text' ? run.text : run.children.map(plain).join('');
}

const STYLE = `body { margin: 0 0.5em; line-height: 1.4; }
h1, h2 { margin-bottom: 0.1em; }
p.h1, p.h2 { margin-top: 0; font-style: italic; }
p.h1 { font-size: 1.4em; }
p.h2 { font-size: 1.1em; }
table.pair { width: 100%; border-collapse: collapse; margin: 0 0 1em; }
table.pair td { width: 50%; vertical-align: top; padding: 0 0.5em 0 0; }
table.pair td.en, div.paragraph p.en { color: #333; }
div.paragraph { margin: 0 0 1em; }
div.paragraph p { margin: 0; }
div.paragraph p.en { margin: 0 0 0.4em 1em; font-style: italic; }
a.mention, a.term { color: inherit; }
a.mention { text-decoration: underline; }
a.term, span.term { text-decoration: underline dotted; }
aside.entry { font-size: 0.9em; border-top: 1px solid #999; margin-top: 1em; }
dt { font-weight: bold; margin-top: 0.6em; }
dd p { margin: 0.2em 0; }
`;

/** A stable identifier for one text in one layout. */
function identifier(slug: string, layout: EpubLayout): string {
  const h = createHash('sha1').update(`bilingual-reader/${slug}/${layout}`).digest('hex');
  const v = `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return `urn:uuid:${v}`;
}

function packageOpf(text: Text, options: EpubOptions, hasVocabulary: boolean): string {
  const { meta } = text;
  const modified = options.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const metadata = [
    el('dc:identifier', { id: 'uid' }, escapeText(identifier(text.slug, options.layout))),
    el('dc:title', { id: 'title-fr', 'xml:lang': 'fr' }, escapeText(meta.title.fr)),
    el('dc:title', { id: 'title-en', 'xml:lang': 'en' }, escapeText(meta.title.en)),
    '<meta refines="#title-fr" property="title-type">main</meta>',
    '<meta refines="#title-en" property="title-type">subtitle</meta>',
    '<dc:language>fr</dc:language>',
    '<dc:language>en</dc:language>',
    el('dc:creator', { id: 'author' }, escapeText(meta.author)),
    el('dc:contributor', { id: 'translator' }, escapeText(meta.translator)),
    '<meta refines="#translator" property="role" scheme="marc:relators">trl</meta>',
    el(
      'dc:rights',
      {},
      escapeText(meta.license.name + (meta.license.url ? ` (${meta.license.url})` : ''))
    ),
    ...meta.source.map((s) =>
      el('dc:source', {}, escapeText(s.url ? `${s.title} ${s.url}` : s.title))
    ),
    ...(meta.description
      ? [el('dc:description', { 'xml:lang': 'en' }, escapeText(meta.description.en))]
      : []),
    `<meta property="dcterms:modified">${modified}</meta>`
  ];
  const manifest = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="text" href="text.xhtml" media-type="application/xhtml+xml"/>',
    ...(hasVocabulary
      ? ['<item id="vocabulary" href="vocabulary.xhtml" media-type="application/xhtml+xml"/>']
      : []),
    '<item id="about" href="about.xhtml" media-type="application/xhtml+xml"/>',
    '<item id="style" href="style.css" media-type="text/css"/>'
  ];
  const spine = [
    '<itemref idref="text"/>',
    ...(hasVocabulary ? ['<itemref idref="vocabulary"/>'] : []),
    '<itemref idref="about"/>'
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="fr">\n' +
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n${metadata.join('\n')}\n</metadata>\n` +
    `<manifest>\n${manifest.join('\n')}\n</manifest>\n` +
    `<spine>\n${spine.join('\n')}\n</spine>\n</package>\n`
  );
}

const CONTAINER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n' +
  '<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>\n' +
  '</container>\n';

/** The files of the EPUB by path, in the order they go into the zip (mimetype first). */
export function epubFiles(
  text: Text,
  entries: ReadonlyMap<string, Entry>,
  options: EpubOptions
): [string, string][] {
  const hasVocabulary = Object.keys(text.terms).length > 0;
  return [
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', CONTAINER],
    ['EPUB/package.opf', packageOpf(text, options, hasVocabulary)],
    ['EPUB/nav.xhtml', navXhtml(text, hasVocabulary)],
    ['EPUB/text.xhtml', textXhtml(text, entries, options.layout)],
    ...(hasVocabulary
      ? [['EPUB/vocabulary.xhtml', vocabularyXhtml(text)] as [string, string]]
      : []),
    ['EPUB/about.xhtml', aboutXhtml(text)],
    ['EPUB/style.css', STYLE]
  ];
}

/** The EPUB as zip bytes: `mimetype` first and stored uncompressed, as OCF requires. */
export function textToEpub(
  text: Text,
  entries: ReadonlyMap<string, Entry>,
  options: EpubOptions
): Uint8Array<ArrayBuffer> {
  const zippable: Zippable = {};
  for (const [path, content] of epubFiles(text, entries, options)) {
    zippable[path] = [
      strToU8(content),
      { level: path === 'mimetype' ? 0 : 9, mtime: options.modified }
    ];
  }
  // fflate allocates a fresh ArrayBuffer: the bytes can go straight into a Response.
  return zipSync(zippable) as Uint8Array<ArrayBuffer>;
}

/**
 * The date an export carries: SOURCE_DATE_EPOCH (seconds) when set, for reproducible files,
 * else now, to the second.
 */
export function exportDate(env: Record<string, string | undefined> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const ms = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch * 1000 : Date.now();
  return new Date(Math.floor(ms / 1000) * 1000);
}
