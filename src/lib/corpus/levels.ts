/** CEFR levels, easiest first. Kept free of zod for the client (the library's filters). */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type Level = (typeof CEFR_LEVELS)[number];

/** What a text is about, for the library's filter. Labels live in the UI strings (library). */
export const TOPICS = [
  'institutions',
  'lenin-stalin',
  'khrushchev',
  'brezhnev',
  'gorbachev'
] as const;
export type Topic = (typeof TOPICS)[number];
