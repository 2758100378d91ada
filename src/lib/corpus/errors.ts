/** One problem found in the content, located in the file an author edits. Lines and columns are 1-based. */
export interface ContentError {
  file: string;
  line: number;
  column: number;
  message: string;
  /**
   * Set on an error that only follows from another one: a use of a glossary entry that was left
   * out because its own file has an error, named here. It goes away once that one is fixed.
   */
  consequenceOf?: string;
}

export function contentError(
  file: string,
  line: number,
  column: number,
  message: string
): ContentError {
  return { file, line, column, message: escapeInvisible(shorten(message)) };
}

/**
 * Characters that content may not hold (see source.ts): C0 and C1 controls but tab and line
 * feed, DEL, bidirectional controls, zero-width characters and noncharacters. The no-break spaces
 * French uses (U+00A0, U+202F) are ordinary characters.
 */
export const FORBIDDEN_CHARACTER = new RegExp(
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  '[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u200b-\\u200d\\u2060\\u202a-\\u202e\\u2066-\\u2069\\ufeff\\ufdd0-\\ufdef\\ufffe\\uffff]'
);
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN_CHARACTER.source, 'g');

/** `\u202e` for each such character: a message shows what is there without acting on it. */
export function escapeInvisible(text: string): string {
  return text.replace(
    FORBIDDEN_GLOBAL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
}

/** How much of an author's text a message quotes: enough to recognise it. */
export const QUOTE_MAX = 80;
/** A message never grows past this, whatever it quotes (a 10 MB id gives a short line). */
const MESSAGE_MAX = 400;

/** Cuts what a message quotes from the content at QUOTE_MAX characters, with an ellipsis. */
export function clip(text: string, max = QUOTE_MAX): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}

/**
 * Every quoted stretch (between single quotes) longer than QUOTE_MAX is cut, then the whole
 * message if it is still too long: a message is one short line whatever the content holds.
 */
function shorten(message: string): string {
  if (message.length <= QUOTE_MAX) return message;
  // A quote opens after a space, a bracket or a colon; an apostrophe between two letters
  // ("l'URSS") is part of the quoted French, not the end of the quote.
  const cut = message.replace(
    /(^|[\s(:])'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){81,})'/gu,
    (_, before: string, quoted: string) => `${before}'${clip(quoted)}'`
  );
  return clip(cut, MESSAGE_MAX);
}

/** The most errors listed for one file; the rest are counted (see capPerFile). */
export const ERRORS_PER_FILE = 200;

/**
 * Sorted errors with at most `max` per file: the first ones, then one line counting the others,
 * at the place of the first one left out. Thousands of errors in one file say no more than 200.
 */
export function capPerFile(sorted: readonly ContentError[], max = ERRORS_PER_FILE): ContentError[] {
  const out: ContentError[] = [];
  let i = 0;
  while (i < sorted.length) {
    const file = sorted[i]!.file;
    let end = i;
    while (end < sorted.length && sorted[end]!.file === file) end += 1;
    for (let k = i; k < Math.min(end, i + max); k += 1) out.push(sorted[k]!);
    if (end - i > max) {
      const first = sorted[i + max]!;
      const more = end - i - max;
      out.push(
        contentError(
          file,
          first.line,
          first.column,
          `… and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'} in this file (only the first ${max} are listed)`
        )
      );
    }
    i = end;
  }
  return out;
}

/** `file:line:col message`, the form editors and terminals turn into links. */
export function formatContentError(error: ContentError): string {
  return `${escapeInvisible(error.file)}:${error.line}:${error.column} ${escapeInvisible(error.message)}`;
}

/**
 * Errors in reading order: the causes first, then the errors that only follow from them (see
 * ContentError.consequenceOf); each group by file, then line, then column.
 */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      Number(a.consequenceOf !== undefined) - Number(b.consequenceOf !== undefined) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column
  );
}

/**
 * What the content check and the build print for sorted errors: the causes, one per line; then,
 * under a heading, the lines that only follow from them; then a count. `dir` names the folder.
 */
export function formatContentReport(errors: readonly ContentError[], dir: string): string[] {
  const causes = errors.filter((e) => e.consequenceOf === undefined);
  const consequences = errors.filter((e) => e.consequenceOf !== undefined);
  const out = causes.map(formatContentError);
  if (consequences.length > 0) {
    out.push('', 'Following from the problems above (fix those first, and these go away):');
    for (const e of consequences) out.push(formatContentError(e));
  }
  const n = causes.length;
  const m = consequences.length;
  out.push(
    '',
    `${n} problem${n === 1 ? '' : 's'} in ${dir}` +
      (m > 0
        ? `, and ${m} line${m === 1 ? '' : 's'} that follow${m === 1 ? 's' : ''} from ${n === 1 ? 'it' : 'them'}`
        : '')
  );
  return out;
}

/** Thrown where a caller needs a model and the content has problems: the site build. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    const sorted = sortContentErrors(errors);
    super(`The content has problems:\n${formatContentReport(sorted, 'the content').join('\n')}`);
    this.name = 'ContentErrors';
    this.errors = sorted;
  }
}
