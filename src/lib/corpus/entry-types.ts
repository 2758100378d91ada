/** The kinds of glossary entry, in the order legends list them. Kept free of zod for the client. */
export const ENTRY_TYPES = [
  'person',
  'post',
  'organization',
  'event',
  'document',
  'place'
] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
