/**
 * Saved words in and out of files: an Anki-importable TSV and an RFC 4180 CSV, and one import
 * that reads either back. Pure TypeScript (no Svelte, no DOM): the "My words" page calls it, and
 * the unit tests prove that what is exported imports back identically.
 */
import type { SavedWord, SavedWordInput } from './saved-word.ts';

/** A word read from a file: the saved fields, and when it was saved if the file says so. */
export type ImportedWord = SavedWordInput & { savedAt?: string };

/** Why a line could not be imported; the UI words each code in the reader's language. */
export type ImportErrorCode =
  | 'empty' // nothing to import in the file
  | 'header' // a CSV without the columns this reader writes
  | 'separator' // an Anki header naming a separator this reader does not read
  | 'quote' // a quoted field that never ends
  | 'columns' // a CSV row with too few fields
  | 'data' // an Anki line without this reader's data column
  | 'invalid'; // fields that do not make a valid word

export interface ImportError {
  /** 1-based line of the file where the bad record starts. */
  line: number;
  code: ImportErrorCode;
  /** A plain English description, for logs and tests. */
  message: string;
}

export interface ImportResult {
  words: ImportedWord[];
  errors: ImportError[];
}

// ---------------------------------------------------------------------------------------------
// Validation, shared with the saved-words state (what is loaded from storage is checked the same way)

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An optional string field: absent, or a string ('' counts as absent). False if of another type. */
function optionalString(v: unknown): string | undefined | false {
  if (v === undefined || v === null || v === '') return undefined;
  return typeof v === 'string' ? v : false;
}

/** An optional pair of French and English strings; both empty counts as absent. */
function optionalPair(v: unknown): { fr: string; en: string } | undefined | false {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) return false;
  const fr = v.fr ?? '';
  const en = v.en ?? '';
  if (typeof fr !== 'string' || typeof en !== 'string') return false;
  return fr === '' && en === '' ? undefined : { fr, en };
}

/**
 * Checks and normalises one word from outside (storage, a file): unknown fields are dropped,
 * empty optional fields are left out, anything of the wrong type makes the whole word invalid.
 */
export function toWordInput(value: unknown): SavedWordInput | undefined {
  if (!isObject(value)) return undefined;
  const { kind, id, word } = value;
  if (kind !== 'entry' && kind !== 'term') return undefined;
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  if (!isObject(word) || typeof word.fr !== 'string' || word.fr.trim() === '') return undefined;
  const en = word.en ?? '';
  if (typeof en !== 'string') return undefined;
  const text = optionalString(value.text);
  const segment = optionalString(value.segment);
  const chapter = optionalString(value.chapter);
  const lemma = optionalString(value.lemma);
  const gloss = optionalString(value.gloss);
  const textTitle = optionalPair(value.textTitle);
  const sentence = optionalPair(value.sentence);
  if ([text, segment, chapter, lemma, gloss, textTitle, sentence].includes(false)) return undefined;
  const out: SavedWordInput = { kind, id, word: { fr: word.fr, en } };
  if (text) out.text = text;
  if (textTitle) out.textTitle = textTitle;
  if (segment) out.segment = segment;
  if (chapter) out.chapter = chapter;
  if (lemma) out.lemma = lemma;
  if (gloss) out.gloss = gloss;
  if (sentence) out.sentence = sentence;
  return out;
}

/** A time written by this reader (or a spreadsheet) that JavaScript can read back. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && !Number.isNaN(Date.parse(value));
}

/** Like toWordInput, keeping a valid `savedAt` if there is one. */
function toImportedWord(value: unknown): ImportedWord | undefined {
  const word = toWordInput(value);
  if (!word) return undefined;
  const savedAt = isObject(value) ? value.savedAt : undefined;
  return isTimestamp(savedAt) ? { ...word, savedAt } : word;
}

// ---------------------------------------------------------------------------------------------
// HTML (the fields of the Anki file)

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\r': '&#13;',
  '\n': '<br>'
};

/**
 * Escapes text for an Anki field with `#html:true`: the result has no tab, no line break and no
 * double quote, so it can never split a line or a field. Reversed exactly by `unescapeAnkiField`.
 */
export function escapeAnkiField(text: string): string {
  return text.replace(/[&<>"\t\r\n]/g, (c) => HTML_ESCAPES[c]!);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads back HTML text: entities (named and numeric) and <br> as a line break; one pass. */
export function unescapeAnkiField(html: string): string {
  return html.replace(
    /<br\s*\/?>|&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi,
    (match, entity: string | undefined) => {
      if (entity === undefined) return '\n';
      if (entity[0] === '#') {
        const code =
          entity[1] === 'x' || entity[1] === 'X'
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      return NAMED[entity.toLowerCase()] ?? match;
    }
  );
}

/** Display text for a card face: line breaks of any kind as <br>. */
const display = (text: string) => escapeAnkiField(text.replace(/\r\n?/g, '\n'));

/**
 * Where a saved word stands in its sentence: its first occurrence, exactly or in other capitals.
 * The page highlights it, the Anki card puts it in bold.
 */
export function splitAtWord(
  sentence: string,
  word: string
): { before: string; match: string; after: string } | undefined {
  if (word === '') return undefined;
  let at = sentence.indexOf(word);
  if (at < 0) {
    const lower = sentence.toLocaleLowerCase('fr');
    const target = word.toLocaleLowerCase('fr');
    // Lower-casing can change lengths in a few scripts: only trust it when it does not.
    if (lower.length === sentence.length && target.length === word.length) {
      at = lower.indexOf(target);
    }
  }
  if (at < 0) return undefined;
  const end = at + word.length;
  return {
    before: sentence.slice(0, at),
    match: sentence.slice(at, end),
    after: sentence.slice(end)
  };
}

/** Escapes a sentence for a card face, with the word in bold. */
function markWord(sentence: string, word: string): string {
  const parts = splitAtWord(sentence, word);
  if (!parts) return display(sentence);
  return `${display(parts.before)}<b>${display(parts.match)}</b>${display(parts.after)}`;
}

// ---------------------------------------------------------------------------------------------
// Export

/** Column names of the Anki file; Anki maps Front and Back to a Basic note's fields by name. */
export const ANKI_COLUMNS = ['Front', 'Back', 'Tags', 'Data'] as const;

/** Everything needed to rebuild the word, for this reader (Anki ignores the column). */
function dataOf(word: SavedWord | ImportedWord): string {
  const input = toWordInput(word) ?? word;
  const data: ImportedWord = { ...input };
  if (isTimestamp(word.savedAt)) data.savedAt = word.savedAt;
  return escapeAnkiField(JSON.stringify(data));
}

function tagsOf(word: SavedWordInput): string {
  const tags = ['bilingual-reader'];
  if (word.text) tags.push(word.text.replace(/\s+/g, '_'));
  return tags.join(' ');
}

/**
 * An Anki note per word. Front: the French word in bold (and its lemma when it differs), then the
 * French sentence with the word in bold. Back: the English gloss, then the English sentence.
 * The Data column carries the word itself, so this reader can import the file back exactly.
 */
export function toAnkiTsv(words: readonly (SavedWord | ImportedWord)[]): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    `#columns:${ANKI_COLUMNS.join('\t')}`,
    `#tags column:${ANKI_COLUMNS.indexOf('Tags') + 1}`
  ];
  for (const word of words) {
    let front = `<b>${display(word.word.fr)}</b>`;
    if (word.lemma && word.lemma !== word.word.fr) front += ` (${display(word.lemma)})`;
    if (word.sentence?.fr) front += `<br>${markWord(word.sentence.fr, word.word.fr)}`;
    const meaning = word.gloss || word.word.en;
    let back = meaning ? `<b>${display(meaning)}</b>` : '';
    if (word.sentence?.en) {
      back += `${back ? '<br>' : ''}${markWord(word.sentence.en, word.word.en)}`;
    }
    lines.push([front, back, tagsOf(word), dataOf(word)].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** CSV columns, in order; the first eleven are the documented ones, the title and chapter follow. */
export const CSV_COLUMNS = [
  'kind',
  'id',
  'text',
  'segment',
  'french',
  'english',
  'lemma',
  'gloss',
  'sentence_fr',
  'sentence_en',
  'saved_at',
  'text_title_fr',
  'text_title_en',
  'chapter'
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/** RFC 4180: a field with a comma, a double quote or a line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvRow(word: SavedWord | ImportedWord): Record<CsvColumn, string> {
  return {
    kind: word.kind,
    id: word.id,
    text: word.text ?? '',
    segment: word.segment ?? '',
    french: word.word.fr,
    english: word.word.en,
    lemma: word.lemma ?? '',
    gloss: word.gloss ?? '',
    sentence_fr: word.sentence?.fr ?? '',
    sentence_en: word.sentence?.en ?? '',
    saved_at: word.savedAt ?? '',
    text_title_fr: word.textTitle?.fr ?? '',
    text_title_en: word.textTitle?.en ?? '',
    chapter: word.chapter ?? ''
  };
}

/** A header row, then one row per word; CRLF line ends as RFC 4180 says. */
export function toCsv(words: readonly (SavedWord | ImportedWord)[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const word of words) {
    const row = csvRow(word);
    rows.push(CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------------------------------------
// Import

interface DelimitedRecord {
  line: number;
  fields: string[];
}

/**
 * Splits delimited text into records: a field may be quoted ("…", quotes doubled) and then hold
 * delimiters and line breaks; CRLF, LF and CR all end a record. An unterminated quote is an error
 * located at the line where it opened, and ends the reading.
 */
export function parseDelimited(
  text: string,
  delimiter: string,
  firstLine = 1
): { records: DelimitedRecord[]; error?: ImportError } {
  const records: DelimitedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = firstLine;
  let recordLine = firstLine;
  let fieldStart = true;
  let inRecord = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (fieldStart && c === '"') {
      const quoteLine = line;
      i += 1;
      for (;;) {
        if (i >= text.length) {
          const message = `a quoted field opened on line ${quoteLine} never ends`;
          return { records, error: { line: quoteLine, code: 'quote', message } };
        }
        const q = text[i]!;
        if (q === '"') {
          i += 1;
          if (text[i] !== '"') break;
        } else if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) {
          line += 1;
        }
        field += q;
        i += 1;
      }
      fieldStart = false;
      inRecord = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
      fieldStart = true;
      inRecord = true;
      i += 1;
    } else if (c === '\r' || c === '\n') {
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      fieldStart = true;
      inRecord = false;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      // Text after a closing quote is kept as is, as lenient readers (and Anki's) do.
      field += c;
      fieldStart = false;
      inRecord = true;
      i += 1;
    }
  }
  if (inRecord) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return { records };
}

const BOM = '\uFEFF';

/** Header names the CSV reader recognises, with the spellings a spreadsheet might give them. */
function columnIndex(header: string[]): Partial<Record<CsvColumn, number>> {
  const index: Partial<Record<CsvColumn, number>> = {};
  header.forEach((name, i) => {
    const key = name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_') as CsvColumn;
    if ((CSV_COLUMNS as readonly string[]).includes(key) && index[key] === undefined) {
      index[key] = i;
    }
  });
  return index;
}

const isBlank = (record: DelimitedRecord) => record.fields.every((f) => f.trim() === '');

function fromColumns(
  records: DelimitedRecord[],
  header: DelimitedRecord,
  errors: ImportError[]
): ImportedWord[] {
  const index = columnIndex(header.fields);
  if (index.kind === undefined || index.id === undefined || index.french === undefined) {
    errors.push({
      line: header.line,
      code: 'header',
      message: 'the first row must name the columns, with at least kind, id and french'
    });
    return [];
  }
  const needed = Math.max(index.kind, index.id, index.french) + 1;
  const words: ImportedWord[] = [];
  for (const record of records) {
    if (isBlank(record)) continue;
    if (record.fields.length < needed) {
      errors.push({
        line: record.line,
        code: 'columns',
        message: `expected ${header.fields.length} fields, found ${record.fields.length}`
      });
      continue;
    }
    const get = (column: CsvColumn) => {
      const i = index[column];
      return i === undefined ? '' : (record.fields[i] ?? '');
    };
    const word = toImportedWord({
      kind: get('kind'),
      id: get('id'),
      text: get('text'),
      segment: get('segment'),
      word: { fr: get('french'), en: get('english') },
      lemma: get('lemma'),
      gloss: get('gloss'),
      sentence: { fr: get('sentence_fr'), en: get('sentence_en') },
      textTitle: { fr: get('text_title_fr'), en: get('text_title_en') },
      chapter: get('chapter'),
      savedAt: get('saved_at')
    });
    if (word) words.push(word);
    else
      errors.push({
        line: record.line,
        code: 'invalid',
        message: 'not a word: kind must be entry or term, and id and french are required'
      });
  }
  return words;
}

/** The word in a field of an Anki line, if that field is this reader's data. */
function wordFromData(field: string): ImportedWord | undefined {
  const text = unescapeAnkiField(field).trim();
  if (!text.startsWith('{')) return undefined;
  try {
    return toImportedWord(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function fromAnki(
  records: DelimitedRecord[],
  dataColumn: number | undefined,
  errors: ImportError[]
): ImportedWord[] {
  const words: ImportedWord[] = [];
  for (const record of records) {
    if (isBlank(record)) continue;
    // The declared Data column first; a file that went through Anki may have moved it.
    let word = dataColumn === undefined ? undefined : wordFromData(record.fields[dataColumn] ?? '');
    for (let i = record.fields.length - 1; !word && i >= 0; i -= 1) {
      word = wordFromData(record.fields[i]!);
    }
    if (word) words.push(word);
    else
      errors.push({
        line: record.line,
        code: 'data',
        message: 'no word data in this line (only files exported by this reader can be imported)'
      });
  }
  return words;
}

const SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  colon: ':',
  space: ' '
};

/**
 * Reads an exported file back: the Anki TSV (its `#` header lines, or tabs on the first line)
 * or the CSV (a header row naming the columns; commas, or semicolons as French spreadsheets
 * write). A BOM, CRLF or LF line ends are all fine. Never throws: bad lines become located errors
 * and the good ones are still read.
 */
export function parseImport(input: string): ImportResult {
  const errors: ImportError[] = [];
  const text = input.startsWith(BOM) ? input.slice(BOM.length) : input;

  // Anki header lines: `#key:value`, at the top.
  let delimiter: string | undefined;
  let dataColumn: number | undefined;
  let anki = false;
  let pos = 0;
  let lineNo = 1;
  const lineEnd = /\r\n|\n|\r/g;
  while (pos < text.length && text[pos] === '#') {
    lineEnd.lastIndex = pos;
    const found = lineEnd.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(pos + 1, end);
    anki = true;
    const colon = line.indexOf(':');
    const key = colon < 0 ? '' : line.slice(0, colon).trim().toLowerCase();
    const value = colon < 0 ? '' : line.slice(colon + 1);
    if (key === 'separator') {
      delimiter =
        SEPARATORS[value.trim().toLowerCase()] ?? (value.length === 1 ? value : undefined);
      if (delimiter === undefined || delimiter === '"') {
        const message = `unknown separator "${value}"`;
        return { words: [], errors: [{ line: lineNo, code: 'separator', message }] };
      }
    } else if (key === 'columns') {
      const names = value.split(delimiter ?? '\t').map((name) => name.trim().toLowerCase());
      const at = names.indexOf('data');
      if (at >= 0) dataColumn = at;
    }
    pos = found ? end + found[0].length : text.length;
    lineNo += 1;
  }
  const body = text.slice(pos);
  const first = body.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  delimiter ??= first.includes('\t')
    ? '\t'
    : first.includes(';') && !first.includes(',')
      ? ';'
      : ',';

  const parsed = parseDelimited(body, delimiter, lineNo);
  // Like Anki, a line that starts with # below the header is a comment in an Anki file.
  const content = parsed.records.filter(
    (r) => !isBlank(r) && !(anki && r.fields[0]?.startsWith('#'))
  );
  let words: ImportedWord[] = [];
  if (content.length === 0 && !parsed.error && !anki) {
    errors.push({ line: lineNo, code: 'empty', message: 'there is nothing to import' });
  } else if (content.length > 0) {
    // A first row naming the columns makes a table (the CSV); otherwise these are Anki notes.
    const header = content[0]!;
    const index = columnIndex(header.fields);
    if ((index.kind !== undefined && index.id !== undefined) || !(anki || delimiter === '\t')) {
      words = fromColumns(content.slice(1), header, errors);
    } else {
      words = fromAnki(content, dataColumn, errors);
    }
  }
  if (parsed.error) errors.push(parsed.error);
  return { words, errors };
}
