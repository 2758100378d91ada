// `original: source/fr.txt` in text.yaml: the plain original, read as the importer reads plain
// text, must give exactly the blocks of fr.txt with its markup removed.
import { contentError, type ContentError } from './errors.ts';
import { plainText } from './inline.ts';
import { paragraphText, type Chapter, type Segment } from './model.ts';
import { excerptAt, firstDifference, readPlainText, type PlainBlock } from './original.ts';
import { decodeSource } from './source.ts';

export interface OriginalCheck {
  yamlFile: string;
  at: { line: number; column: number };
  original: string;
  originalFile: string;
  bytes: Uint8Array | undefined;
  frFile: string;
  title: Segment;
  chapters: readonly Chapter[];
}

/** fr.txt's blocks as plain text, each with the line of its first segment. */
export function frenchBlocks(title: Segment, chapters: readonly Chapter[]): PlainBlock[] {
  const blocks: PlainBlock[] = [
    { kind: 'title', text: plainText(title.fr.runs), line: title.fr.line }
  ];
  for (const chapter of chapters) {
    if (chapter.heading)
      blocks.push({
        kind: 'heading',
        text: plainText(chapter.heading.fr.runs),
        line: chapter.heading.fr.line
      });
    for (const paragraph of chapter.paragraphs)
      blocks.push({
        kind: 'paragraph',
        text: paragraphText(paragraph, 'fr'),
        line: paragraph[0]!.fr.line
      });
  }
  return blocks;
}

export function checkOriginal(c: OriginalCheck): ContentError | undefined {
  const here = (message: string) =>
    contentError(c.yamlFile, c.at.line, c.at.column, `original: ${message}`);
  if (!c.bytes) return here(`'${c.original}' does not exist in the text folder`);
  const decoded = decodeSource(c.originalFile, c.bytes);
  if (!decoded.ok) return decoded.error;
  const diff = firstDifference(readPlainText(decoded.text), frenchBlocks(c.title, c.chapters));
  if (!diff) return undefined;
  const { original: o, actual: a, offset } = diff;
  const where = (b: PlainBlock | undefined, file: string) =>
    b ? `${file}:${b.line}` : `${file} (ends before)`;
  const what = (b: PlainBlock | undefined) =>
    !b ? 'nothing' : `${b.kind} “${excerptAt(b.text, offset)}”`;
  const kinds = o && a && o.kind !== a.kind ? ' (a different kind of block)' : '';
  return here(
    `'${c.original}' differs from fr.txt at block ${diff.block + 1}, character ${offset + 1}${kinds}: ` +
      `${where(o, c.originalFile)} has ${what(o)}, ${where(a, c.frFile)} has ${what(a)}`
  );
}
