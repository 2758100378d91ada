import { z } from 'zod';
import { parsePartialDate } from './dates.ts';
import { ENTRY_TYPES } from './entry-types.ts';
import { CEFR_LEVELS, TOPICS } from './levels.ts';
import { ANNOTATION_ID } from './inline.ts';

/** Glossary and term ids: what `[text]{id}` and `[text]{t:id}` reference. */
export const annotationId = z
  .string()
  .regex(
    ANNOTATION_ID,
    'use lowercase letters, digits and single hyphens (e.g. general-secretary)'
  );

export { ENTRY_TYPES, type EntryType } from './entry-types.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A text in both languages of the app. */
export const bilingual = z.strictObject({ fr: nonEmpty, en: nonEmpty });

const sentenceSegmenters = {
  fr: new Intl.Segmenter('fr', { granularity: 'sentence' }),
  en: new Intl.Segmenter('en', { granularity: 'sentence' })
};
function countSentences(text: string, lang: 'fr' | 'en'): number {
  let n = 0;
  for (const s of sentenceSegmenters[lang].segment(text)) if (s.segment.trim() !== '') n += 1;
  return n;
}
const summaryText = (lang: 'fr' | 'en') =>
  nonEmpty.refine((text) => {
    const n = countSentences(text, lang);
    return n >= 2 && n <= 4;
  }, 'a summary has 2 to 4 sentences');

export const partialDate = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const date = parsePartialDate(value);
  if (!date) {
    ctx.addIssue({
      code: 'custom',
      message: `'${value}' is not a date: write 1917, 1917-10 or 1917-10-25, with ~ in front when approximate ("~1917")`
    });
    return z.NEVER;
  }
  return date;
});

// The guide's rule, exactly: `https://` and a host. (z.url alone accepts `https:evil.example/x`.)
const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^/?#\s]/, 'must be an https:// URL')
  .pipe(z.url({ protocol: /^https$/, error: 'must be an https:// URL' }));

export const sourceRef = z.strictObject({ title: nonEmpty, url: httpsUrl.optional() });
const sources = z
  .union([sourceRef, z.array(sourceRef).min(1, 'name at least one source')])
  .transform((s) => (Array.isArray(s) ? s : [s]));

const nameList = z.array(nonEmpty).default([]);

export const tenureSchema = z.strictObject({
  post: annotationId,
  from: partialDate,
  to: partialDate.optional(),
  unofficial: z.boolean().default(false),
  note: bilingual.optional()
});

export const entrySchema = z.strictObject({
  id: annotationId,
  type: z.enum(ENTRY_TYPES),
  name: z.strictObject({ fr: nonEmpty, en: nonEmpty, orig: nonEmpty.optional() }),
  aliases: z
    .strictObject({ fr: nameList, en: nameList, orig: nameList })
    .default({ fr: [], en: [], orig: [] }),
  summary: z.strictObject({ fr: summaryText('fr'), en: summaryText('en') }),
  dates: z.strictObject({ from: partialDate.optional(), to: partialDate.optional() }).optional(),
  held: z.array(tenureSchema).default([]),
  related: z.array(annotationId).default([]),
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, 'a Wikidata id looks like Q855')
    .optional(),
  source: sources,
  note: bilingual.optional()
});

export { CEFR_LEVELS, TOPICS };

/** A file inside the text's own folder, named relative to it (no `..`, no absolute path). */
const folderPath = z
  .string()
  .regex(
    /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[\w.-]+(?:\/[\w.-]+)*$/,
    'name a file inside the text folder, e.g. source/fr.txt'
  );

export const textMetaSchema = z.strictObject({
  title: bilingual,
  author: nonEmpty,
  translator: nonEmpty,
  source: sources,
  license: z.strictObject({ name: nonEmpty, url: httpsUrl.optional(), note: bilingual.optional() }),
  level: z.enum(CEFR_LEVELS),
  topic: z.enum(TOPICS).optional(),
  original: folderPath.optional(),
  description: bilingual.optional()
});

export const PARTS_OF_SPEECH = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'conjunction',
  'pronoun',
  'determiner',
  'expression'
] as const;

/**
 * A vocabulary item of one text, glossed for the sentence it stands in (terms.yaml). A noun
 * states its gender, and only a noun has one.
 */
export const termSchema = z
  .strictObject({
    lemma: nonEmpty,
    pos: z.enum(PARTS_OF_SPEECH),
    gender: z.enum(['m', 'f']).optional(),
    gloss: nonEmpty,
    note: bilingual.optional()
  })
  .superRefine((term, ctx) => {
    if (term.pos === 'noun' && term.gender === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['gender'],
        message: "a noun needs its gender: add 'gender: m' or 'gender: f'"
      });
    } else if (term.pos !== 'noun' && term.gender !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['gender'],
        message: `only nouns have a gender, and this term's pos is ${term.pos}: remove 'gender'`
      });
    }
  });

export const termsFileSchema = z.record(annotationId, termSchema);

/** notes.yaml: a text's own note on glossary entries, by entry id, in both languages. */
export const entryNotesFileSchema = z.record(annotationId, bilingual);

export type Entry = z.output<typeof entrySchema>;
export type Tenure = z.output<typeof tenureSchema>;
export type TextMeta = z.output<typeof textMetaSchema>;
export type Term = z.output<typeof termSchema>;
export type SourceRef = z.output<typeof sourceRef>;
export type Bilingual = z.output<typeof bilingual>;
