// A text of the corpus as one TEI P5 document: the mapping of docs/authoring.md §9, which this
// module implements and which src/lib/export/tei-read.ts reads back. Framework-free and pure:
// the same string for the same text and glossary.
import type { PartialDate } from '../corpus/dates.ts';
import type { InlineRun } from '../corpus/inline.ts';
import {
  LANGS,
  allSegments,
  mentionsIn,
  type Chapter,
  type Lang,
  type Segment,
  type Text
} from '../corpus/model.ts';
import type { Entry, SourceRef } from '../corpus/schema.ts';
import type { EntryType } from '../corpus/entry-types.ts';
import { attrs, el, escapeText, textEl } from './xml.ts';

export const TEI_NS = 'http://www.tei-c.org/ns/1.0';
export const PUBLISHER = 'The Bilingual Reader';

/**
 * xml:id values. Glossary ids have no `.`, so the prefixes `fr.`, `en.`, `t.` and `src.` can
 * never collide with one; a glossary id starting with a digit (not an XML name) gets `_` in
 * front, which no glossary id contains.
 */
export const xmlId = {
  segment: (lang: Lang, id: string) => `${lang}.${id}`,
  term: (id: string) => `t.${id}`,
  entry: (id: string) => (/^[0-9]/.test(id) ? `_${id}` : id),
  source: (n: number) => `src.${n}`
};

/** The element a mention of each type of entry becomes in the text, and its record's names. */
export const NAME_ELEMENT: Record<EntryType, string> = {
  person: 'persName',
  post: 'roleName',
  organization: 'orgName',
  event: 'eventName',
  place: 'placeName',
  document: 'title'
};

/** Each type's record element, and the list that holds the records in the <standOff>. */
export const RECORD: Record<
  EntryType,
  { list: string; listAttrs: Record<string, string>; record: string }
> = {
  person: { list: 'listPerson', listAttrs: {}, record: 'person' },
  post: { list: 'list', listAttrs: { type: 'posts' }, record: 'item' },
  organization: { list: 'listOrg', listAttrs: {}, record: 'org' },
  event: { list: 'listEvent', listAttrs: {}, record: 'event' },
  place: { list: 'listPlace', listAttrs: {}, record: 'place' },
  document: { list: 'listBibl', listAttrs: { type: 'documents' }, record: 'bibl' }
};

/** The order of the lists in the <standOff>. */
const LIST_ORDER: EntryType[] = ['person', 'post', 'organization', 'event', 'place', 'document'];

export const CEFR_SCHEME =
  'https://www.coe.int/en/web/common-european-framework-reference-languages';

/**
 * The glossary entries a text's document holds: every entry the text mentions, in either
 * language, and every entry those point at (posts held, related entries), so that each `@ref`
 * of the document resolves inside it. Sorted by id within each type.
 */
export function entriesOf(text: Text, entries: ReadonlyMap<string, Entry>): Entry[] {
  const wanted = new Set<string>();
  const queue: string[] = [];
  const add = (id: string) => {
    if (wanted.has(id) || !entries.has(id)) return;
    wanted.add(id);
    queue.push(id);
  };
  for (const segment of allSegments(text))
    for (const lang of LANGS) for (const id of mentionsIn(segment[lang].runs)) add(id);
  while (queue.length > 0) {
    const entry = entries.get(queue.pop()!)!;
    for (const tenure of entry.held) add(tenure.post);
    for (const id of entry.related) add(id);
  }
  return [...wanted]
    .map((id) => entries.get(id)!)
    .sort(
      (a, b) =>
        LIST_ORDER.indexOf(a.type) - LIST_ORDER.indexOf(b.type) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
}

/** A date as TEI's @when, @from and @to take it (W3C, Gregorian): `1922`, `1922-04`, `1922-04-03`. */
export function dateValue(date: PartialDate): string {
  return date.iso;
}

/**
 * `<precision precision="low">` for each approximate date (`~1922`) among an element's date
 * attributes; `match` selects the attribute from the parent of the <precision> (`@from`), or
 * from its grandparent (`../@from`) when the <precision> stands in a note.
 */
function precision(dates: [string, PartialDate | undefined][], path = ''): string {
  return dates
    .filter(([, date]) => date?.approximate)
    .map(([attr]) => el('precision', { match: `${path}@${attr}`, precision: 'low' }))
    .join('');
}

/** The inline runs of one segment side as TEI: mentions and terms become elements, text is escaped. */
export function runsToTei(runs: readonly InlineRun[], entries: ReadonlyMap<string, Entry>): string {
  let out = '';
  for (const run of runs) {
    if (run.kind === 'text') out += escapeText(run.text);
    else if (run.kind === 'term')
      out += el('term', { ref: `#${xmlId.term(run.term)}` }, runsToTei(run.children, entries));
    else {
      const type = entries.get(run.entity)?.type;
      if (!type) throw new Error(`mention of '${run.entity}', which is not in the glossary`);
      out += el(
        NAME_ELEMENT[type],
        { ref: `#${xmlId.entry(run.entity)}` },
        runsToTei(run.children, entries)
      );
    }
  }
  return out;
}

/** A line-based writer: structure is indented, mixed content is written on one line as it is. */
class Lines {
  readonly lines: string[] = [];
  private depth = 0;
  line(s: string) {
    this.lines.push('  '.repeat(this.depth) + s);
  }
  open(name: string, attributes: Parameters<typeof el>[1] = {}) {
    this.line(`<${name}${attrs(attributes)}>`);
    this.depth += 1;
  }
  close(name: string) {
    this.depth -= 1;
    this.line(`</${name}>`);
  }
}

function sourceBibl(source: SourceRef, attributes: Parameters<typeof el>[1] = {}): string {
  return el(
    'bibl',
    attributes,
    textEl('title', {}, source.title) + (source.url ? el('ptr', { target: source.url }) : '')
  );
}

function header(w: Lines, text: Text) {
  const { meta } = text;
  w.open('teiHeader');
  w.open('fileDesc');
  w.open('titleStmt');
  for (const lang of LANGS) w.line(textEl('title', { 'xml:lang': lang }, meta.title[lang]));
  w.line(textEl('author', {}, meta.author));
  w.line(
    el('respStmt', {}, textEl('resp', {}, 'translation') + textEl('name', {}, meta.translator))
  );
  w.close('titleStmt');
  w.open('publicationStmt');
  w.line(textEl('publisher', {}, PUBLISHER));
  w.line(textEl('idno', { type: 'slug' }, text.slug));
  w.open('availability');
  w.line(textEl('licence', { target: meta.license.url }, meta.license.name));
  if (meta.license.note)
    for (const lang of LANGS) w.line(textEl('p', { 'xml:lang': lang }, meta.license.note[lang]));
  w.close('availability');
  w.close('publicationStmt');
  if (meta.original) {
    w.open('notesStmt');
    w.line(textEl('note', { type: 'original-file' }, meta.original));
    w.close('notesStmt');
  }
  w.open('sourceDesc');
  for (const source of meta.source) w.line(sourceBibl(source));
  w.close('sourceDesc');
  w.close('fileDesc');
  w.open('profileDesc');
  w.open('langUsage');
  w.line(textEl('language', { ident: 'fr' }, 'French'));
  w.line(textEl('language', { ident: 'en' }, 'English'));
  w.close('langUsage');
  w.open('textClass');
  w.line(el('keywords', { scheme: CEFR_SCHEME }, textEl('term', { type: 'level' }, meta.level)));
  if (meta.topic) w.line(el('keywords', {}, textEl('term', { type: 'topic' }, meta.topic)));
  w.close('textClass');
  if (meta.description)
    for (const lang of LANGS)
      w.line(el('abstract', { 'xml:lang': lang }, textEl('p', {}, meta.description[lang])));
  w.close('profileDesc');
  w.close('teiHeader');
}

/** Dated parts of a record: birth and death of a person, attributes of an event, a note otherwise. */
function recordDates(entry: Entry): { attrs: Record<string, string>; content: string } {
  const dates = entry.dates;
  if (!dates || (!dates.from && !dates.to)) return { attrs: {}, content: '' };
  if (entry.type === 'person') {
    const one = (name: string, date: PartialDate | undefined) =>
      date ? el(name, { when: dateValue(date) }, precision([['when', date]])) : '';
    return { attrs: {}, content: one('birth', dates.from) + one('death', dates.to) };
  }
  const range = {
    from: dates.from && dateValue(dates.from),
    to: dates.to && dateValue(dates.to)
  };
  const approx = (path: string) =>
    precision(
      [
        ['from', dates.from],
        ['to', dates.to]
      ],
      path
    );
  if (entry.type === 'event') {
    // <event> holds no <precision> itself: an approximate date is marked in a note.
    return {
      attrs: Object.fromEntries(Object.entries(range).filter(([, v]) => v)) as Record<
        string,
        string
      >,
      content: approx('../') ? el('note', { type: 'precision' }, approx('../')) : ''
    };
  }
  return { attrs: {}, content: el('note', { type: 'existence' }, el('date', range, approx(''))) };
}

function record(w: Lines, entry: Entry, sourceIds: Map<string, string>) {
  const { record: name } = RECORD[entry.type];
  const nameEl = NAME_ELEMENT[entry.type];
  const dates = recordDates(entry);
  const sources = entry.source.map((s) => `#${sourceIds.get(sourceKey(s))!}`).join(' ');
  w.open(name, { 'xml:id': xmlId.entry(entry.id), ...dates.attrs, source: sources });
  for (const lang of LANGS) w.line(textEl(nameEl, { 'xml:lang': lang }, entry.name[lang]));
  if (entry.name.orig) w.line(textEl(nameEl, { type: 'original' }, entry.name.orig));
  for (const lang of LANGS)
    for (const alias of entry.aliases[lang])
      w.line(textEl(nameEl, { type: 'alias', 'xml:lang': lang }, alias));
  for (const alias of entry.aliases.orig)
    w.line(textEl(nameEl, { type: 'alias', subtype: 'original' }, alias));
  if (dates.content && entry.type === 'person') w.line(dates.content);
  for (const tenure of entry.held) {
    const range: [string, PartialDate | undefined][] = [
      ['from', tenure.from],
      ['to', tenure.to]
    ];
    const notes = tenure.note
      ? LANGS.map((lang) => textEl('note', { 'xml:lang': lang }, tenure.note![lang])).join('')
      : '';
    w.line(
      el(
        'affiliation',
        {
          type: tenure.unofficial ? 'unofficial' : undefined,
          ref: `#${xmlId.entry(tenure.post)}`,
          from: dateValue(tenure.from),
          to: tenure.to && dateValue(tenure.to)
        },
        precision(range) + notes
      )
    );
  }
  if (entry.wikidata) w.line(textEl('idno', { type: 'wikidata' }, entry.wikidata));
  if (dates.content && entry.type !== 'person') w.line(dates.content);
  for (const lang of LANGS)
    w.line(textEl('note', { type: 'summary', 'xml:lang': lang }, entry.summary[lang]));
  if (entry.note)
    for (const lang of LANGS) w.line(textEl('note', { 'xml:lang': lang }, entry.note[lang]));
  w.close(name);
}

function sourceKey(source: SourceRef): string {
  return JSON.stringify([source.title, source.url ?? null]);
}

function standOff(w: Lines, entries: Entry[]) {
  if (entries.length === 0) return;
  // Every source once, in order of first use; records point at theirs with @source.
  const sourceIds = new Map<string, string>();
  const sources: SourceRef[] = [];
  for (const entry of entries)
    for (const source of entry.source) {
      const key = sourceKey(source);
      if (sourceIds.has(key)) continue;
      sources.push(source);
      sourceIds.set(key, xmlId.source(sources.length));
    }
  w.open('standOff');
  for (const type of LIST_ORDER) {
    const ofType = entries.filter((e) => e.type === type);
    if (ofType.length === 0) continue;
    w.open(RECORD[type].list, RECORD[type].listAttrs);
    for (const entry of ofType) record(w, entry, sourceIds);
    w.close(RECORD[type].list);
  }
  const related = entries.filter((e) => e.related.length > 0);
  if (related.length > 0) {
    w.open('listRelation');
    for (const entry of related)
      w.line(
        el('relation', {
          name: 'related',
          active: `#${xmlId.entry(entry.id)}`,
          passive: entry.related.map((id) => `#${xmlId.entry(id)}`).join(' ')
        })
      );
    w.close('listRelation');
  }
  w.open('listBibl', { type: 'sources' });
  sources.forEach((source, i) => w.line(sourceBibl(source, { 'xml:id': xmlId.source(i + 1) })));
  w.close('listBibl');
  w.close('standOff');
}

function s(segment: Segment, lang: Lang, entries: ReadonlyMap<string, Entry>): string {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return el(
    's',
    {
      'xml:id': xmlId.segment(lang, segment.id),
      corresp: `#${xmlId.segment(other, segment.id)}`
    },
    runsToTei(segment[lang].runs, entries)
  );
}

/** A paragraph: one space between two segments, none after a glued one (`\` in the file). */
function paragraph(segments: Segment[], lang: Lang, entries: ReadonlyMap<string, Entry>): string {
  return el(
    'p',
    {},
    segments
      .map(
        (segment, i) =>
          s(segment, lang, entries) + (i < segments.length - 1 && !segment[lang].glue ? ' ' : '')
      )
      .join('')
  );
}

function chapterBody(w: Lines, chapter: Chapter, lang: Lang, entries: ReadonlyMap<string, Entry>) {
  if (chapter.heading) w.line(el('head', {}, s(chapter.heading, lang, entries)));
  for (const p of chapter.paragraphs) w.line(paragraph(p, lang, entries));
}

function side(w: Lines, text: Text, lang: Lang, entries: ReadonlyMap<string, Entry>) {
  w.open('text', { 'xml:lang': lang, type: lang === 'fr' ? 'original' : 'translation' });
  w.open('body');
  w.line(el('head', {}, s(text.title, lang, entries)));
  for (const chapter of text.chapters) {
    if (chapter.heading) {
      w.open('div', { type: 'chapter', n: chapter.id });
      chapterBody(w, chapter, lang, entries);
      w.close('div');
    } else chapterBody(w, chapter, lang, entries);
  }
  w.close('body');
  const terms = Object.entries(text.terms);
  if (lang === 'fr' && terms.length > 0) {
    w.open('back');
    w.open('div', { type: 'vocabulary' });
    w.open('list', { type: 'gloss' });
    for (const [id, term] of terms) {
      w.line(
        el(
          'label',
          {},
          textEl(
            'term',
            { 'xml:id': xmlId.term(id), type: term.pos, subtype: term.gender },
            term.lemma
          )
        )
      );
      const notes = term.note
        ? LANGS.map((l) => textEl('note', { 'xml:lang': l }, term.note![l])).join('')
        : '';
      w.line(el('item', {}, textEl('gloss', {}, term.gloss) + notes));
    }
    w.close('list');
    w.close('div');
    w.close('back');
  }
  w.close('text');
}

/**
 * The TEI document of one text. `entries` is the whole glossary (the corpus's `entries`): the
 * document's <standOff> holds those of entriesOf(text).
 */
export function textToTei(text: Text, entries: ReadonlyMap<string, Entry>): string {
  const w = new Lines();
  w.line('<?xml version="1.0" encoding="UTF-8"?>');
  w.open('TEI', { xmlns: TEI_NS });
  header(w, text);
  standOff(w, entriesOf(text, entries));
  w.open('text');
  w.open('group');
  for (const lang of LANGS) side(w, text, lang, entries);
  w.close('group');
  w.close('text');
  w.close('TEI');
  return w.lines.join('\n') + '\n';
}
