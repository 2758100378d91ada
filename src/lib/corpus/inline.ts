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
const ESCAPABLE = '[]{}\\';

interface Frame {
  column: number;
  children: InlineRun[];
}

export interface InlineResult {
  runs: InlineRun[];
  errors: ContentError[];
}

/**
 * Parses one segment's inline markup. `source` is a single line; `column` is the 1-based column
 * of its first character in the file, so every error points at the character an author must fix.
 * The parser never throws: on a problem it records a located error and keeps the characters as
 * plain text, so nothing an author typed is lost even in a broken file.
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
  const root: Frame = { column: 0, children: [] };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1]!;

  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1];
      if (next !== undefined && ESCAPABLE.includes(next)) {
        pushText(top().children, next);
        i += 2;
      } else {
        at(i, `'\\${next ?? ''}' is not an escape: write '\\\\' for a backslash`);
        pushText(top().children, '\\');
        i += 1;
      }
    } else if (c === '[') {
      stack.push({ column: i, children: [] });
      i += 1;
    } else if (c === ']') {
      if (stack.length === 1) {
        at(i, "']' has no matching '[': write '\\]' for a literal bracket");
        pushText(top().children, c);
        i += 1;
        continue;
      }
      const frame = stack.pop()!;
      const parent = top();
      if (source[i + 1] !== '{') {
        at(i, "']' must be followed by '{id}' naming a glossary entry or '{t:term}'");
        keepAsText(parent, frame, ']');
        i += 1;
        continue;
      }
      // A label never holds brackets or braces: stopping at one reports a forgotten '}' as such
      // instead of swallowing the rest of the line into a label.
      let close = i + 2;
      while (close < source.length && !'[]{}'.includes(source[close]!)) close += 1;
      if (source[close] !== '}') {
        at(i + 1, "'{' is not closed: an annotation ends with '{id}' or '{t:id}'");
        keepAsText(parent, frame, ']{');
        i += 2;
        continue;
      }
      const label = source.slice(i + 2, close);
      const run = makeRun(label, frame, i + 2, (index, message) => at(index, message));
      if (run) parent.children.push(run);
      else keepAsText(parent, frame, `]{${label}}`);
      i = close + 1;
    } else if (c === '{' || c === '}') {
      at(i, `'${c}' outside an annotation: write '\\${c}' for a literal brace`);
      pushText(top().children, c);
      i += 1;
    } else {
      const start = i;
      while (i < source.length && !'\\[]{}'.includes(source[i]!)) i += 1;
      pushText(top().children, source.slice(start, i));
    }
  }
  while (stack.length > 1) {
    const frame = stack.pop()!;
    at(frame.column, "'[' is never closed: end the annotation with ']{id}' or write '\\['");
    keepAsText(top(), frame, '');
  }
  return { runs: mergeText(root.children), errors };

  function makeRun(
    label: string,
    frame: Frame,
    labelIndex: number,
    report: (index: number, message: string) => void
  ): InlineRun | undefined {
    const isTerm = label.startsWith(TERM_PREFIX);
    const id = isTerm ? label.slice(TERM_PREFIX.length) : label;
    if (!ANNOTATION_ID.test(id)) {
      report(
        labelIndex,
        `'{${label}}' is not a valid ${isTerm ? 'term' : 'entry'} id: use lowercase letters, digits and single hyphens`
      );
      return undefined;
    }
    const children = mergeText(frame.children);
    if (!children.some((child) => plainText([child]).trim() !== '')) {
      report(frame.column, `the annotation '{${label}}' has no text`);
      return undefined;
    }
    for (const child of frame.children) {
      if (child.kind === 'mention') {
        report(
          child.column - column,
          isTerm
            ? `a term cannot contain a mention: put the term inside the mention instead ('{${label}}' contains '{${child.entity}}')`
            : `mentions cannot be nested: '{${child.entity}}' sits inside '{${label}}'`
        );
        return undefined;
      }
      if (child.kind === 'term' && isTerm) {
        report(
          child.column - column,
          `terms cannot be nested: '{t:${child.term}}' sits inside '{${label}}'`
        );
        return undefined;
      }
    }
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

/** Error recovery: a broken annotation's brackets and label stay in the text, nothing is lost. */
function keepAsText(parent: Frame, frame: Frame, closing: string) {
  pushText(parent.children, '[');
  for (const child of frame.children) {
    if (child.kind === 'text') pushText(parent.children, child.text);
    else parent.children.push(child);
  }
  if (closing) pushText(parent.children, closing);
}

function pushText(children: InlineRun[], text: string) {
  const last = children[children.length - 1];
  if (last?.kind === 'text') last.text += text;
  else children.push({ kind: 'text', text });
}

function mergeText(children: InlineRun[]): InlineRun[] {
  const merged: InlineRun[] = [];
  for (const child of children) {
    if (child.kind === 'text') {
      if (child.text !== '') pushText(merged, child.text);
    } else merged.push(child);
  }
  return merged;
}

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
