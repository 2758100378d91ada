// A saved text as a .zip of the project's folder format (`<slug>/text.yaml`, `fr.txt`, `en.txt`,
// `source/…`): unzipped into texts/, it is a text folder ready for `npm run check:texts`. Reading
// one back refuses what could escape the folder or fill the browser: absolute paths, `..`,
// backslashes, several top folders, too many files, too many bytes (declared or real).
import { strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { isFilePath, MAX_RECORD_CHARS, type MyText } from './store.ts';

export const MAX_ZIP_BYTES = 10 * 1024 * 1024;
export const MAX_ZIP_FILES = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type ZipProblem =
  | 'too-large'
  | 'too-many'
  | 'not-zip'
  | 'unsafe-path'
  | 'not-one-folder'
  | 'not-utf8'
  | 'missing-files';

export class ZipError extends Error {
  readonly problem: ZipProblem;
  readonly path?: string;
  constructor(problem: ZipProblem, path?: string) {
    super(`zip: ${problem}${path ? ` (${path})` : ''}`);
    this.name = 'ZipError';
    this.problem = problem;
    this.path = path;
  }
}

/** The text folder as a zip: every file under `<slug>/`. */
export function exportZip(text: Pick<MyText, 'slug' | 'files'>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(text.files).sort(([a], [b]) => a.localeCompare(b))) {
    entries[`${text.slug}/${path}`] = strToU8(content);
  }
  return zipSync(entries, { level: 6 });
}

/** A text folder read back from a zip; throws ZipError when it is not a safe, readable one. */
export function importZip(bytes: Uint8Array): { slug: string; files: Record<string, string> } {
  if (bytes.length > MAX_ZIP_BYTES) throw new ZipError('too-large');
  let declared = 0;
  let count = 0;
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(bytes, {
      filter(file) {
        if (file.name.endsWith('/')) return false; // a folder entry
        if (++count > MAX_ZIP_FILES) throw new ZipError('too-many');
        declared += file.originalSize;
        if (declared > MAX_RECORD_CHARS) throw new ZipError('too-large');
        return true;
      }
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError('not-zip');
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let slug: string | undefined;
  let total = 0;
  const files: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipped)) {
    if (/^[/\\]|^[A-Za-z]:|\\/.test(name)) throw new ZipError('unsafe-path', name);
    const [top, ...rest] = name.split('/');
    const path = rest.join('/');
    if (!top || !isFilePath(name) || !isFilePath(path)) throw new ZipError('unsafe-path', name);
    if (!SLUG.test(top) || (slug !== undefined && top !== slug)) {
      throw new ZipError('not-one-folder', name);
    }
    slug = top;
    total += data.length;
    if (total > MAX_RECORD_CHARS) throw new ZipError('too-large');
    try {
      files[path] = decoder.decode(data).replace(/^\uFEFF/, '');
    } catch {
      throw new ZipError('not-utf8', name);
    }
  }
  if (!slug || !('fr.txt' in files) || !('text.yaml' in files)) {
    throw new ZipError('missing-files');
  }
  return { slug, files };
}
