/** One problem found in the content, located in the file an author edits. Lines and columns are 1-based. */
export interface ContentError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function contentError(
  file: string,
  line: number,
  column: number,
  message: string
): ContentError {
  return { file, line, column, message };
}

/** `file:line:col message`, the form editors and terminals turn into links. */
export function formatContentError(error: ContentError): string {
  return `${error.file}:${error.line}:${error.column} ${error.message}`;
}

/** Errors in reading order: by file, then line, then column. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
  );
}

/** Thrown where a caller needs a model and the content has problems: the site build. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];

  constructor(errors: readonly ContentError[]) {
    const sorted = sortContentErrors(errors);
    super(
      `The content has ${sorted.length} problem${sorted.length === 1 ? '' : 's'}:\n` +
        sorted.map(formatContentError).join('\n')
    );
    this.name = 'ContentErrors';
    this.errors = sorted;
  }
}
