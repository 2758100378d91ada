import { contentError, type ContentError } from './errors.ts';

/** Plain text as the author wrote it, escapes resolved. */
export interface TextRun {
  kind: 'text';
  text: string;
}

/** A vocabulary item of this text, `[officieux]{t:officieux}`: only plain text inside. */
export interface TermRun {
  kind: 'term';
  term: string;
  children: TextRun[];
  line: number;
  column: number;
}

/** A named entity, `[Josef Staline]{stalin}`: plain text and terms inside, never another mention. */
export interface MentionRun {
  kind: 'mention';
  entity: string;
  children: (TextRun | TermRun)[];
  line: number;
  column: number;
}

export type InlineRun = TextRun | TermRun | MentionRun;

export const ANNOTATION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TERM_PREFIX = 't:';

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/** `[`, `]`, `{` and `}`: what a label stops at. */
function isBracketOrBrace(c: number): boolean {
  return c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE;
}

/** An open `[`: where it stands in the source and where its children begin in the run list. */
interface Frame {
  column: number;
  start: number;
}

export interface InlineResult {
  runs: InlineRun[];
  errors: ContentError[];
}

/**
 * Valid labels already seen, each mapped to its id: every mention of `lenin` in a long text then
 * shares one string instead of holding its own copy. Bounded, so a fuzzer cannot grow it forever.
 */
const knownLabels = new Map<string, string>();
const KNOWN_LABELS_MAX = 4096;

/**
 * Parses one segment's inline markup. `source` is a single line; `column` is the 1-based column
 * of its first character in the file, so every error points at the character an author must fix.
 * The parser never throws: on a problem it records a located error and keeps the characters as
 * plain text, so nothing an author typed is lost even in a broken file.
 *
 * Runs are collected on one list: an open annotation's children are the tail of the list from
 * its frame's `start`, cut off into an array of exactly their length when the annotation closes
 * (a reader page that reads every segment's runs holds them all).
 */
export function parseInline(
  source: string,
  file: string,
  line: number,
  column: number
): InlineResult {
  const errors: ContentError[] = [];
  const at = (index: number, message: string) =>
    errors.push(contentError(file, line, column + index, message));
  const runs: InlineRun[] = [];
  const stack: Frame[] = [];
  /** Where the innermost open annotation's children begin (0: the segment's own runs). */
  let floor = 0;

  const pushText = (text: string) => {
    if (text === '') return;
    const last = runs.length > floor ? runs[runs.length - 1]! : undefined;
    if (last?.kind === 'text') last.text += text;
    else runs.push({ kind: 'text', text });
  };
  /** Error recovery: a broken annotation's brackets and label stay in the text, nothing is lost. */
  const keepAsText = (frame: Frame, closing: string) => {
    const children = runs.splice(frame.start);
    pushText('[');
    for (const child of children) {
      if (child.kind === 'text') pushText(child.text);
      else runs.push(child);
    }
    pushText(closing);
  };
  /** The start of the innermost open annotation's children once the top frame is closed. */
  const outerFloor = () => (stack.length > 0 ? stack[stack.length - 1]!.start : 0);

  const length = source.length;
  let i = 0;
  while (i < length) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      const next = source.charCodeAt(i + 1);
      if (next === BACKSLASH || isBracketOrBrace(next)) {
        pushText(source[i + 1]!);
        i += 2;
      } else {
        at(i, `'\\${source[i + 1] ?? ''}' is not an escape: write '\\\\' for a backslash`);
        pushText('\\');
        i += 1;
      }
    } else if (c === OPEN_BRACKET) {
      stack.push({ column: i, start: runs.length });
      floor = runs.length;
      i += 1;
    } else if (c === CLOSE_BRACKET) {
      const frame = stack.pop();
      if (!frame) {
        at(i, "']' has no matching '[': write '\\]' for a literal bracket");
        pushText(']');
        i += 1;
        continue;
      }
      floor = outerFloor();
      if (source.charCodeAt(i + 1) !== OPEN_BRACE) {
        at(i, "']' must be followed by '{id}' naming a glossary entry or '{t:term}'");
        keepAsText(frame, ']');
        i += 1;
        continue;
      }
      // A label never holds brackets or braces: stopping at one reports a forgotten '}' as such
      // instead of swallowing the rest of the line into a label.
      let close = i + 2;
      while (close < length && !isBracketOrBrace(source.charCodeAt(close))) close += 1;
      if (source.charCodeAt(close) !== CLOSE_BRACE) {
        at(i + 1, "'{' is not closed: an annotation ends with '{id}' or '{t:id}'");
        keepAsText(frame, ']{');
        i += 2;
        continue;
      }
      const label = source.slice(i + 2, close);
      const run = makeRun(label, frame, i + 2);
      if (run) {
        runs.length = frame.start;
        runs.push(run);
      } else keepAsText(frame, `]{${label}}`);
      i = close + 1;
    } else if (c === OPEN_BRACE || c === CLOSE_BRACE) {
      const brace = c === OPEN_BRACE ? '{' : '}';
      at(i, `'${brace}' outside an annotation: write '\\${brace}' for a literal brace`);
      pushText(brace);
      i += 1;
    } else {
      const start = i;
      i += 1;
      while (i < length) {
        const d = source.charCodeAt(i);
        if (d === BACKSLASH || isBracketOrBrace(d)) break;
        i += 1;
      }
      // A slice may be a view into `source`: the model keeps the markup anyway (see lazySide).
      pushText(source.slice(start, i));
    }
  }
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    floor = outerFloor();
    at(frame.column, "'[' is never closed: end the annotation with ']{id}' or write '\\['");
    keepAsText(frame, '');
  }
  return { runs: cutOff(runs, 0), errors };

  /** The run an annotation closing here makes, its children cut off the run list; or nothing. */
  function makeRun(label: string, frame: Frame, labelIndex: number): InlineRun | undefined {
    const isTerm = label.startsWith(TERM_PREFIX);
    let id = knownLabels.get(label);
    if (id === undefined) {
      id = ownSlice(label, isTerm ? TERM_PREFIX.length : 0, label.length);
      if (!ANNOTATION_ID.test(id)) {
        at(
          labelIndex,
          `'{${label}}' is not a valid ${isTerm ? 'term' : 'entry'} id: use lowercase letters, digits and single hyphens`
        );
        return undefined;
      }
      if (knownLabels.size >= KNOWN_LABELS_MAX) knownLabels.clear();
      knownLabels.set(label, id);
    }
    const start = frame.start;
    let visible = false;
    for (let k = start; k < runs.length && !visible; k += 1) visible = hasVisibleText(runs[k]!);
    if (!visible) {
      at(frame.column, `the annotation '{${label}}' has no text`);
      return undefined;
    }
    for (let k = start; k < runs.length; k += 1) {
      const child = runs[k]!;
      if (child.kind === 'mention') {
        at(
          child.column - column,
          isTerm
            ? `a term cannot contain a mention: put the term inside the mention instead ('{${label}}' contains '{${child.entity}}')`
            : `mentions cannot be nested: '{${child.entity}}' sits inside '{${label}}'`
        );
        return undefined;
      }
      if (child.kind === 'term' && isTerm) {
        at(
          child.column - column,
          `terms cannot be nested: '{t:${child.term}}' sits inside '{${label}}'`
        );
        return undefined;
      }
    }
    const children = cutOff(runs, start);
    if (isTerm) {
      return {
        kind: 'term',
        term: id,
        children: children as TextRun[],
        line,
        column: column + frame.column
      };
    }
    return {
      kind: 'mention',
      entity: id,
      children: children as (TextRun | TermRun)[],
      line,
      column: column + frame.column
    };
  }
}

/**
 * `runs.slice(start)`, an array of exactly that length. The short ones, nearly every term's and
 * mention's children, are written as array literals, which V8 may allocate straight into the old
 * generation once it sees that site's arrays survive (allocation-site pretenuring); whether it
 * does is up to V8 (the pipeline's own parse results now die young: see lazySide), but the arrays
 * are exact either way.
 */
function cutOff(runs: InlineRun[], start: number): InlineRun[] {
  switch (runs.length - start) {
    case 0:
      return [];
    case 1:
      return [runs[start]!];
    case 2:
      return [runs[start]!, runs[start + 1]!];
    case 3:
      return [runs[start]!, runs[start + 1]!, runs[start + 2]!];
    default:
      return runs.slice(start);
  }
}

/**
 * `text.slice(start, end)` as a string of its own. V8 makes a slice of 13 characters or more a
 * view into `text`, which keeps the whole of `text` alive as long as the slice; joining two pieces
 * builds a new flat string instead. For what outlives the line it was read from and may be shared
 * far beyond it: segment ids, and the annotation ids kept in knownLabels.
 */
export function ownSlice(text: string, start: number, end: number): string {
  return end - start < 13
    ? text.slice(start, end)
    : [text[start], text.slice(start + 1, end)].join('');
}

/** True when a run shows a reader anything but white space (what `plainText(…).trim()` keeps). */
export function hasVisibleText(run: InlineRun): boolean {
  if (run.kind === 'text') {
    // Nearly always decided by the first character: printable ASCII other than a space.
    const c = run.text.charCodeAt(0);
    return (c > 0x20 && c < 0x7f) || NOT_SPACE.test(run.text);
  }
  for (const child of run.children) if (hasVisibleText(child)) return true;
  return false;
}
// `\s` is exactly the set String.prototype.trim removes (WhiteSpace and LineTerminator).
const NOT_SPACE = /\S/;

/** The text a reader sees: every annotation removed, every character kept. */
export function plainText(runs: readonly InlineRun[]): string {
  let out = '';
  for (const run of runs) out += run.kind === 'text' ? run.text : plainText(run.children);
  return out;
}

/** Writes runs back as markup that parses to the same runs (used by tests and tools). */
export function toMarkup(runs: readonly InlineRun[]): string {
  let out = '';
  for (const run of runs) {
    if (run.kind === 'text') out += escapeMarkup(run.text);
    else if (run.kind === 'term') out += `[${toMarkup(run.children)}]{${TERM_PREFIX}${run.term}}`;
    else out += `[${toMarkup(run.children)}]{${run.entity}}`;
  }
  return out;
}

export function escapeMarkup(text: string): string {
  return text.replace(/[[\]{}\\]/g, (c) => '\\' + c);
}

/**
 * A segment side whose runs are parsed from its markup when first read. The corpus pipeline
 * parses and checks every segment up front (so every error is found and located then), but a
 * text of a million words holds a few million run objects: a check of the content never reads
 * them again, a page reads those of the segments it shows. Keeping the markup instead and parsing
 * it again on demand lets the pipeline's parse results die young, cheap for the garbage
 * collector, and keeps the model a fraction of their size until its runs are read.
 *
 * The object stays a plain object with `runs` an own, enumerable property (an accessor), so
 * JSON.stringify, devalue (SvelteKit's page data), structuredClone and vitest's toEqual all read
 * `runs` as a value and see exactly the keys an eager side has, in the same order. The markup is
 * kept in a non-enumerable property that none of them look at; the accessor functions are shared,
 * so every side has the same shape (hidden class).
 */
export interface LazySide {
  runs: InlineRun[];
  glue: boolean;
  line: number;
}

/** What a side's runs are parsed from: its markup and the markup's 1-based column in its file. */
interface Markup {
  source: string;
  column: number;
}

/** The side's Markup until `runs` is first read, the runs (cached) from then on. */
const LAZY = 'lazyRuns';

interface Hidden {
  [LAZY]: Markup | InlineRun[];
  line: number;
}

const RUNS: PropertyDescriptor = {
  get(this: Hidden): InlineRun[] {
    const lazy = this[LAZY];
    if (Array.isArray(lazy)) return lazy;
    // The parser is deterministic: these are the runs the pipeline parsed and checked, with the
    // same lines and columns. Errors, if any, were reported then, not here.
    const { runs } = parseInline(lazy.source, '', this.line, lazy.column);
    this[LAZY] = runs;
    return runs;
  },
  set(this: Hidden, runs: InlineRun[]) {
    this[LAZY] = runs;
  },
  enumerable: true,
  configurable: true
};

/**
 * A side whose runs are `parseInline(markup, file, line, column).runs`, parsed on first read.
 * (Object.defineProperty is the only way to an own accessor and a hidden property; it is slow
 * enough next to a literal that a side takes two calls, not one per hidden value.)
 */
export function lazySide(markup: string, glue: boolean, line: number, column: number): LazySide {
  const side = Object.defineProperty({}, 'runs', RUNS) as LazySide;
  side.glue = glue;
  side.line = line;
  const lazy: Markup = { source: markup, column };
  return Object.defineProperty(side, LAZY, {
    value: lazy,
    writable: true,
    enumerable: false,
    configurable: true
  });
}
