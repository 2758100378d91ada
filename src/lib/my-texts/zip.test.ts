import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportZip, importZip, MAX_ZIP_FILES } from './zip.ts';

const text = {
  slug: 'un-texte',
  files: {
    'text.yaml': 'title: x\n',
    'fr.txt': '1.1 Bonjour <b>!</b>\n',
    'en.txt': '1.1 Hello.\n',
    'source/fr.txt': 'Bonjour'
  }
};

const zipOf = (entries: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));

describe('zip export and import', () => {
  it('round-trips a text folder under its slug', () => {
    const bytes = exportZip(text);
    expect(importZip(bytes)).toEqual(text);
  });

  it('refuses paths that leave the folder, absolute paths and several folders', () => {
    const base = { 'a/fr.txt': 'x', 'a/text.yaml': 'y' };
    for (const name of ['../evil.txt', '/etc/passwd', 'a/../../x', 'C:/x', 'a\\..\\x', 'a/./x']) {
      expect(() => importZip(zipOf({ ...base, [name]: 'z' })), name).toThrow(
        expect.objectContaining({ problem: expect.stringMatching(/unsafe-path|not-one-folder/) })
      );
    }
    expect(() => importZip(zipOf({ ...base, 'b/fr.txt': 'x' }))).toThrow(
      expect.objectContaining({ problem: 'not-one-folder' })
    );
  });

  it('refuses oversized, crowded, broken or incomplete archives', () => {
    expect(() => importZip(new Uint8Array(11 * 1024 * 1024))).toThrow(
      expect.objectContaining({ problem: 'too-large' })
    );
    // A small archive that inflates to more than a text may hold.
    const bomb = zipSync({
      'a/fr.txt': new Uint8Array(21 * 1024 * 1024),
      'a/text.yaml': strToU8('')
    });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => importZip(bomb)).toThrow(expect.objectContaining({ problem: 'too-large' }));
    const many: Record<string, string> = { 'a/fr.txt': 'x', 'a/text.yaml': 'y' };
    for (let i = 0; i < MAX_ZIP_FILES; i++) many[`a/n${i}.txt`] = '';
    expect(() => importZip(zipOf(many))).toThrow(expect.objectContaining({ problem: 'too-many' }));
    expect(() => importZip(strToU8('not a zip'))).toThrow(
      expect.objectContaining({ problem: 'not-zip' })
    );
    expect(() => importZip(zipOf({ 'a/en.txt': 'x' }))).toThrow(
      expect.objectContaining({ problem: 'missing-files' })
    );
    const latin1 = zipSync({ 'a/fr.txt': new Uint8Array([0xe9]), 'a/text.yaml': strToU8('') });
    expect(() => importZip(latin1)).toThrow(expect.objectContaining({ problem: 'not-utf8' }));
  });
});
