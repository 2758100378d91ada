// The importer: a plain French text (and its translation) in, a text folder in the documented
// format out (docs/authoring.md), with a review list of what a person should check. Pure: the
// CLI (scripts/import-text.ts) reads and writes the files; a browser worker can call it as well.
import { contentError, type ContentError } from '../corpus/errors.ts';
import { escapeMarkup } from '../corpus/inline.ts';
import { readPlainText, type PlainBlock } from '../corpus/original.ts';
import { alignSentences, type AlignSentence, type Bead, type BeadKind } from './align.ts';
import {
  mentionIndex,
  nameCandidates,
  suggestMentions,
  fold,
  type FoundMention,
  type GlossaryNames,
  type MentionIndex,
  type MentionContext
} from './mentions.ts';
import { splitSentences, type Lang } from './split.ts';

export interface ImportInput {
  /** The French text, as read from its file (plain text: see readPlainText). */
  fr: string;
  /** The English translation, same shape; leave out for a French-only text. */
  en?: string;
  /** The text's folder name; derived from the French title when left out. */
  slug?: string;
  /** The English title for text.yaml (and en.txt when there is no English file). */
  titleEn?: string;
  glossary: readonly GlossaryNames[];
  /** Names of the inputs in error messages. */
  frName?: string;
  enName?: string;
  /** The content folder the text will be written to, for the review list's locations. */
  root?: string;
}

export type ReviewKind =
  'pairing' | 'untranslated' | 'ambiguous' | 'head' | 'candidate' | 'metadata' | 'structure';

export interface ReviewItem {
  kind: ReviewKind;
  file: string;
  line: number;
  message: string;
}

/** One pairing of the alignment, with the sentences' text, for tests and the review. */
export interface Pairing {
  kind: BeadKind | 'block';
  fr: string[];
  en: string[];
  confidence: number;
}

export interface ImportStats {
  frWords: number;
  enWords: number;
  chapters: number;
  paragraphs: number;
  segments: number;
  pairings: Record<string, number>;
  mentions: { fr: number; en: number };
  flagged: number;
  candidates: number;
  lowConfidence: number;
}

export interface ImportResult {
  slug: string;
  /** The files of the new text, by path relative to the content folder (`<slug>/fr.txt`). */
  files: Map<string, string>;
  review: ReviewItem[];
  pairings: Pairing[];
  stats: ImportStats;
}

/** Located problems with the input: nothing was imported. */
export class ImportError extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`).join('\n'));
    this.name = 'ImportError';
    this.errors = errors;
  }
}

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
/** A side this many times longer than the other is refused. */
export const MAX_LENGTH_RATIO = 3;
/** Pairings below this confidence are listed for review. */
export const LOW_CONFIDENCE = 0.5;
/** The English of a segment with no translation (a French-only text). */
export const UNTRANSLATED = '(untranslated)';

const EN_PER_FR = 0.9;
const PRIOR_CHARS = 2000;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A folder name from a title: lowercase ASCII words joined by hyphens, at most 6 words. */
export function slugify(title: string): string {
  const words = fold(title)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  return words.slice(0, 6).join('-') || 'text';
}

// ------------------------------------------------------------------------------ the pieces

interface Unit {
  /** The sentence's text. */
  text: string;
  /** Index of its block (title, heading, paragraph) in the side's blocks. */
  block: number;
  /** Where it stands in its block's text. */
  start: number;
  end: number;
  mentions: FoundMention[];
}

interface Side {
  blocks: PlainBlock[];
  units: Unit[];
}

function readSide(text: string, lang: Lang, index: MentionIndex): Side {
  const blocks = readPlainText(text);
  const units: Unit[] = [];
  const context: MentionContext = new Map();
  blocks.forEach((block, b) => {
    const parts =
      block.kind === 'paragraph'
        ? splitSentences(block.text, lang)
        : [{ text: block.text, start: 0, end: block.text.length }];
    for (const p of parts)
      units.push({ ...p, block: b, mentions: suggestMentions(p.text, index, context) });
  });
  return { blocks, units };
}

function anchorsOf(unit: Unit): string[] {
  const anchors = (unit.text.match(/\d+/g) ?? []).map((n) => `n:${n}`);
  for (const m of unit.mentions) if (m.entities.length === 1) anchors.push(`e:${m.entities[0]}`);
  return anchors;
}

const toAlign = (u: Unit): AlignSentence => ({ length: u.text.length, anchors: anchorsOf(u) });

const countWords = (text: string) =>
  text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

function inputErrors(input: ImportInput, frName: string, enName: string): ContentError[] {
  const errors: ContentError[] = [];
  const sides: [string, string | undefined][] = [
    [frName, input.fr],
    [enName, input.en]
  ];
  for (const [name, text] of sides) {
    if (text === undefined) continue;
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_INPUT_BYTES)
      errors.push(
        contentError(
          name,
          1,
          1,
          `the file is ${(bytes / 1048576).toFixed(1)} MB: the importer takes at most 5 MB`
        )
      );
    else if (!/\S/u.test(text)) errors.push(contentError(name, 1, 1, 'the file is empty'));
  }
  if (errors.length > 0 || input.en === undefined) return errors;
  const frBlocks = readPlainText(input.fr);
  const enBlocks = readPlainText(input.en);
  const frLength = input.fr.replace(/\s+/gu, '').length;
  const enLength = input.en.replace(/\s+/gu, '').length;
  if (enLength * MAX_LENGTH_RATIO < frLength)
    errors.push(
      contentError(
        enName,
        enBlocks[enBlocks.length - 1]?.line ?? 1,
        1,
        `the French is ${(frLength / enLength).toFixed(1)}× longer than the English: the translation may be missing parts`
      )
    );
  else if (frLength * MAX_LENGTH_RATIO < enLength)
    errors.push(
      contentError(
        frName,
        frBlocks[frBlocks.length - 1]?.line ?? 1,
        1,
        `the English is ${(enLength / frLength).toFixed(1)}× longer than the French: the French may be missing parts`
      )
    );
  return errors;
}

function structureErrors(blocks: PlainBlock[], name: string): ContentError[] {
  const errors: ContentError[] = [];
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  if (firstHeading > 1)
    errors.push(
      contentError(
        name,
        blocks[1]!.line,
        1,
        'a paragraph before the first heading: in a text with headings every paragraph follows one (move it after a heading, or into the title)'
      )
    );
  blocks.forEach((b, i) => {
    if (b.kind === 'heading' && blocks[i + 1]?.kind !== 'paragraph')
      errors.push(contentError(name, b.line, 1, 'a heading with no paragraph after it'));
  });
  if (!blocks.some((b) => b.kind === 'paragraph'))
    errors.push(
      contentError(
        name,
        blocks[0]?.line ?? 1,
        1,
        'no paragraph after the title: a text needs at least one'
      )
    );
  return errors;
}

// ------------------------------------------------------------------------------ segments

interface SegmentDraft {
  /** French units (consecutive, one block). */
  fr: Unit[];
  /** English units. */
  en: Unit[];
  confidence: number;
  kinds: string[];
}

/**
 * Turns the beads into segments within the French blocks: a French sentence with no English is
 * merged into its neighbour in the paragraph (so every segment has both languages), an English
 * sentence with no French joins the segment before it (or after it, at the start).
 */
function segmentsFrom(
  beads: readonly Bead[],
  fr: readonly Unit[],
  en: readonly Unit[],
  blockCount: number
): SegmentDraft[][] {
  const byBlock: SegmentDraft[][] = Array.from({ length: blockCount }, () => []);
  const drafts: SegmentDraft[] = [];
  let pendingEn: Unit[] = [];
  for (const bead of beads) {
    if (bead.fr.length === 0) {
      // Not into the title: it is written from the English title alone.
      const last =
        drafts.length > 0 && drafts[drafts.length - 1]!.fr[0]!.block > 0
          ? drafts[drafts.length - 1]
          : undefined;
      if (last) last.en.push(...bead.en.map((j) => en[j]!));
      else pendingEn.push(...bead.en.map((j) => en[j]!));
      if (last) last.kinds.push(bead.kind);
      continue;
    }
    const draft: SegmentDraft = {
      fr: bead.fr.map((i) => fr[i]!),
      en: [...pendingEn, ...bead.en.map((j) => en[j]!)],
      confidence: bead.confidence,
      kinds: [bead.kind]
    };
    pendingEn = [];
    drafts.push(draft);
    byBlock[draft.fr[0]!.block]!.push(draft);
  }
  // French with no English: into the previous segment of the paragraph, else the next.
  for (const list of byBlock) {
    for (let k = 0; k < list.length; k++) {
      const d = list[k]!;
      if (d.en.length > 0 || list.length === 1) continue;
      const into = k > 0 ? list[k - 1]! : list[k + 1]!;
      if (k > 0) into.fr.push(...d.fr);
      else into.fr.unshift(...d.fr);
      into.kinds.push(...d.kinds);
      into.confidence = Math.min(into.confidence, d.confidence);
      list.splice(k, 1);
      k--;
    }
  }
  return byBlock;
}

/** The English of a segment: its sentences, with the spaces between them when they adjoin. */
function englishText(units: readonly Unit[], blocks: readonly PlainBlock[]): string {
  let out = '';
  units.forEach((u, k) => {
    const prev = units[k - 1];
    if (prev) out += prev.block === u.block ? blocks[u.block]!.text.slice(prev.end, u.start) : ' ';
    out += u.text;
  });
  return out;
}

/** A segment's text as markup, with its unambiguous mentions marked. */
function markup(text: string, mentions: readonly FoundMention[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    if (m.entities.length !== 1) continue;
    out += escapeMarkup(text.slice(at, m.start)) + `[${escapeMarkup(m.text)}]{${m.entities[0]}}`;
    at = m.end;
  }
  return out + escapeMarkup(text.slice(at));
}

/** Mentions of consecutive units of one block, shifted into the joined text. */
function joinedMentions(units: readonly Unit[]): FoundMention[] {
  const base = units[0]!.start;
  return units.flatMap((u) =>
    u.mentions.map((m) => ({ ...m, start: m.start + u.start - base, end: m.end + u.start - base }))
  );
}

// ------------------------------------------------------------------------------ the importer

export function importText(input: ImportInput): ImportResult {
  const frName = input.frName ?? 'fr.txt';
  const enName = input.enName ?? 'en.txt';
  const early = inputErrors(input, frName, enName);
  if (early.length > 0) throw new ImportError(early);

  const index = mentionIndex(input.glossary);
  const frSide = readSide(input.fr, 'fr', index);
  const enSide = input.en === undefined ? undefined : readSide(input.en, 'en', index);
  const structural = structureErrors(frSide.blocks, frName);
  if (structural.length > 0) throw new ImportError(structural);

  const slug = input.slug ?? slugify(frSide.blocks[0]!.text);
  if (!SLUG.test(slug))
    throw new ImportError([
      contentError(
        frName,
        1,
        1,
        `'${slug}' cannot name a text folder: use lowercase letters, digits and single hyphens`
      )
    ]);
  const root = (input.root ?? 'texts').replace(/\/+$/, '');
  const at = (name: string) => `${root}/${slug}/${name}`;
  const review: ReviewItem[] = [];

  // Alignment: block by block when both sides have the same blocks, else over the whole text
  // with the French paragraphs as the only constraint.
  const frUnits = frSide.units;
  let beads: Bead[] = [];
  const pairings: Pairing[] = [];
  let enUnits: Unit[] = [];
  const sameShape =
    enSide &&
    enSide.blocks.length === frSide.blocks.length &&
    enSide.blocks.every((b, i) => b.kind === frSide.blocks[i]!.kind);
  if (enSide) {
    enUnits = enSide.units;
    const totalFr = frUnits.reduce((s, u) => s + u.text.length, 0);
    const totalEn = enUnits.reduce((s, u) => s + u.text.length, 0);
    // English runs about 10 % shorter than French. The observed ratio is blended with that prior
    // (as 2,000 characters of evidence), so that in a short text an untranslated sentence does not
    // drag the ratio down and pass for part of a merge.
    const ratio = (totalEn + EN_PER_FR * PRIOR_CHARS) / (totalFr + PRIOR_CHARS);
    if (sameShape) {
      let i = 0;
      let j = 0;
      for (let b = 0; b < frSide.blocks.length; b++) {
        const i0 = i;
        const j0 = j;
        while (i < frUnits.length && frUnits[i]!.block === b) i++;
        while (j < enUnits.length && enUnits[j]!.block === b) j++;
        const local = alignSentences(
          frUnits.slice(i0, i).map(toAlign),
          enUnits.slice(j0, j).map(toAlign),
          { ratio }
        );
        for (const bead of local)
          beads.push({ ...bead, fr: bead.fr.map((x) => x + i0), en: bead.en.map((x) => x + j0) });
      }
    } else {
      // The titles pair with each other; the rest is aligned as one sequence.
      const frRest = frUnits.filter((u) => u.block > 0);
      const enRest = enUnits.filter((u) => u.block > 0);
      const n = frRest.length;
      const m = enRest.length;
      const band =
        n * m > 4_000_000
          ? Math.max(200, Math.ceil(Math.abs(n - m) + 0.05 * Math.max(n, m)))
          : undefined;
      const local = alignSentences(frRest.map(toAlign), enRest.map(toAlign), {
        ratio,
        frBlocks: frRest.map((u) => u.block),
        band
      });
      const fi = frUnits.length - n;
      const ej = enUnits.length - m;
      beads = [
        { kind: '1-1', fr: range(fi), en: range(ej), confidence: 1 },
        ...local.map((b) => ({ ...b, fr: b.fr.map((x) => x + fi), en: b.en.map((x) => x + ej) }))
      ];
      review.push({
        kind: 'structure',
        file: at('en.txt'),
        line: 1,
        message: `the English has ${enSide.blocks.length} blocks (title, headings, paragraphs) and the French ${frSide.blocks.length}: the English now follows the French paragraphs; check where they break`
      });
    }
    for (const bead of beads)
      pairings.push({
        kind: bead.kind,
        fr: bead.fr.map((i) => frUnits[i]!.text),
        en: bead.en.map((j) => enUnits[j]!.text),
        confidence: bead.confidence
      });
  } else {
    beads = frUnits.map((_, i) => ({ kind: '1-0', fr: [i], en: [], confidence: 1 }));
  }

  const byBlock = segmentsFrom(beads, frUnits, enUnits, frSide.blocks.length);

  // Segments must join with exactly one space (or none: glue); any other gap in the French
  // (two spaces, a tab) keeps the two sentences in one segment so the original is kept.
  for (let b = 0; b < byBlock.length; b++) {
    const list = byBlock[b]!;
    const text = frSide.blocks[b]!.text;
    for (let k = 0; k + 1 < list.length; k++) {
      const gap = text.slice(list[k]!.fr[list[k]!.fr.length - 1]!.end, list[k + 1]!.fr[0]!.start);
      if (gap === ' ' || gap === '') continue;
      list[k]!.fr.push(...list[k + 1]!.fr);
      list[k]!.en.push(...list[k + 1]!.en);
      list[k]!.confidence = Math.min(list[k]!.confidence, list[k + 1]!.confidence);
      list[k]!.kinds.push(...list[k + 1]!.kinds);
      list.splice(k + 1, 1);
      k--;
    }
  }

  // ------------------------------------------------------------ writing fr.txt and en.txt
  const frTitle = frSide.blocks[0]!.text;
  const enTitle = enSide ? enSide.blocks[0]!.text : (input.titleEn ?? UNTRANSLATED);
  const frLines = [
    `% ${frTitle} — texte original (français), importé par npm run import:text depuis source/fr.txt.`,
    '% Format : docs/authoring.md. Vérifiez les segments et les mentions proposées, puis npm run check:texts.',
    ''
  ];
  const enLines = [
    `% ${enTitle} — English translation, imported by npm run import:text from ${enSide ? 'source/en.txt' : 'nothing (a French-only text)'}.`,
    '% Format: docs/authoring.md. Check the pairings and the suggested mentions, then npm run check:texts.',
    ''
  ];
  const stats: ImportStats = {
    frWords: countWords(input.fr),
    enWords: input.en ? countWords(input.en) : 0,
    chapters: 0,
    paragraphs: 0,
    segments: 0,
    pairings: {},
    mentions: { fr: 0, en: 0 },
    flagged: 0,
    candidates: 0,
    lowConfidence: 0
  };
  for (const b of beads) stats.pairings[b.kind] = (stats.pairings[b.kind] ?? 0) + 1;
  const candidates = new Map<string, { file: string; line: number; text: string; count: number }>();

  const note = (
    lang: Lang,
    line: number,
    text: string,
    mentions: readonly FoundMention[],
    starts: number[],
    heading: boolean
  ) => {
    const file = at(`${lang}.txt`);
    for (const m of mentions) {
      if (m.entities.length === 1) {
        stats.mentions[lang]++;
        if (m.head)
          review.push({
            kind: 'head',
            file,
            line,
            message: `'${m.text}' alone taken for '${m.entities[0]}' (a word its names share): check it`
          });
      } else {
        stats.flagged++;
        review.push({
          kind: 'ambiguous',
          file,
          line,
          message: `'${m.text}' names ${m.entities.map((e) => `'${e}'`).join(' and ')}: mark the right one`
        });
      }
    }
    if (heading && lang === 'en') return; // English titles and headings are in title case
    for (const c of nameCandidates(text, starts, mentions)) {
      const key = `${lang}:${fold(c.text)}`;
      const seen = candidates.get(key);
      if (seen) seen.count++;
      else candidates.set(key, { file, line, text: c.text, count: 1 });
    }
  };

  const emit = (
    prefix: string,
    draft: SegmentDraft | undefined,
    block: number,
    glueFr: boolean,
    glueEn: boolean
  ) => {
    const frText = draft
      ? frSide.blocks[block]!.text.slice(draft.fr[0]!.start, draft.fr[draft.fr.length - 1]!.end)
      : frSide.blocks[block]!.text;
    const frMentions = draft
      ? joinedMentions(draft.fr)
      : frUnits.find((u) => u.block === block)!.mentions;
    const frLine = frLines.length + 1;
    frLines.push(`${prefix} ${markup(frText, frMentions)}${glueFr ? '\\' : ''}`);
    const heading = prefix.startsWith('#');
    note(
      'fr',
      frLine,
      frText,
      frMentions,
      draft ? draft.fr.map((u) => u.start - draft.fr[0]!.start) : [0],
      heading
    );

    let enText = UNTRANSLATED;
    let enMentions: FoundMention[] = [];
    const enStarts: number[] = [];
    if (draft && draft.en.length > 0 && enSide) {
      enText = englishText(draft.en, enSide.blocks);
      const contiguous = draft.en.every((u, k) => k === 0 || u.block === draft.en[0]!.block);
      enMentions = contiguous ? joinedMentions(draft.en) : suggestMentions(enText, index);
      if (contiguous) for (const u of draft.en) enStarts.push(u.start - draft.en[0]!.start);
    } else if (enSide && !draft && (block === 0 || sameShape)) {
      enText = enSide.blocks[block]!.text;
      enMentions = suggestMentions(enText, index);
    } else if (!enSide && block === 0 && input.titleEn) {
      enText = input.titleEn;
      enMentions = suggestMentions(enText, index);
    }
    const enLine = enLines.length + 1;
    enLines.push(`${prefix} ${markup(enText, enMentions)}${glueEn ? '\\' : ''}`);
    if (enSide) note('en', enLine, enText, enMentions, enStarts.length ? enStarts : [0], heading);
    stats.segments++;

    if (enSide && draft) {
      const kinds = draft.kinds.filter((k) => k !== '1-1');
      const id = prefix.replace(/^#+ /, '');
      if (draft.en.length === 0) {
        review.push({
          kind: 'untranslated',
          file: at('en.txt'),
          line: enLine,
          message: `segment '${id}': no English found for this French`
        });
      } else if (kinds.some((k) => k === '1-0' || k === '0-1')) {
        review.push({
          kind: 'untranslated',
          file: at('fr.txt'),
          line: frLine,
          message: `segment '${id}' holds a ${kinds.includes('1-0') ? 'French' : 'English'} sentence with no counterpart (merged into this segment): check the translation`
        });
      } else if (draft.confidence < LOW_CONFIDENCE) {
        stats.lowConfidence++;
        review.push({
          kind: 'pairing',
          file: at('en.txt'),
          line: enLine,
          message: `segment '${id}' (${draft.kinds.join(', ')}) paired with confidence ${draft.confidence.toFixed(2)}: check it against ${at('fr.txt')}:${frLine}`
        });
      }
    }
  };

  emit('# title', undefined, 0, false, false);
  let chapter = 0;
  let paragraph = 0;
  for (let b = 1; b < frSide.blocks.length; b++) {
    const block = frSide.blocks[b]!;
    if (block.kind === 'heading') {
      chapter++;
      frLines.push('');
      enLines.push('');
      const draft = byBlock[b]![0];
      emit(`## c${chapter}`, draft && draft.en.length ? draft : undefined, b, false, false);
      continue;
    }
    paragraph++;
    frLines.push('');
    enLines.push('');
    const list = byBlock[b]!;
    list.forEach((draft, k) => {
      const next = list[k + 1];
      const glueFr = !!next && draft.fr[draft.fr.length - 1]!.end === next.fr[0]!.start;
      const lastEn = draft.en[draft.en.length - 1];
      const firstEn = next?.en[0];
      const glueEn =
        !!lastEn && !!firstEn && lastEn.block === firstEn.block && lastEn.end === firstEn.start;
      emit(`${paragraph}.${k + 1}`, draft, b, glueFr, glueEn);
    });
  }
  stats.chapters = chapter;
  stats.paragraphs = paragraph;

  for (const c of candidates.values())
    review.push({
      kind: 'candidate',
      file: c.file,
      line: c.line,
      message: `'${c.text}'${c.count > 1 ? ` (${c.count} times)` : ''} matches no glossary entry: a new entry?`
    });
  stats.candidates = candidates.size;
  if (!enSide)
    review.push({
      kind: 'untranslated',
      file: at('en.txt'),
      line: 1,
      message: `a French-only text: every English segment reads '${UNTRANSLATED}'`
    });

  // ------------------------------------------------------------ text.yaml
  const q = (s: string) => JSON.stringify(s);
  const yaml = [
    '# Metadata of the text. Format: docs/authoring.md. Written by npm run import:text: replace',
    '# every TODO, then run npm run check:texts.',
    'title:',
    `  fr: ${q(frTitle)}`,
    `  en: ${q(input.titleEn ?? (enSide ? enTitle : frTitle))}`,
    'author: unknown # TODO: who wrote the original',
    'translator: unknown # TODO: who wrote the English column',
    'source:',
    '  - title: unknown # TODO: where the original comes from (book, edition, url)',
    'license:',
    '  name: unknown # TODO: the license of the text, or leave unknown',
    'level: B2 # TODO: the CEFR level of the French (A1 … C2)',
    '# The plain original the French was imported from: npm run check:texts compares it with fr.txt.',
    'original: source/fr.txt',
    ''
  ];
  yaml.forEach((line, k) => {
    const todo = /^\s*(?:- )?(\w+): .*# TODO: (.*)$/.exec(line);
    if (todo)
      review.push({
        kind: 'metadata',
        file: at('text.yaml'),
        line: k + 1,
        message: `${todo[1]}: ${todo[2]}`
      });
  });
  if (!input.titleEn && !enSide)
    review.push({
      kind: 'metadata',
      file: at('text.yaml'),
      line: 5,
      message: 'title.en: the English title (--title-en)'
    });

  const files = new Map<string, string>();
  files.set(`${slug}/text.yaml`, yaml.join('\n'));
  files.set(`${slug}/fr.txt`, frLines.join('\n') + '\n');
  files.set(`${slug}/en.txt`, enLines.join('\n') + '\n');
  files.set(`${slug}/source/fr.txt`, input.fr);
  if (input.en !== undefined) files.set(`${slug}/source/en.txt`, input.en);

  const order: ReviewKind[] = [
    'structure',
    'metadata',
    'untranslated',
    'pairing',
    'ambiguous',
    'head',
    'candidate'
  ];
  review.sort(
    (a, b) =>
      order.indexOf(a.kind) - order.indexOf(b.kind) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)
  );
  return { slug, files, review, pairings, stats };
}

function range(n: number): number[] {
  return n > 0 ? [0] : [];
}
