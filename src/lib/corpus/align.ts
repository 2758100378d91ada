import type { AlignedFile, Block, SegmentSource } from './aligned-file.ts';
import { contentError, type ContentError } from './errors.ts';
import type { Chapter, Segment } from './model.ts';

interface Side {
  file: string;
  parsed: AlignedFile;
}

interface Placed {
  source: SegmentSource;
  block: Block;
  startsBlock: boolean;
}

export interface Alignment {
  title: Segment;
  chapters: Chapter[];
  /** Segments in the text, the title included. */
  segmentCount: number;
}

/**
 * Pairs the French and English files segment by segment. They must list the same segment ids in
 * the same order, with titles, chapter headings and paragraph breaks in the same places; every
 * difference is reported at the line of the segment that has no partner or breaks the pattern.
 */
export function alignSides(fr: Side, en: Side): { alignment?: Alignment; errors: ContentError[] } {
  if (sameShape(fr.parsed.blocks, en.parsed.blocks)) {
    const alignment = pairBlocks(fr.parsed.blocks, en.parsed.blocks);
    return alignment ? { alignment, errors: [] } : { errors: [] };
  }
  const errors: ContentError[] = [];
  const frPlaced = place(fr.parsed);
  const enPlaced = place(en.parsed);
  const frIds = new Map(frPlaced.map((p) => [p.source.id, p]));
  const enIds = new Map(enPlaced.map((p) => [p.source.id, p]));

  for (const p of frPlaced) {
    if (!enIds.has(p.source.id)) {
      errors.push(
        contentError(
          fr.file,
          p.source.line,
          1,
          `segment '${p.source.id}' has no partner in ${en.file}`
        )
      );
    }
  }
  for (const p of enPlaced) {
    if (!frIds.has(p.source.id)) {
      errors.push(
        contentError(
          en.file,
          p.source.line,
          1,
          `segment '${p.source.id}' has no partner in ${fr.file}`
        )
      );
    }
  }
  if (errors.length > 0) return { errors };

  for (let i = 0; i < frPlaced.length; i += 1) {
    const a = frPlaced[i]!;
    const b = enPlaced[i]!;
    if (a.source.id !== b.source.id) {
      errors.push(
        contentError(
          en.file,
          b.source.line,
          1,
          `segment '${b.source.id}' is out of order: ${fr.file} has '${a.source.id}' here (line ${a.source.line})`
        )
      );
      return { errors };
    }
    if (a.block.kind !== b.block.kind || a.startsBlock !== b.startsBlock) {
      errors.push(
        contentError(
          en.file,
          b.source.line,
          1,
          `segment '${b.source.id}' ${describe(b)} here but ${describe(a)} in ${fr.file} (line ${a.source.line})`
        )
      );
    }
  }
  if (errors.length > 0) return { errors };

  const pair = (i: number): Segment => {
    const a = frPlaced[i]!.source;
    const b = enPlaced[i]!.source;
    return {
      id: a.id,
      fr: a.side,
      en: b.side
    };
  };

  let index = 0;
  const alignment = assemble(fr.parsed.blocks, (block) => block.segments.map(() => pair(index++)));
  return alignment ? { alignment, errors } : { errors };
}

/**
 * The title and chapters of the French blocks, each block's segments paired by `pairBlock`: a
 * heading starts a chapter, paragraphs before any heading make the text's one untitled chapter.
 */
function assemble(
  blocks: readonly Block[],
  pairBlock: (block: Block, b: number) => Segment[]
): Alignment | undefined {
  let title: Segment | undefined;
  const chapters: Chapter[] = [];
  blocks.forEach((block, b) => {
    const segments = pairBlock(block, b);
    if (block.kind === 'title') title = segments[0];
    else if (block.kind === 'heading') {
      chapters.push({
        id: segments[0]!.id,
        index: chapters.length,
        start: 0,
        segmentCount: 0,
        heading: segments[0],
        paragraphs: []
      });
    } else {
      if (chapters.length === 0) {
        chapters.push({ id: '', index: 0, start: 0, segmentCount: 0, paragraphs: [] });
      }
      chapters[chapters.length - 1]!.paragraphs.push(segments);
    }
  });
  if (!title) return undefined;
  let start = 1;
  for (const chapter of chapters) {
    chapter.start = start;
    chapter.segmentCount = (chapter.heading ? 1 : 0) + chapter.paragraphs.flat().length;
    start += chapter.segmentCount;
  }
  return { title, chapters, segmentCount: start };
}

/**
 * True when both sides have the same blocks, of the same kinds and lengths, with the same segment
 * ids in the same places: the common case, in which alignSides has nothing to report and pairs
 * the blocks directly, without indexing every segment of both files.
 */
function sameShape(fr: readonly Block[], en: readonly Block[]): boolean {
  if (fr.length !== en.length) return false;
  for (let b = 0; b < fr.length; b += 1) {
    const a = fr[b]!;
    const c = en[b]!;
    if (a.kind !== c.kind || a.segments.length !== c.segments.length) return false;
    for (let i = 0; i < a.segments.length; i += 1)
      if (a.segments[i]!.id !== c.segments[i]!.id) return false;
  }
  return true;
}

/** The title and chapters of two sides of the same shape (see sameShape). */
function pairBlocks(fr: readonly Block[], en: readonly Block[]): Alignment | undefined {
  return assemble(fr, (block, b) =>
    block.segments.map((a, i): Segment => ({ id: a.id, fr: a.side, en: en[b]!.segments[i]!.side }))
  );
}

function place(parsed: AlignedFile): Placed[] {
  return parsed.blocks.flatMap((block) =>
    block.segments.map((source, i) => ({ source, block, startsBlock: i === 0 }))
  );
}

function describe(p: Placed): string {
  if (p.block.kind === 'title') return 'is the title';
  if (p.block.kind === 'heading') return 'is a chapter heading';
  return p.startsBlock ? 'starts a paragraph' : 'continues a paragraph';
}
