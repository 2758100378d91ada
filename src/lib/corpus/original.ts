// A text's plain original (`original: source/fr.txt` in text.yaml), read into blocks the way the
// importer reads plain text, and compared with the blocks of fr.txt once its markup is removed.
// Pure: shared by the corpus check and src/lib/import (which runs in a browser worker).

export type PlainBlockKind = 'title' | 'heading' | 'paragraph';

export interface PlainBlock {
  kind: PlainBlockKind;
  text: string;
  /** 1-based line of the block's first line in the plain file. */
  line: number;
}

const HEADING = /^#{1,2}[ \t]+(?=\S)/;

/**
 * Reads a plain text file into blocks. A byte-order mark is dropped and CRLF/CR read as LF; spaces
 * and tabs at the start and end of a line are not part of the text (the aligned format cannot
 * keep them). The first non-blank line is the title (a leading `# ` is dropped). After it, a line
 * starting with `# ` or `## ` is a chapter heading, without its hashes. If the rest of the file
 * has a blank line between two lines of text, blank lines separate paragraphs and the lines of one
 * paragraph are joined by one space; if it has none, every line is a paragraph of its own.
 */
export function readPlainText(source: string): PlainBlock[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, ''));
  const blocks: PlainBlock[] = [];
  let i = 0;
  while (i < lines.length && lines[i] === '') i++;
  if (i === lines.length) return blocks;
  blocks.push({ kind: 'title', text: lines[i]!.replace(HEADING, ''), line: i + 1 });
  i++;
  const rest = lines.slice(i);
  const firstText = rest.findIndex((l) => l !== '');
  let lastText = -1;
  for (let k = rest.length - 1; k >= 0; k--)
    if (rest[k] !== '') {
      lastText = k;
      break;
    }
  const blankSeparated =
    firstText >= 0 && rest.slice(firstText, lastText + 1).some((l) => l === '');
  let paragraph: PlainBlock | undefined;
  for (let k = 0; k < rest.length; k++) {
    const line = rest[k]!;
    const number = i + k + 1;
    if (line === '') {
      paragraph = undefined;
      continue;
    }
    if (HEADING.test(line)) {
      paragraph = undefined;
      blocks.push({ kind: 'heading', text: line.replace(HEADING, ''), line: number });
      continue;
    }
    if (paragraph && blankSeparated) {
      paragraph.text += ' ' + line;
      continue;
    }
    paragraph = { kind: 'paragraph', text: line, line: number };
    blocks.push(paragraph);
  }
  return blocks;
}

export interface OriginalDifference {
  /** 0-based index of the first block that differs (title first). */
  block: number;
  /** 0-based offset of the first differing character in that block. */
  offset: number;
  original?: PlainBlock;
  actual?: PlainBlock;
}

/** The first difference between the original's blocks and a text's, or undefined if none. */
export function firstDifference(
  original: readonly PlainBlock[],
  actual: readonly PlainBlock[]
): OriginalDifference | undefined {
  const n = Math.max(original.length, actual.length);
  for (let b = 0; b < n; b++) {
    const o = original[b];
    const a = actual[b];
    if (o && a && o.kind === a.kind && o.text === a.text) continue;
    let offset = 0;
    if (o && a) while (offset < o.text.length && o.text[offset] === a.text[offset]) offset++;
    return { block: b, offset, original: o, actual: a };
  }
  return undefined;
}

/** A short quotation of a block from a character on, for messages. */
export function excerptAt(text: string, offset: number, length = 24): string {
  const part = text.slice(offset, offset + length);
  return offset + length < text.length ? `${part}…` : part;
}
