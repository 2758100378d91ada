import { contentError, type ContentError } from './errors.ts';
import { parseInline, plainText, type InlineRun } from './inline.ts';

export type BlockKind = 'title' | 'heading' | 'paragraph';

/** One segment as written in one language's file. */
export interface SegmentSource {
  id: string;
  runs: InlineRun[];
  /** True when the line ended with `\`: no space between this segment and the next. */
  glue: boolean;
  line: number;
  column: number;
}

export interface Block {
  kind: BlockKind;
  segments: SegmentSource[];
}

export interface AlignedFile {
  blocks: Block[];
  errors: ContentError[];
}

export const SEGMENT_ID = /^[a-z0-9][a-z0-9._-]*$/;
// `s`: a segment's text may hold any character but LF, U+2028 and U+2029 included.
const SEGMENT_LINE = /^(#{1,2} )?(\S+)(?:[ \t]+(.*))?$/s;

/**
 * Parses one language's side of a text (`fr.txt`, `en.txt`). The format, for authors, is in
 * docs/authoring.md: `# id Title`, `## id Chapter heading`, `id Segment text`, a blank line
 * between paragraphs, `%` for comments. Every problem is collected with its line and column.
 */
export function parseAlignedFile(file: string, text: string): AlignedFile {
  const errors: ContentError[] = [];
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let paragraph: Block | undefined;
  const lines = text.split('\n');

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.replace(/[ \t]+$/, '');
    if (line === '') {
      paragraph = undefined;
      return;
    }
    if (line.startsWith('%')) return;
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
    const textStart = line.length - (match[3]?.length ?? 0);
    let body = match[3] ?? '';
    let glue = false;
    const trailingBackslashes = /\\*$/.exec(body)![0].length;
    if (trailingBackslashes % 2 === 1) {
      glue = true;
      body = body.slice(0, -1).replace(/[ \t]+$/, '');
    }
    const duplicate = seen.get(id);
    if (duplicate !== undefined) {
      errors.push(
        contentError(
          file,
          lineNo,
          (marker?.length ?? 0) + 1,
          `duplicate segment id '${id}' (first used on line ${duplicate})`
        )
      );
    } else seen.set(id, lineNo);

    const parsed = parseInline(body, file, lineNo, textStart + 1);
    errors.push(...parsed.errors);
    if (plainText(parsed.runs).trim() === '' && parsed.errors.length === 0) {
      errors.push(
        contentError(file, lineNo, (marker?.length ?? 0) + 1, `segment '${id}' is empty`)
      );
    }
    const segment: SegmentSource = {
      id,
      runs: parsed.runs,
      glue,
      line: lineNo,
      column: textStart + 1
    };

    if (marker) {
      const kind: BlockKind = marker === '# ' ? 'title' : 'heading';
      if (glue) {
        errors.push(
          contentError(
            file,
            lineNo,
            line.length,
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
  });

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

function truncate(line: string): string {
  return line.length > 40 ? line.slice(0, 40) + '…' : line;
}
