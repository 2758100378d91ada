import { SaxesParser } from 'saxes';
import { FREEDICT_GENDER, FREEDICT_POS } from '../morph.ts';
import { normalizeForm } from '../normalize.ts';
import type { DictEntry, SenseData } from '../types.ts';

/** A problem in the dictionary's TEI, where it is: `file:line:column message`. */
export interface TeiProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class TeiError extends Error {
  readonly problems: TeiProblem[];
  constructor(problems: TeiProblem[]) {
    super(
      `the dictionary's TEI has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map(formatTeiProblem).join('\n')
    );
    this.name = 'TeiError';
    this.problems = problems;
  }
}

export function formatTeiProblem(p: TeiProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}

export interface TeiDictionary {
  /** The edition in the TEI header (`0.4.1`), for the data's notice. */
  edition: string;
  /** Normalised headword → its entries, in file order. */
  entries: Map<string, DictEntry[]>;
}

// What each element of an entry may contain: anything else is a malformed entry.
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
  entry: ['form', 'gramGrp', 'sense'],
  form: ['orth', 'pron'],
  gramGrp: ['pos', 'gen'],
  sense: ['cit', 'usg', 'note'],
  cit: ['quote', 'note'],
  orth: [],
  pron: [],
  pos: [],
  gen: [],
  quote: [],
  usg: [],
  note: []
};

const MAX_PROBLEMS = 50;

interface Open {
  name: string;
  line: number;
  column: number;
  text: string;
  attributes: Record<string, string>;
}

interface EntryDraft {
  line: number;
  column: number;
  orths: string[];
  pos?: string;
  gen?: string;
  senses: SenseData[];
}

/**
 * The FreeDict French–English TEI (P5) as headword → entries: part of speech, gender, and per
 * sense the translations (`cit type="trans"`), its domain (`usg`), examples
 * (`cit type="example"`: the French `quote` with its English `note type="def"`) and an English
 * definition (`note type="def"` in the sense itself). Streams the
 * file (a few MB, well under a second). Throws a TeiError listing every problem with its place
 * when the XML is not well-formed or an entry is not of that shape, so a bad edit to the
 * dictionary fails the build where it is instead of shipping an empty card.
 */
export function parseFreedictTei(xml: string, file = 'fra-eng.tei'): TeiDictionary {
  const problems: TeiProblem[] = [];
  const stack: Open[] = [];
  const entries = new Map<string, DictEntry[]>();
  let edition = '';
  let entry: EntryDraft | undefined;
  let sense: SenseData | undefined;
  let cit: { type: string; quotes: string[]; notes: string[]; open: Open } | undefined;
  let tagLine = 1;
  let tagColumn = 1;

  const problem = (at: { line: number; column: number }, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ file, line: at.line, column: at.column, message });
  };
  const parser = new SaxesParser({ xmlns: false, position: true });
  parser.on('error', (err) => {
    // saxes says `line:column: message` (a 0-based column); it goes on after a recoverable one.
    const m = /^(\d+):(\d+): (.*)$/su.exec(err.message);
    problem(
      m ? { line: Number(m[1]), column: Number(m[2]) + 1 } : { line: parser.line, column: parser.column + 1 },
      `malformed XML: ${m ? m[3] : err.message}`
    );
  });
  parser.on('opentagstart', (tag) => {
    // Where the `<` of this tag stands (1-based): the parser has read `<name` and the character
    // that ends the name.
    tagLine = parser.line;
    tagColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on('opentag', (tag) => {
    const open: Open = {
      name: tag.name,
      line: tagLine,
      column: tagColumn,
      text: '',
      attributes: tag.attributes as Record<string, string>
    };
    const parent = stack.at(-1);
    stack.push(open);
    if (tag.name === 'entry') {
      if (entry) problem(open, '<entry> inside another <entry>');
      entry = { line: open.line, column: open.column, orths: [], senses: [] };
      return;
    }
    if (!entry || !parent) return;
    const allowed = CHILDREN[parent.name];
    if (!allowed || !allowed.includes(tag.name)) {
      problem(open, `unexpected <${tag.name}> in <${parent.name}> of an entry`);
      return;
    }
    if (tag.name === 'sense') sense = { tr: [] };
    if (tag.name === 'cit') {
      const type = open.attributes.type ?? '';
      if (type !== 'trans' && type !== 'example') {
        problem(open, `<cit> of type '${type}': expected 'trans' or 'example'`);
      }
      cit = { type, quotes: [], notes: [], open };
    }
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', (tag) => {
    const open = stack.pop();
    if (!open) return;
    const text = open.text.replace(/\s+/gu, ' ').trim();
    if (tag.name === 'edition' && !entry) edition = text;
    if (!entry) return;
    switch (tag.name) {
      case 'orth':
        if (text) entry.orths.push(text);
        else problem(open, 'empty <orth>');
        break;
      case 'pos':
        if (!FREEDICT_POS[text]) problem(open, `unknown part of speech '${text}' in <pos>`);
        entry.pos = text;
        break;
      case 'gen':
        if (!FREEDICT_GENDER[text]) problem(open, `unknown gender '${text}' in <gen>`);
        entry.gen = text;
        break;
      case 'usg':
        if (sense && text) sense.usg = sense.usg ? `${sense.usg}, ${text}` : text;
        break;
      case 'quote':
        if (!text) problem(open, 'empty <quote>');
        else cit?.quotes.push(text);
        break;
      case 'note':
        // In an example, its English; directly in a sense, a definition in English.
        if (text && cit) cit.notes.push(text);
        else if (text && sense) sense.def = sense.def ? `${sense.def}; ${text}` : text;
        break;
      case 'cit':
        if (cit && sense) {
          if (cit.type === 'trans') sense.tr.push(...cit.quotes);
          else if (cit.type === 'example') {
            if (cit.quotes.length !== 1 || cit.notes.length !== 1) {
              problem(cit.open, 'an example <cit> needs one <quote> and one <note type="def">');
            } else (sense.ex ??= []).push([cit.quotes[0]!, cit.notes[0]!]);
          }
        }
        cit = undefined;
        break;
      case 'sense':
        // A sense with only a domain label (`rognon`, `râpe`) is left out: it says nothing.
        if (sense && (sense.tr.length || sense.ex || sense.def)) entry.senses.push(sense);
        sense = undefined;
        break;
      case 'entry': {
        const headword = entry.orths[0];
        if (!headword) problem(open, 'an <entry> without a headword (<form><orth>)');
        else if (entry.senses.length === 0) problem(open, `the entry '${headword}' has no <sense>`);
        else {
          const out: DictEntry = { senses: entry.senses };
          const pos = entry.pos ? FREEDICT_POS[entry.pos] : undefined;
          const gender = entry.gen ? FREEDICT_GENDER[entry.gen] : undefined;
          if (pos) out.pos = pos;
          if (gender) out.gender = gender;
          const key = normalizeForm(headword);
          const list = entries.get(key);
          if (list) list.push(out);
          else entries.set(key, [out]);
        }
        entry = undefined;
        break;
      }
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    problem(parser, `malformed XML: ${(err as Error).message}`);
  }
  if (stack.length && problems.length === 0) problem(parser, `<${stack.at(-1)!.name}> is never closed`);
  if (problems.length) throw new TeiError(problems);
  if (entries.size === 0) throw new TeiError([{ file, line: 1, column: 1, message: 'no <entry> at all' }]);
  return { edition, entries };
}
