// Reads a TEI document written by tei.ts back into the corpus model: the text (metadata,
// chapters, paragraphs, segments with their runs and glue, vocabulary) and the glossary entries
// of its <standOff>. The round-trip test holds the two modules to each other and to
// docs/authoring.md §9. Parsing is saxes: a strict, namespace-aware XML 1.0 parser that reports
// character data exactly as written (no trimming, no entity expansion beyond XML's own), so the
// text of every segment comes back byte for byte.
import { SaxesParser } from 'saxes';
import { parsePartialDate, type PartialDate } from '../corpus/dates.ts';
import type { InlineRun, TermRun, TextRun } from '../corpus/inline.ts';
import type { Chapter, Lang, Segment, SegmentSide, Text } from '../corpus/model.ts';
import type { Entry, SourceRef, Tenure, Term, TextMeta } from '../corpus/schema.ts';
import type { EntryType } from '../corpus/entry-types.ts';
import { NAME_ELEMENT, RECORD, TEI_NS } from './tei.ts';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Parses XML into a small tree of TEI elements; anything outside the TEI namespace is an error. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    if (tag.uri !== TEI_NS) throw new Error(`element '${tag.name}' is not in the TEI namespace`);
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (typeof attr === 'string') continue;
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs[attr.name] = attr.value;
    }
    const node: XmlElement = { name: tag.local, attrs, children: [] };
    if (stack.length > 0) stack[stack.length - 1]!.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
    else top.children.push(text);
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name)
  );

function child(node: XmlElement, name: string, where?: (e: XmlElement) => boolean): XmlElement {
  const found = elements(node, name).find((e) => !where || where(e));
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

const optionalChild = (node: XmlElement, name: string, where?: (e: XmlElement) => boolean) =>
  elements(node, name).find((e) => !where || where(e));

/** The character data of an element that holds text only. */
function textOf(node: XmlElement): string {
  return node.children
    .map((c) => {
      if (typeof c !== 'string') throw new Error(`<${node.name}> holds <${c.name}>, not text`);
      return c;
    })
    .join('');
}

const lang = (l: string) => (e: XmlElement) => e.attrs['xml:lang'] === l;

function bilingual(nodes: XmlElement[]): { fr: string; en: string } | undefined {
  const fr = nodes.find(lang('fr'));
  const en = nodes.find(lang('en'));
  if (!fr && !en) return undefined;
  if (!fr || !en) throw new Error(`<${(fr ?? en)!.name}> in one language only`);
  return { fr: textOf(fr), en: textOf(en) };
}

/** `#id` → id, undoing the `_` that tei.ts puts before a glossary id starting with a digit. */
function refId(ref: string | undefined, prefix = ''): string {
  if (!ref?.startsWith(`#${prefix}`)) throw new Error(`'${ref}' is not a reference to #${prefix}…`);
  const id = ref.slice(1 + prefix.length);
  return /^_[0-9]/.test(id) ? id.slice(1) : id;
}

function sourceRef(bibl: XmlElement): SourceRef {
  const ptr = optionalChild(bibl, 'ptr');
  const source: SourceRef = { title: textOf(child(bibl, 'title')) };
  if (ptr) source.url = ptr.attrs.target;
  return source;
}

function readMeta(header: XmlElement): TextMeta {
  const fileDesc = child(header, 'fileDesc');
  const titleStmt = child(fileDesc, 'titleStmt');
  const publication = child(fileDesc, 'publicationStmt');
  const availability = child(publication, 'availability');
  const licence = child(availability, 'licence');
  const profile = child(header, 'profileDesc');
  const keywords = elements(child(profile, 'textClass'), 'keywords').map((k) => child(k, 'term'));
  const term = (type: string) => keywords.find((t) => t.attrs.type === type);
  const level = term('level');
  if (!level) throw new Error('no CEFR level');
  const meta: TextMeta = {
    title: bilingual(elements(titleStmt, 'title'))!,
    author: textOf(child(titleStmt, 'author')),
    translator: textOf(child(child(titleStmt, 'respStmt'), 'name')),
    source: elements(child(fileDesc, 'sourceDesc'), 'bibl').map(sourceRef),
    license: { name: textOf(licence) },
    level: textOf(level) as TextMeta['level']
  };
  if (licence.attrs.target) meta.license.url = licence.attrs.target;
  const note = bilingual(elements(availability, 'p'));
  if (note) meta.license.note = note;
  const topic = term('topic');
  if (topic) meta.topic = textOf(topic) as TextMeta['topic'];
  const notes = optionalChild(fileDesc, 'notesStmt');
  const original = notes && optionalChild(notes, 'note', (n) => n.attrs.type === 'original-file');
  if (original) meta.original = textOf(original);
  const abstracts = elements(profile, 'abstract');
  if (abstracts.length > 0)
    meta.description = bilingual(abstracts.map((a) => ({ ...child(a, 'p'), attrs: a.attrs })));
  return meta;
}

/** Runs of a segment, or of a mention's or term's content. */
function readRuns(node: XmlElement, names: ReadonlyMap<string, EntryType>): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const c of node.children) {
    if (typeof c === 'string') {
      const last = runs[runs.length - 1];
      if (last?.kind === 'text') last.text += c;
      else if (c !== '') runs.push({ kind: 'text', text: c });
    } else if (c.name === 'term') {
      const children = readRuns(c, names);
      if (children.some((r) => r.kind !== 'text')) throw new Error('a term holds text only');
      runs.push({
        kind: 'term',
        term: refId(c.attrs.ref, 't.'),
        children: children as TextRun[],
        line: 0,
        column: 0
      });
    } else {
      const entity = refId(c.attrs.ref);
      const type = names.get(entity);
      if (!type || NAME_ELEMENT[type] !== c.name)
        throw new Error(
          `<${c.name} ref="${c.attrs.ref}"> does not name a ${c.name} of the standOff`
        );
      const children = readRuns(c, names);
      if (children.some((r) => r.kind === 'mention'))
        throw new Error('a mention holds no other mention');
      runs.push({
        kind: 'mention',
        entity,
        children: children as (TextRun | TermRun)[],
        line: 0,
        column: 0
      });
    }
  }
  return runs;
}

interface SideSegment {
  id: string;
  side: SegmentSide;
}

interface SideStructure {
  title: SideSegment;
  chapters: { id: string; heading?: SideSegment; paragraphs: SideSegment[][] }[];
}

function readSide(text: XmlElement, l: Lang, names: ReadonlyMap<string, EntryType>): SideStructure {
  const body = child(text, 'body');
  const prefix = `${l}.`;
  const seg = (s: XmlElement): SideSegment => {
    const id = s.attrs['xml:id'];
    if (s.name !== 's' || !id?.startsWith(prefix))
      throw new Error(`not a ${l} segment: <${s.name}>`);
    return {
      id: id.slice(prefix.length),
      side: { runs: readRuns(s, names), glue: false, line: 0 }
    };
  };
  const head = (h: XmlElement) => {
    const [s, ...rest] = elements(h);
    if (!s || rest.length > 0) throw new Error('a <head> holds one segment');
    return seg(s);
  };
  const paragraph = (p: XmlElement): SideSegment[] => {
    const out: SideSegment[] = [];
    let between: string | undefined;
    for (const c of p.children) {
      if (typeof c === 'string') {
        if (out.length === 0 || c !== ' ') throw new Error(`text between segments: '${c}'`);
        between = c;
        continue;
      }
      if (out.length > 0) out[out.length - 1]!.side.glue = between === undefined;
      out.push(seg(c));
      between = undefined;
    }
    if (between !== undefined) throw new Error('a paragraph ends with a space');
    return out;
  };
  const [title, ...blocks] = elements(body);
  if (title?.name !== 'head') throw new Error('<body> starts with the title');
  const result: SideStructure = { title: head(title), chapters: [] };
  if (blocks.every((b) => b.name === 'p'))
    result.chapters.push({ id: '', paragraphs: blocks.map(paragraph) });
  else
    for (const div of blocks) {
      if (div.name !== 'div' || div.attrs.type !== 'chapter')
        throw new Error(`<${div.name}> in <body>`);
      const [h, ...ps] = elements(div);
      const heading = head(h!);
      if (heading.id !== div.attrs.n)
        throw new Error(`chapter ${div.attrs.n} has heading ${heading.id}`);
      result.chapters.push({ id: heading.id, heading, paragraphs: ps.map(paragraph) });
    }
  return result;
}

function readTerms(text: XmlElement): Record<string, Term> {
  const terms: Record<string, Term> = {};
  const back = optionalChild(text, 'back');
  if (!back) return terms;
  const list = child(
    child(back, 'div', (d) => d.attrs.type === 'vocabulary'),
    'list'
  );
  const items = elements(list);
  for (let i = 0; i < items.length; i += 2) {
    const label = items[i]!;
    const item = items[i + 1]!;
    const t = child(label, 'term');
    const term: Term = {
      lemma: textOf(t),
      pos: t.attrs.type as Term['pos'],
      gloss: textOf(child(item, 'gloss'))
    };
    if (t.attrs.subtype) term.gender = t.attrs.subtype as Term['gender'];
    const note = bilingual(elements(item, 'note'));
    if (note) term.note = note;
    terms[refId(`#${t.attrs['xml:id']}`, 't.')] = term;
  }
  return terms;
}

/** A date attribute back as the corpus's PartialDate, approximate when a <precision> says so. */
function date(value: string | undefined, approximate: boolean): PartialDate | undefined {
  if (value === undefined) return undefined;
  const parsed = parsePartialDate(`${approximate ? '~' : ''}${value}`);
  if (!parsed) throw new Error(`'${value}' is not a date`);
  return parsed;
}

/** Attribute names (`from`, `when`) that <precision> children of `node` mark approximate. */
function approximate(node: XmlElement | undefined): Set<string> {
  const names = new Set<string>();
  for (const p of node ? elements(node, 'precision') : [])
    if (p.attrs.precision === 'low') names.add(p.attrs.match!.replace(/^(\.\.\/)?@/, ''));
  return names;
}

function readEntry(
  node: XmlElement,
  type: EntryType,
  sources: ReadonlyMap<string, SourceRef>,
  related: ReadonlyMap<string, string[]>
): Entry {
  const id = refId(`#${node.attrs['xml:id']}`);
  const nameEl = NAME_ELEMENT[type];
  const names = elements(node, nameEl);
  const plain = names.filter((n) => !n.attrs.type);
  const orig = names.find((n) => n.attrs.type === 'original');
  const aliases = (l: string | undefined) =>
    names
      .filter(
        (n) =>
          n.attrs.type === 'alias' &&
          (l ? n.attrs['xml:lang'] === l : n.attrs.subtype === 'original')
      )
      .map(textOf);
  const name: Entry['name'] = bilingual(plain)!;
  if (orig) name.orig = textOf(orig);
  const notes = elements(node, 'note');
  const entry: Entry = {
    id,
    type,
    name,
    aliases: { fr: aliases('fr'), en: aliases('en'), orig: aliases(undefined) },
    summary: bilingual(notes.filter((n) => n.attrs.type === 'summary'))!,
    held: [],
    related: related.get(id) ?? [],
    source: (node.attrs.source ?? '').split(' ').map((ref) => {
      const source = sources.get(ref.slice(1));
      if (!source) throw new Error(`unknown source ${ref}`);
      return source;
    })
  };
  let from: PartialDate | undefined;
  let to: PartialDate | undefined;
  if (type === 'person') {
    const birth = optionalChild(node, 'birth');
    const death = optionalChild(node, 'death');
    from = date(birth?.attrs.when, approximate(birth).has('when'));
    to = date(death?.attrs.when, approximate(death).has('when'));
  } else if (type === 'event') {
    const approx = approximate(notes.find((n) => n.attrs.type === 'precision'));
    from = date(node.attrs.from, approx.has('from'));
    to = date(node.attrs.to, approx.has('to'));
  } else {
    const existence = notes.find((n) => n.attrs.type === 'existence');
    const d = existence && child(existence, 'date');
    const approx = approximate(d);
    from = date(d?.attrs.from, approx.has('from'));
    to = date(d?.attrs.to, approx.has('to'));
  }
  if (from || to) {
    entry.dates = {};
    if (from) entry.dates.from = from;
    if (to) entry.dates.to = to;
  }
  for (const a of elements(node, 'affiliation')) {
    const approx = approximate(a);
    const tenure: Tenure = {
      post: refId(a.attrs.ref),
      from: date(a.attrs.from, approx.has('from'))!,
      unofficial: a.attrs.type === 'unofficial'
    };
    const end = date(a.attrs.to, approx.has('to'));
    if (end) tenure.to = end;
    const note = bilingual(elements(a, 'note'));
    if (note) tenure.note = note;
    entry.held.push(tenure);
  }
  const wikidata = optionalChild(node, 'idno', (i) => i.attrs.type === 'wikidata');
  if (wikidata) entry.wikidata = textOf(wikidata);
  const note = bilingual(notes.filter((n) => !n.attrs.type));
  if (note) entry.note = note;
  return entry;
}

function readStandOff(standOff: XmlElement | undefined): Entry[] {
  if (!standOff) return [];
  const sources = new Map<string, SourceRef>();
  const sourceList = optionalChild(standOff, 'listBibl', (l) => l.attrs.type === 'sources');
  for (const bibl of sourceList ? elements(sourceList, 'bibl') : [])
    sources.set(bibl.attrs['xml:id']!, sourceRef(bibl));
  const related = new Map<string, string[]>();
  const relations = optionalChild(standOff, 'listRelation');
  for (const r of relations ? elements(relations, 'relation') : [])
    related.set(
      refId(r.attrs.active),
      r.attrs.passive!.split(' ').map((ref) => refId(ref))
    );
  const entries: Entry[] = [];
  for (const [type, { list, listAttrs, record }] of Object.entries(RECORD) as [
    EntryType,
    (typeof RECORD)[EntryType]
  ][]) {
    const lists = elements(standOff, list).filter((l) =>
      Object.entries(listAttrs).every(([k, v]) => l.attrs[k] === v)
    );
    for (const l of lists)
      for (const node of elements(l, record)) entries.push(readEntry(node, type, sources, related));
  }
  return entries;
}

export interface TeiDocument {
  text: Text;
  /** The glossary entries of the <standOff>, in document order. */
  entries: Entry[];
}

/**
 * A TEI document of tei.ts back as the corpus model. Source positions (the `line` of a segment,
 * the `line` and `column` of a mention or term) are not part of the TEI and come back as 0.
 */
export function readTei(xml: string): TeiDocument {
  const root = parseXml(xml);
  if (root.name !== 'TEI') throw new Error('not a TEI document');
  const header = child(root, 'teiHeader');
  const entries = readStandOff(optionalChild(root, 'standOff'));
  const names = new Map(entries.map((e) => [e.id, e.type]));
  const group = child(child(root, 'text'), 'group');
  const frText = child(group, 'text', lang('fr'));
  const enText = child(group, 'text', lang('en'));
  const fr = readSide(frText, 'fr', names);
  const en = readSide(enText, 'en', names);
  const segment = (a: SideSegment, b: SideSegment): Segment => {
    if (a.id !== b.id) throw new Error(`segment ${a.id} faces ${b.id}`);
    return { id: a.id, fr: a.side, en: b.side };
  };
  if (fr.chapters.length !== en.chapters.length) throw new Error('chapters differ');
  let start = 1;
  const chapters: Chapter[] = fr.chapters.map((c, index) => {
    const e = en.chapters[index]!;
    if (c.paragraphs.length !== e.paragraphs.length)
      throw new Error(`paragraphs differ in ${c.id}`);
    const chapter: Chapter = {
      id: c.id,
      index,
      start,
      segmentCount: 0,
      paragraphs: c.paragraphs.map((p, i) => {
        const q = e.paragraphs[i]!;
        if (p.length !== q.length) throw new Error(`paragraph ${i + 1} of ${c.id} differs`);
        return p.map((s, j) => segment(s, q[j]!));
      })
    };
    if (c.heading) chapter.heading = segment(c.heading, e.heading!);
    chapter.segmentCount =
      (chapter.heading ? 1 : 0) + chapter.paragraphs.reduce((n, p) => n + p.length, 0);
    start += chapter.segmentCount;
    return chapter;
  });
  const text: Text = {
    slug: textOf(child(child(child(header, 'fileDesc'), 'publicationStmt'), 'idno')),
    meta: readMeta(header),
    title: segment(fr.title, en.title),
    chapters,
    terms: readTerms(frText),
    // A text's own notes on glossary entries are not part of the TEI mapping (docs/authoring.md §9).
    entryNotes: new Map(),
    segmentCount: start
  };
  return { text, entries };
}
