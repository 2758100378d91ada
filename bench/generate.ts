// Synthetic content with the first text's structure: its aligned segments (with their mentions
// and terms) repeated into chapters, the real glossary and terms, at a given French word count.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_TEXT = 'premiere-position';

interface Segment {
  fr: string;
  en: string;
}

/** The paragraphs of an aligned file (segment lines only; title, comments and headings dropped). */
function paragraphs(file: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('%') || line.startsWith('#')) continue;
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const match = /^(\S+)[ \t]+(.*?)[ \t]*$/.exec(line);
    if (!match) continue;
    if (!current) out.push((current = new Map()));
    current.set(match[1]!, match[2]!);
  }
  return out;
}

/** The words of a segment's text once the markup is removed. */
export function plain(marked: string): string {
  return marked.replace(/\]\{[^}]*\}/g, '').replace(/\[/g, '');
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export interface Generated {
  dir: string;
  slug: string;
  words: number;
  chapters: number;
  segments: number;
  /** The first chapter's plain text, for the bare comparison page. */
  firstChapter: { heading: { fr: string; en: string }; paragraphs: Segment[][] };
}

/**
 * Writes a content folder under `dir` with about `targetWords` French words in chapters of about
 * `chapterWords` words. Segment ids are unique (`c12.p3.s4`).
 */
export function generate(
  root: string,
  dir: string,
  targetWords: number,
  chapterWords = 3000
): Generated {
  const base = join(root, 'texts', SOURCE_TEXT);
  const fr = paragraphs(join(base, 'fr.txt'));
  const en = paragraphs(join(base, 'en.txt'));
  const source: Segment[][] = fr.map((para, i) =>
    [...para].map(([id, text]) => ({ fr: text, en: en[i]!.get(id)! }))
  );
  const paraWords = source.map((p) => p.reduce((n, s) => n + countWords(plain(s.fr)), 0));

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, SOURCE_TEXT), { recursive: true });
  cpSync(join(root, 'texts', 'glossary'), join(dir, 'glossary'), { recursive: true });
  for (const name of ['text.yaml', 'terms.yaml'])
    cpSync(join(base, name), join(dir, SOURCE_TEXT, name));

  const frOut: string[] = [
    '# title [Première position]{t:premiere-position} au [Parti communiste]{cpsu}',
    ''
  ];
  const enOut: string[] = [
    '# title The [Top Position]{t:premiere-position} in the [Communist Party]{cpsu}',
    ''
  ];
  let words = 0;
  let chapters = 0;
  let segments = 0;
  let next = 0; // rotating index into the source paragraphs
  let first: Generated['firstChapter'] | null = null;
  while (words < targetWords) {
    chapters += 1;
    const c = chapters;
    frOut.push(`## c${c} Chapitre ${c}`);
    enOut.push(`## c${c} Chapter ${c}`);
    const heading = { fr: `Chapitre ${c}`, en: `Chapter ${c}` };
    const paras: Segment[][] = [];
    let inChapter = 0;
    let p = 0;
    // At least one paragraph; then until the chapter or the whole text is long enough.
    do {
      p += 1;
      const para = source[next % source.length]!;
      const words0 = paraWords[next % source.length]!;
      next += 1;
      para.forEach((seg, s) => {
        const id = `c${c}.p${p}.s${s + 1}`;
        frOut.push(`${id} ${seg.fr}`);
        enOut.push(`${id} ${seg.en}`);
      });
      frOut.push('');
      enOut.push('');
      segments += para.length;
      paras.push(para.map((seg) => ({ fr: plain(seg.fr), en: plain(seg.en) })));
      inChapter += words0;
      words += words0;
    } while (inChapter < chapterWords && words < targetWords);
    if (!first) first = { heading, paragraphs: paras };
  }
  writeFileSync(join(dir, SOURCE_TEXT, 'fr.txt'), frOut.join('\n'));
  writeFileSync(join(dir, SOURCE_TEXT, 'en.txt'), enOut.join('\n'));
  return { dir, slug: SOURCE_TEXT, words, chapters, segments, firstChapter: first! };
}
