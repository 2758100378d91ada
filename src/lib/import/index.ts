// The importer's public face: plain text in, a text folder in the documented format out. Pure
// TypeScript with no Node APIs, so a browser Web Worker can run it as the CLI does.
export {
  importText,
  slugify,
  ImportError,
  MAX_INPUT_BYTES,
  MAX_LENGTH_RATIO,
  LOW_CONFIDENCE,
  UNTRANSLATED,
  type ImportInput,
  type ImportResult,
  type ImportStats,
  type ReviewItem,
  type ReviewKind,
  type Pairing
} from './import.ts';
export { splitSentences, type Sentence, type Lang } from './split.ts';
export { alignSentences, type AlignSentence, type Bead, type BeadKind } from './align.ts';
export {
  suggestMentions,
  mentionIndex,
  nameCandidates,
  glossaryNames,
  fold,
  type GlossaryNames,
  type FoundMention,
  type Candidate,
  type MentionIndex
} from './mentions.ts';
export { readPlainText, type PlainBlock } from '../corpus/original.ts';
