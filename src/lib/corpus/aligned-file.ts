import { contentError, FORBIDDEN_CHARACTER, type ContentError } from './errors.ts';
import { forbiddenCharacters } from './source.ts';
import {
  hasVisibleText,
  lazySide,
  ownSlice,
  parseInline,
  type InlineRun,
  type LazySide
} from './inline.ts';

export type BlockKind = 'title' | 'heading' | 'paragraph';

/**
 * One segment as written in one language's file. `side` is what the model keeps of it, its runs
 * parsed again from the markup when first read (see lazySide): the parse that found the file's
 * errors handed them to parseAlignedFile's `visit`.
 */
export class SegmentSource {
  readonly id: string;
  readonly side: LazySide;
  /** The markup's 1-based column: where the text after the id starts. */
  readonly column: number;

  constructor(id: string, side: LazySide, column: number) {
    this.id = id;
    this.side = side;
    this.column = column;
  }

  get runs(): InlineRun[] {
    return this.side.runs;
  }

  /** True when the line ended with `\`: no space between this segment and the next. */
  get glue(): boolean {
    return this.side.glue;
  }

  set glue(glue: boolean) {
    this.side.glue = glue;
  }

  get line(): number {
    return this.side.line;
  }
}

export interface Block {
  kind: BlockKind;
  segments: SegmentSource[];
}

export interface AlignedFile {
  blocks: Block[];
  errors: ContentError[];
}

/**
 * Called with each segment's runs as it is parsed, in file order, with its index among the file's
 * segments: what a caller needs from the runs (the corpus's mention index and term checks) is
 * taken here, while they are young, instead of from the segments later.
 */
export type RunsVisitor = (
  runs: readonly InlineRun[],
  segment: number,
  /** The segment's markup and the 1-based column of its first character, to locate a label. */
  markup: string,
  column: number
) => void;

/**
 * The 1-based column of an annotation's id (after `t:` for a term) in its line: what an error
 * about the id points at, rather than the annotation's `[`.
 */
export function labelColumn(
  run: { column: number; kind: 'term' | 'mention' },
  id: string,
  markup: string,
  column: number
): number {
  const label = run.kind === 'term' ? `t:${id}` : id;
  const at = markup.indexOf(`]{${label}}`, run.column - column);
  if (at === -1) return run.column;
  return column + at + 2 + (run.kind === 'term' ? 2 : 0);
}

export const SEGMENT_ID = /^[a-z0-9][a-z0-9._-]*$/;
// `s`: a segment's text may hold any character but LF, U+2028 and U+2029 included.
const SEGMENT_LINE = /^(#{1,2} )?(\S+)(?:[ \t]+(.*))?$/s;

const BACKSLASH = 0x5c;
const PERCENT = 0x25;
const HASH = 0x23;
const SPACE = 0x20;
const TAB = 0x09;
/** Length of `# `; a chapter heading's `## ` is one longer. */
const TITLE_MARKER = 2;

const isSpaceOrTab = (c: number) => c === SPACE || c === TAB;
/** `[a-z0-9]`: what a segment id starts with. */
const isIdStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
/** `[a-z0-9._-]`: the rest of a segment id. */
const isIdChar = (c: number) => isIdStart(c) || c === 0x2e || c === 0x5f || c === 0x2d;

/** A segment line's marker length (0, or 2 for `# `, 3 for `## `), id, and where its text starts. */
interface LineHead {
  marker: number;
  id: string;
  textStart: number;
}

/**
 * The head of the line `text[start, end)` (trailing spaces and tabs already cut) in the common
 * case, an optional marker, a valid id, then spaces or tabs or the end of the line: exactly what
 * SEGMENT_LINE and SEGMENT_ID make of such a line. Anything else is left to them (undefined).
 */
export function readHead(text: string, start: number, end: number): LineHead | undefined {
  let marker = 0;
  if (text.charCodeAt(start) === HASH) {
    if (text.charCodeAt(start + 1) === SPACE) marker = 2;
    else if (text.charCodeAt(start + 1) === HASH && text.charCodeAt(start + 2) === SPACE)
      marker = 3;
    else return undefined;
  }
  const idStart = start + marker;
  if (idStart >= end || !isIdStart(text.charCodeAt(idStart))) return undefined;
  let p = idStart + 1;
  while (p < end && isIdChar(text.charCodeAt(p))) p += 1;
  const id = ownSlice(text, idStart, p);
  if (p < end) {
    if (!isSpaceOrTab(text.charCodeAt(p))) return undefined;
    while (p < end && isSpaceOrTab(text.charCodeAt(p))) p += 1;
  }
  return { marker, id, textStart: p - start };
}

/**
 * Parses one language's side of a text (`fr.txt`, `en.txt`). The format, for authors, is in
 * docs/authoring.md: `# id Title`, `## id Chapter heading`, `id Segment text`, a blank line
 * between paragraphs, `%` for comments. Every problem is collected with its line and column.
 * `source` is the file's text, or its lines (as decodeLines reads them).
 */
export function parseAlignedFile(
  file: string,
  source: string | Iterable<string>,
  visit?: RunsVisitor
): AlignedFile {
  const errors: ContentError[] = [];
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let paragraph: Block | undefined;
  let lineNo = 0;
  let segments = 0;

  /** One line, `text[start, lineEnd)`: a whole file is walked in place, without splitting it. */
  const visitLine = (text: string, start: number, lineEnd: number) => {
    lineNo += 1;
    if (FORBIDDEN_CHARACTER.test(text.slice(start, lineEnd))) {
      for (const error of forbiddenCharacters(file, text.slice(start, lineEnd), lineNo))
        errors.push(error);
    }
    // The line without its trailing spaces and tabs.
    let end = lineEnd;
    while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end -= 1;
    if (end === start) {
      paragraph = undefined;
      return;
    }
    if (text.charCodeAt(start) === PERCENT) return;
    const lineLength = end - start;
    let head = readHead(text, start, end);
    if (!head) {
      const line = text.slice(start, end);
      const match = SEGMENT_LINE.exec(line);
      const marker = match?.[1];
      const id = match?.[2] ?? '';
      if (!match || !SEGMENT_ID.test(id)) {
        const column = (marker?.length ?? 0) + 1;
        errors.push(
          contentError(
            file,
            lineNo,
            column,
            line.startsWith('#') && !marker
              ? "a title is '# id Title' and a chapter heading '## id Heading', with one space after the #"
              : `expected '<id> <text>': a segment id (lowercase letters, digits, '.', '-', '_') then its text, found '${truncate(line)}'`
          )
        );
        return;
      }
      head = { marker: marker?.length ?? 0, id, textStart: lineLength - (match[3]?.length ?? 0) };
    }
    const { marker, id, textStart } = head;
    const bodyStart = start + textStart;
    let bodyEnd = end;
    let glue = false;
    let backslash = bodyEnd;
    while (backslash > bodyStart && text.charCodeAt(backslash - 1) === BACKSLASH) backslash -= 1;
    if ((bodyEnd - backslash) % 2 === 1) {
      glue = true;
      bodyEnd -= 1;
      while (bodyEnd > bodyStart && isSpaceOrTab(text.charCodeAt(bodyEnd - 1))) bodyEnd -= 1;
    }
    const duplicate = seen.get(id);
    if (duplicate !== undefined) {
      errors.push(
        contentError(
          file,
          lineNo,
          marker + 1,
          `duplicate segment id '${id}' (first used on line ${duplicate})`
        )
      );
    } else seen.set(id, lineNo);

    const markup = text.slice(bodyStart, bodyEnd);
    const parsed = parseInline(markup, file, lineNo, textStart + 1);
    for (const error of parsed.errors) errors.push(error);
    if (parsed.errors.length === 0 && !parsed.runs.some(hasVisibleText)) {
      errors.push(contentError(file, lineNo, marker + 1, `segment '${id}' is empty`));
    }
    visit?.(parsed.runs, segments, markup, textStart + 1);
    segments += 1;
    const segment = new SegmentSource(
      id,
      lazySide(markup, glue, lineNo, textStart + 1),
      textStart + 1
    );

    if (marker > 0) {
      const kind: BlockKind = marker === TITLE_MARKER ? 'title' : 'heading';
      if (glue) {
        errors.push(
          contentError(
            file,
            lineNo,
            lineLength,
            `a ${kind} cannot end with '\\': it stands alone on its line`
          )
        );
        segment.glue = false;
      }
      blocks.push({ kind, segments: [segment] });
      paragraph = undefined;
      return;
    }
    if (!paragraph) {
      paragraph = { kind: 'paragraph', segments: [] };
      blocks.push(paragraph);
    }
    paragraph.segments.push(segment);
  };
  if (typeof source === 'string') {
    for (let start = 0; start <= source.length;) {
      const end = source.indexOf('\n', start);
      const lineEnd = end === -1 ? source.length : end;
      visitLine(source, start, lineEnd);
      start = lineEnd + 1;
    }
  } else for (const line of source) visitLine(line, 0, line.length);

  for (const block of blocks) {
    const last = block.segments[block.segments.length - 1];
    if (last?.glue) {
      errors.push(
        contentError(
          file,
          last.line,
          last.column,
          `segment '${last.id}' ends with '\\' but no segment follows it in its paragraph`
        )
      );
    }
  }
  checkStructure(file, blocks, errors);
  return { blocks, errors };
}

function checkStructure(file: string, blocks: Block[], errors: ContentError[]) {
  const first = blocks[0];
  if (!first || first.kind !== 'title') {
    const at = first?.segments[0];
    errors.push(
      contentError(
        file,
        at?.line ?? 1,
        1,
        "a text begins with its title: '# <id> <title>' on the first line"
      )
    );
  }
  blocks.slice(1).forEach((block) => {
    if (block.kind === 'title') {
      const s = block.segments[0]!;
      errors.push(
        contentError(
          file,
          s.line,
          1,
          `a second title ('${s.id}'): a text has one title; use '## ' for a chapter heading`
        )
      );
    }
  });
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  if (firstHeading > 1) {
    const s = blocks[1]!.segments[0]!;
    errors.push(
      contentError(
        file,
        s.line,
        1,
        `paragraph before the first chapter heading: in a text with chapters, every paragraph belongs to one`
      )
    );
  }
  // A chapter's page is written at read/<text>/<id>.html: an id that ends like a file name
  // ('c2.html') would be written where another chapter's page is, or be served as another type.
  const chapterIds = new Set(
    blocks.filter((b) => b.kind === 'heading').map((b) => b.segments[0]!.id)
  );
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const s = block.segments[0]!;
    const extension = FILE_EXTENSION.exec(s.id)?.[0];
    if (!extension) continue;
    const bare = s.id.slice(0, -extension.length);
    errors.push(
      contentError(
        file,
        s.line,
        4,
        `chapter id '${s.id}' ends like a file name ('${extension}')` +
          (chapterIds.has(bare) ? `: its page would overwrite chapter '${bare}''s` : '') +
          `; a chapter id names a page, choose one without '${extension}'`
      )
    );
  }
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    if (block.kind === 'heading' && (!next || next.kind !== 'paragraph')) {
      const s = block.segments[0]!;
      errors.push(contentError(file, s.line, 1, `chapter '${s.id}' has no paragraphs`));
    }
  });
  if (blocks.length > 0 && !blocks.some((b) => b.kind === 'paragraph')) {
    errors.push(contentError(file, 1, 1, 'the text has a title but no paragraphs'));
  }
}

/**
 * The end of an id that a web server or the build reads as a file type: `.html`, `.json` and the
 * like (not `.4b` or `.a`, which segment ids use).
 */
const FILE_EXTENSION =
  /\.(?:html?|xhtml|json|js|mjs|css|xml|txt|md|csv|svg|png|jpe?g|gif|webp|avif|ico|pdf|map|wasm|woff2?|ttf|zip|gz|br)$/;

function truncate(line: string): string {
  return line.length > 40 ? line.slice(0, 40) + '…' : line;
}
