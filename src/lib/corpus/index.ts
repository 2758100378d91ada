// The corpus module's public face for the site and tools. Pure TypeScript: no Svelte, no DOM.
export * from './model.ts';
export * from './errors.ts';
export { buildCorpus, type ContentFiles, type BuildResult } from './build.ts';
export {
  plainText,
  type InlineRun,
  type TextRun,
  type TermRun,
  type MentionRun
} from './inline.ts';
export type { PartialDate } from './dates.ts';
export type { Entry, Tenure, Term, TextMeta, SourceRef, Bilingual } from './schema.ts';
export { ENTRY_TYPES, type EntryType } from './entry-types.ts';
