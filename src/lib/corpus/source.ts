import { contentError, escapeInvisible, FORBIDDEN_CHARACTER, type ContentError } from './errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type DecodedSource = { ok: true; text: string } | { ok: false; error: ContentError };

/**
 * Turns a file's bytes into the text the parsers see. A leading byte-order mark is dropped and
 * CRLF (or a lone CR) becomes LF, so a file saved by any editor reads the same; invalid UTF-8 is
 * reported at the line and column of the first bad byte instead of being replaced silently.
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, error: invalidUtf8(file, bytes) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** Thrown by decodeLines when it reaches a line that is not valid UTF-8. */
export class InvalidUtf8 extends Error {
  readonly error: ContentError;

  constructor(error: ContentError) {
    super(error.message);
    this.name = 'InvalidUtf8';
    this.error = error;
  }
}

/**
 * decodeSource's text, line by line, for the aligned files. Without a CR in the file each line is
 * decoded from the bytes only when it is read, so the file never becomes one big string and each
 * line can be collected once parsed; V8 also keeps a line of Latin-1 characters (most French and
 * English prose) in one byte a character, where the whole file, with a few dashes and quotes in
 * it, would take two. A line break is never part of a multi-byte sequence, so the lines decode
 * exactly when the whole file does. Reading a line that is not valid UTF-8 throws InvalidUtf8
 * with the error decodeSource gives: the lines before it have been read by then.
 */
export function* decodeLines(file: string, bytes: Uint8Array): Generator<string, void, undefined> {
  if (bytes.includes(CR)) {
    const decoded = decodeSource(file, bytes);
    if (!decoded.ok) throw new InvalidUtf8(decoded.error);
    yield* decoded.text.split('\n');
    return;
  }
  // A leading byte-order mark is dropped, as decodeSource drops it.
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (;;) {
    const end = bytes.indexOf(LF, start);
    let line: string;
    try {
      line = decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      throw new InvalidUtf8(invalidUtf8(file, bytes));
    }
    yield line;
    if (end === -1) return;
    start = end + 1;
  }
}

const LF = 0x0a;
const CR = 0x0d;

function invalidUtf8(file: string, bytes: Uint8Array): ContentError {
  const { line, column } = locateInvalidUtf8(bytes);
  return contentError(file, line, column, 'invalid UTF-8: save the file as UTF-8');
}

/** Line and column (in characters) of the first byte that does not begin a valid UTF-8 sequence. */
export function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) return { line, column };
    // Line breaks as decodeSource reads them: LF, CRLF (one break) and a lone CR.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line += 1;
      column = 1;
    } else if (bytes[i] === 0x0d) {
      // The CR of a CRLF: the LF that follows makes the break.
    } else if (!(i === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
      // A leading BOM is not a character of the text an author sees.
      column += length === 4 ? 2 : 1;
    }
    i += length;
  }
  return { line, column };
}

function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

const FORBIDDEN_ALL = new RegExp(FORBIDDEN_CHARACTER.source, 'g');

/** What a forbidden character is, for the message. */
function kindOf(code: number): string {
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return 'a control character';
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return 'a bidirectional control, which changes how the text around it is shown';
  if (code >= 0xfdd0) return code === 0xfeff ? 'a zero-width character' : 'a noncharacter';
  return 'a zero-width character';
}

/**
 * Every forbidden character (FORBIDDEN_CHARACTER) of `text`, located: `line` is the line `text`
 * starts on and `column` the column of its first character. Invisible or control characters in
 * names, titles and segments would spoof what a reader sees, or reach the page raw.
 */
export function forbiddenCharacters(
  file: string,
  text: string,
  line = 1,
  column = 1
): ContentError[] {
  const errors: ContentError[] = [];
  if (!FORBIDDEN_CHARACTER.test(text)) return errors;
  FORBIDDEN_ALL.lastIndex = 0;
  let lineStart = 0;
  let lineNo = line;
  let scanned = 0;
  for (let m = FORBIDDEN_ALL.exec(text); m; m = FORBIDDEN_ALL.exec(text)) {
    for (
      let i = text.indexOf('\n', scanned);
      i !== -1 && i < m.index;
      i = text.indexOf('\n', i + 1)
    ) {
      lineNo += 1;
      lineStart = i + 1;
    }
    scanned = m.index;
    const code = m[0].charCodeAt(0);
    errors.push(
      contentError(
        file,
        lineNo,
        (lineNo === line ? column : 1) + m.index - lineStart,
        `${escapeInvisible(m[0])} is ${kindOf(code)}: remove it (content may not hold invisible or control characters)`
      )
    );
  }
  return errors;
}
