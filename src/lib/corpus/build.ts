import {
  labelColumn,
  parseAlignedFile,
  type AlignedFile,
  type RunsVisitor
} from './aligned-file.ts';
import { alignSides } from './align.ts';
import { endsBeforeStart, compareDates, type PartialDate } from './dates.ts';
import { capPerFile, contentError, sortContentErrors, type ContentError } from './errors.ts';
import type { InlineRun } from './inline.ts';
import {
  LANGS,
  type Chapter,
  type Lang,
  type Segment,
  type Corpus,
  type Holding,
  type Occurrence,
  type Text
} from './model.ts';
import {
  CEFR_LEVELS,
  entryNotesFileSchema,
  entrySchema,
  termsFileSchema,
  textMetaSchema,
  type Bilingual,
  type Entry,
  type Term
} from './schema.ts';
import { decodeLines, decodeSource, forbiddenCharacters, InvalidUtf8 } from './source.ts';
import { didYouMean } from './suggest.ts';
import { checkOriginal } from './original-check.ts';
import { parseYaml, type Locator } from './yaml-source.ts';

/** The files of a content folder, by path relative to it with `/` separators. */
export type ContentFiles = ReadonlyMap<string, Uint8Array>;

export interface BuildResult {
  corpus?: Corpus;
  errors: ContentError[];
}

export const GLOSSARY_DIR = 'glossary';
export const TEXT_FILES = {
  meta: 'text.yaml',
  fr: 'fr.txt',
  en: 'en.txt',
  terms: 'terms.yaml',
  notes: 'notes.yaml'
} as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Parses, validates and models a whole content folder. Pure: it sees only the bytes it is given,
 * so tests, the fuzzer and the benchmark can hand it files that never touch the disk. Every
 * problem is collected; a corpus is returned only when there are none.
 */
export function buildCorpus(
  files: ContentFiles,
  root = 'texts',
  /** Files found as symbolic links (by relative path): reported, never followed. */
  links: ReadonlySet<string> = new Set()
): BuildResult {
  const errors: ContentError[] = [];
  const label = (rel: string) => `${root.replace(/\/+$/, '')}/${rel}`;
  for (const rel of [...links].sort()) {
    errors.push(
      contentError(
        label(rel),
        1,
        1,
        'symbolic link: links are not followed; put the file itself in the folder'
      )
    );
  }
  const decoded = new Map<string, string>();
  const read = (rel: string): string | undefined => {
    if (decoded.has(rel)) return decoded.get(rel);
    const bytes = files.get(rel);
    if (!bytes) return undefined;
    const result = decodeSource(label(rel), bytes);
    if (!result.ok) {
      errors.push(result.error);
      return undefined;
    }
    for (const error of forbiddenCharacters(label(rel), result.text)) errors.push(error);
    decoded.set(rel, result.text);
    return result.text;
  };
  /**
   * An aligned file, parsed as it is decoded (see decodeLines): undefined when it is missing, its
   * one error when it is not UTF-8.
   */
  const parseLines = (rel: string, visit: RunsVisitor): AlignedFile | ContentError | undefined => {
    const bytes = files.get(rel);
    if (!bytes) return undefined;
    try {
      return parseAlignedFile(label(rel), decodeLines(label(rel), bytes), visit);
    } catch (e) {
      if (e instanceof InvalidUtf8) return e.error;
      throw e;
    }
  };

  const glossaryFiles: string[] = [];
  const textDirs = new Map<string, string[]>();
  for (const rel of [...files.keys()].sort()) {
    const parts = rel.split('/');
    if (parts[0] === GLOSSARY_DIR) {
      if (parts.length === 2 && parts[1]!.endsWith('.yaml')) glossaryFiles.push(rel);
      else if (parts.length === 2 && parts[1]!.endsWith('.yml'))
        errors.push(contentError(label(rel), 1, 1, 'glossary entries end in .yaml'));
      continue;
    }
    if (parts.length === 2) {
      const list = textDirs.get(parts[0]!) ?? [];
      list.push(parts[1]!);
      textDirs.set(parts[0]!, list);
    }
  }

  // An entry whose own file has an error is left out: every use of it is a consequence of that
  // error, reported after it, and never told to create a file that exists.
  const brokenEntries = new Map<string, string>();
  for (const rel of glossaryFiles)
    brokenEntries.set(rel.slice(GLOSSARY_DIR.length + 1, -'.yaml'.length), label(rel));
  const entries = loadGlossary(glossaryFiles, read, label, errors, brokenEntries);
  for (const id of entries.keys()) brokenEntries.delete(id);
  const texts: LoadedText[] = [];
  for (const [slug, names] of textDirs) {
    const known = Object.values(TEXT_FILES) as string[];
    if (!names.some((n) => known.includes(n))) continue; // a folder of other files (notes, images)
    const text = loadText(
      slug,
      files,
      read,
      parseLines,
      label,
      entries,
      brokenEntries,
      errors,
      links
    );
    if (text) texts.push(text);
  }
  if (errors.length > 0) return { errors: capPerFile(sortContentErrors(errors)) };
  return { corpus: indexCorpus(texts, entries), errors: [] };
}

interface LoadedEntry {
  entry: Entry;
  file: string;
  locate: Locator;
}

function loadGlossary(
  files: string[],
  read: (rel: string) => string | undefined,
  label: (rel: string) => string,
  errors: ContentError[],
  glossaryFiles: ReadonlyMap<string, string>
): Map<string, LoadedEntry> {
  const entries = new Map<string, LoadedEntry>();
  for (const rel of files) {
    const source = read(rel);
    if (source === undefined) continue;
    const file = label(rel);
    const parsed = parseYaml(file, source, entrySchema);
    if (!parsed.ok) {
      pushAll(errors, parsed.errors);
      continue;
    }
    const entry = parsed.value;
    const expected = rel.slice(GLOSSARY_DIR.length + 1, -'.yaml'.length);
    if (entry.id !== expected) {
      const at = parsed.locate(['id']);
      errors.push(
        contentError(
          file,
          at.line,
          at.column,
          `id '${entry.id}' must match the file name '${expected}.yaml'`
        )
      );
      continue;
    }
    entries.set(entry.id, { entry, file, locate: parsed.locate });
  }
  const broken = new Map([...glossaryFiles].filter(([id]) => !entries.has(id)));
  for (const loaded of entries.values()) checkEntry(loaded, entries, broken, errors);
  return entries;
}

/**
 * The error for a use of an entry whose file exists but has an error of its own: a consequence of
 * that error, listed after it.
 */
function leftOut(
  file: string,
  line: number,
  column: number,
  id: string,
  brokenFile: string
): ContentError {
  return {
    ...contentError(
      file,
      line,
      column,
      `'${id}' is left out of the glossary until the error in ${brokenFile} is fixed`
    ),
    consequenceOf: brokenFile
  };
}

function checkEntry(
  loaded: LoadedEntry,
  entries: Map<string, LoadedEntry>,
  broken: ReadonlyMap<string, string>,
  errors: ContentError[]
) {
  const { entry, file, locate } = loaded;
  const report = (path: PropertyKey[], message: string, missing?: string) => {
    const at = locate(path);
    const brokenFile = missing === undefined ? undefined : broken.get(missing);
    errors.push(
      brokenFile
        ? leftOut(file, at.line, at.column, missing!, brokenFile)
        : contentError(file, at.line, at.column, message)
    );
  };
  const { from, to } = entry.dates ?? {};
  if (from && to && endsBeforeStart(from, to))
    report(['dates', 'to'], `dates.to (${to.iso}) is before dates.from (${from.iso})`);

  entry.related.forEach((id, i) => {
    if (!entries.has(id))
      report(
        ['related', i],
        `related entry '${id}' does not exist in the glossary${suggest(id, entries)}`,
        id
      );
    else if (id === entry.id) report(['related', i], 'an entry cannot be related to itself');
  });
  if (entry.held.length > 0 && entry.type !== 'person') {
    report(
      ['held'],
      `only a person holds posts; this entry is ${article(entry.type)} ${entry.type}`
    );
  }
  entry.held.forEach((tenure, i) => {
    const post = entries.get(tenure.post);
    if (!post)
      report(
        ['held', i, 'post'],
        `tenure names post '${tenure.post}', which does not exist in the glossary${suggest(tenure.post, entries)}`,
        tenure.post
      );
    else if (post.entry.type !== 'post')
      report(['held', i, 'post'], `'${tenure.post}' is a ${post.entry.type}, not a post`);
    if (tenure.to && endsBeforeStart(tenure.from, tenure.to)) {
      report(
        ['held', i, 'to'],
        `tenure ends (${tenure.to.iso}) before it starts (${tenure.from.iso})`
      );
    }
    if (from && endsBeforeStart(from, tenure.to ?? tenure.from)) {
      report(
        ['held', i, 'from'],
        `tenure of '${tenure.post}' lies before the holder's birth (${from.iso})`
      );
    }
    if (to && endsBeforeStart(tenure.from, to)) {
      report(
        ['held', i, 'from'],
        `tenure of '${tenure.post}' starts after the holder's death (${to.iso})`
      );
    }
    if (to && tenure.to && endsBeforeStart(tenure.to, to)) {
      report(
        ['held', i, 'to'],
        `tenure of '${tenure.post}' ends after the holder's death (${to.iso})`
      );
    }
  });
}

/**
 * The mentions of one language's file in reading order: the i-th names entity `entities[i]` and
 * stands in the file's `segments[i]`-th segment. Taken from the runs while the file is parsed,
 * for the mention index, since the model's segments parse their runs again only on demand.
 */
interface FileMentions {
  segments: number[];
  entities: string[];
}

interface LoadedText {
  text: Text;
  mentions: Record<Lang, FileMentions>;
}

function loadText(
  slug: string,
  files: ContentFiles,
  read: (rel: string) => string | undefined,
  parseLines: (rel: string, visit: RunsVisitor) => AlignedFile | ContentError | undefined,
  label: (rel: string) => string,
  entries: Map<string, LoadedEntry>,
  brokenEntries: ReadonlyMap<string, string>,
  errors: ContentError[],
  links: ReadonlySet<string>
): LoadedText | undefined {
  const before = errors.length;
  if (!SLUG.test(slug)) {
    errors.push(
      contentError(
        label(`${slug}/${TEXT_FILES.meta}`),
        1,
        1,
        `text folder '${slug}' must be named in lowercase letters, digits and hyphens`
      )
    );
  }
  const rel = (name: string) => `${slug}/${name}`;
  const missing = (name: string) =>
    // A symbolic link in its place is reported as such (see buildCorpus).
    !links.has(rel(name)) &&
    errors.push(
      contentError(
        label(rel(name)),
        1,
        1,
        `missing file: a text folder holds ${TEXT_FILES.meta}, ${TEXT_FILES.fr} and ${TEXT_FILES.en}`
      )
    );

  const metaSource = read(rel(TEXT_FILES.meta));
  const termsSource = read(rel(TEXT_FILES.terms));
  if (metaSource === undefined && !errors.some((e) => e.file === label(rel(TEXT_FILES.meta))))
    missing(TEXT_FILES.meta);
  if (!files.has(rel(TEXT_FILES.fr))) missing(TEXT_FILES.fr);
  if (!files.has(rel(TEXT_FILES.en))) missing(TEXT_FILES.en);

  const meta =
    metaSource === undefined
      ? undefined
      : parseYaml(label(rel(TEXT_FILES.meta)), metaSource, textMetaSchema);
  if (meta && !meta.ok) pushAll(errors, meta.errors);
  let terms: Record<string, Term> = {};
  let termsLocate: Locator | undefined;
  let termsBroken = false;
  if (termsSource !== undefined) {
    const parsed = parseYaml(label(rel(TEXT_FILES.terms)), termsSource, termsFileSchema.nullable());
    if (parsed.ok) {
      terms = parsed.value ?? {};
      termsLocate = parsed.locate;
    } else {
      pushAll(errors, parsed.errors);
      termsBroken = true;
    }
  }

  // notes.yaml: this text's own notes on glossary entries, each on an entry that exists.
  const entryNotes = new Map<string, Bilingual>();
  const notesSource = read(rel(TEXT_FILES.notes));
  if (notesSource !== undefined) {
    const notesFile = label(rel(TEXT_FILES.notes));
    const parsed = parseYaml(notesFile, notesSource, entryNotesFileSchema.nullable());
    if (!parsed.ok) pushAll(errors, parsed.errors);
    else {
      for (const [id, note] of Object.entries(parsed.value ?? {})) {
        if (entries.has(id)) {
          entryNotes.set(id, note);
          continue;
        }
        const at = parsed.locate([id], true);
        const brokenFile = brokenEntries.get(id);
        errors.push(
          brokenFile
            ? leftOut(notesFile, at.line, at.column, id, brokenFile)
            : contentError(
                notesFile,
                at.line,
                at.column,
                `note on '${id}', which is not in the glossary${suggest(id, entries)}`
              )
        );
      }
    }
  }

  const frFile = label(rel(TEXT_FILES.fr));
  const enFile = label(rel(TEXT_FILES.en));

  // Every mention and term is checked against the glossary and terms.yaml as its segment is
  // parsed. These errors are reported only when both files parse and align without errors (as
  // when the check walked the aligned model): a file with broken markup reports that first.
  const usedTerms = new Set<string>();
  const annotationErrors: ContentError[] = [];
  const mentions: Record<Lang, FileMentions> = {
    fr: { segments: [], entities: [] },
    en: { segments: [], entities: [] }
  };
  const annotations = (lang: Lang, file: string): RunsVisitor => {
    const found = mentions[lang];
    const check = (
      runs: readonly InlineRun[],
      segment: number,
      markup: string,
      markupColumn: number
    ) => {
      for (const run of runs) {
        if (run.kind === 'text') continue;
        if (run.kind === 'mention') {
          found.segments.push(segment);
          found.entities.push(run.entity);
          if (!entries.has(run.entity)) {
            const column = labelColumn(run, run.entity, markup, markupColumn);
            const brokenFile = brokenEntries.get(run.entity);
            annotationErrors.push(
              brokenFile
                ? leftOut(file, run.line, column, run.entity, brokenFile)
                : contentError(
                    file,
                    run.line,
                    column,
                    `unknown glossary id '${run.entity}': ${otherwise(didYouMean(run.entity, entries.keys()))}add ${label(`${GLOSSARY_DIR}/${run.entity}.yaml`)} or fix the id`
                  )
            );
          }
        }
        // With a broken terms.yaml its own errors say what is wrong; every use is not unknown.
        if (run.kind === 'term' && !termsBroken) {
          if (!Object.hasOwn(terms, run.term)) {
            annotationErrors.push(
              contentError(
                file,
                run.line,
                labelColumn(run, run.term, markup, markupColumn),
                `unknown term '${run.term}': ${otherwise(didYouMean(run.term, Object.keys(terms)))}define it in ${label(rel(TEXT_FILES.terms))}`
              )
            );
          } else if (lang === 'fr') usedTerms.add(run.term);
        }
        check(run.children, segment, markup, markupColumn);
      }
    };
    return check;
  };
  // Both are read even when one is missing or broken: each not in UTF-8 is reported.
  const fr = parseLines(rel(TEXT_FILES.fr), annotations('fr', frFile));
  const en = parseLines(rel(TEXT_FILES.en), annotations('en', enFile));
  if (fr && !('blocks' in fr)) errors.push(fr);
  if (en && !('blocks' in en)) errors.push(en);
  if (!fr || !('blocks' in fr) || !en || !('blocks' in en)) return undefined;
  pushAll(errors, fr.errors);
  pushAll(errors, en.errors);
  if (fr.errors.length > 0 || en.errors.length > 0) return undefined;

  const { alignment, errors: alignErrors } = alignSides(
    { file: frFile, parsed: fr },
    { file: enFile, parsed: en }
  );
  pushAll(errors, alignErrors);
  if (!alignment) return undefined;

  // French errors, then English: the errors are sorted by file, then position, in the end.
  pushAll(errors, annotationErrors);
  if (termsLocate) {
    for (const id of Object.keys(terms)) {
      if (!usedTerms.has(id)) {
        const at = termsLocate([id], true);
        errors.push(
          contentError(
            label(rel(TEXT_FILES.terms)),
            at.line,
            at.column,
            `term '${id}' is never marked in ${TEXT_FILES.fr} ('[…]{t:${id}}')`
          )
        );
      }
    }
  }
  if (errors.length > before || !meta?.ok) return undefined;
  if (meta.value.original !== undefined) {
    const error = checkOriginal({
      yamlFile: label(rel(TEXT_FILES.meta)),
      at: meta.locate(['original']),
      original: meta.value.original,
      originalFile: label(rel(meta.value.original)),
      bytes: files.get(rel(meta.value.original)),
      frFile,
      title: alignment.title,
      chapters: alignment.chapters
    });
    if (error) {
      errors.push(error);
      return undefined;
    }
  }
  return {
    text: {
      slug,
      meta: meta.value,
      title: alignment.title,
      chapters: alignment.chapters,
      terms,
      entryNotes,
      segmentCount: alignment.segmentCount
    },
    mentions
  };
}

/** The library's order: by CEFR level (A1 first), then by French title. */
const FRENCH_ORDER = new Intl.Collator('fr');
function libraryOrder(a: LoadedText, b: LoadedText): number {
  return (
    CEFR_LEVELS.indexOf(a.text.meta.level) - CEFR_LEVELS.indexOf(b.text.meta.level) ||
    FRENCH_ORDER.compare(a.text.meta.title.fr, b.text.meta.title.fr) ||
    (a.text.slug < b.text.slug ? -1 : 1)
  );
}

function indexCorpus(unordered: LoadedText[], loaded: Map<string, LoadedEntry>): Corpus {
  const loadedTexts = [...unordered].sort(libraryOrder);
  const entries = new Map<string, Entry>();
  for (const [id, { entry }] of [...loaded].sort(([a], [b]) => (a < b ? -1 : 1)))
    entries.set(id, entry);

  const mentions = new Map<string, Occurrence[]>();
  for (const id of entries.keys()) mentions.set(id, []);
  for (const { text, mentions: found } of loadedTexts) {
    const firstChapter = text.chapters[0]?.id ?? '';
    // The model's segments are in file order (the files are aligned), so the k-th segment of the
    // walk is the k-th of each file: its mentions are the next ones of each file's list.
    const next: Record<Lang, number> = { fr: 0, en: 0 };
    let k = 0;
    forEachSegment(text.title, text.chapters, (segment, chapter) => {
      for (const lang of LANGS) {
        const { segments, entities } = found[lang];
        let i = next[lang];
        if (segments[i] !== k) continue;
        // Every mention in one segment and language stands at the same place: one object for all.
        const at: Occurrence = {
          text: text.slug,
          chapter: chapter ?? firstChapter,
          segment: segment.id,
          lang
        };
        for (; segments[i] === k; i += 1) mentions.get(entities[i]!)!.push(at);
        next[lang] = i;
      }
      k += 1;
    });
  }

  const holders = new Map<string, Holding[]>();
  for (const entry of entries.values()) if (entry.type === 'post') holders.set(entry.id, []);
  for (const entry of entries.values()) {
    for (const tenure of entry.held) holders.get(tenure.post)?.push({ person: entry.id, tenure });
  }
  for (const list of holders.values())
    list.sort(
      (a, b) => compareDates(a.tenure.from, b.tenure.from) || byEnd(a.tenure.to, b.tenure.to)
    );
  const texts = loadedTexts.map(({ text }) => text);
  const textsBySlug = new Map(texts.map((text) => [text.slug, text]));
  return { texts, textsBySlug, entries, mentions, holders };
}

/**
 * Every segment of a text in reading order (the title first, as allSegments lists them) with the
 * id of its chapter, undefined for the title; without building the list.
 */
function forEachSegment(
  title: Segment,
  chapters: readonly Chapter[],
  visit: (segment: Segment, chapter: string | undefined) => void
) {
  visit(title, undefined);
  for (const chapter of chapters) {
    if (chapter.heading) visit(chapter.heading, chapter.id);
    for (const paragraph of chapter.paragraphs)
      for (const segment of paragraph) visit(segment, chapter.id);
  }
}

function byEnd(a: PartialDate | undefined, b: PartialDate | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return compareDates(a, b);
}

/** `did you mean 'x'? Otherwise ` before the usual advice, or nothing. */
function otherwise(hint: string): string {
  return hint ? `${hint}Otherwise ` : '';
}

/** `: did you mean 'x'?` for an id that is not in the glossary, or nothing. */
function suggest(id: string, entries: ReadonlyMap<string, unknown>): string {
  const hint = didYouMean(id, entries.keys());
  return hint ? `: ${hint.trimEnd()}` : '';
}

/** `to.push(...from)` without spreading: a spread of 125,000 errors overflows the stack. */
function pushAll<T>(to: T[], from: readonly T[]) {
  for (const item of from) to.push(item);
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
