import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLines, decodeSource, InvalidUtf8, locateInvalidUtf8 } from './source.ts';

const FILE = 'texts/demo/fr.txt';
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const BOM = [0xef, 0xbb, 0xbf];

describe('decodeSource', () => {
  it('decodes UTF-8', () => {
    expect(decodeSource(FILE, utf8('Léon Trotski — 1917 😀'))).toEqual({
      ok: true,
      text: 'Léon Trotski — 1917 😀'
    });
  });

  it('drops a leading byte-order mark, and only a leading one', () => {
    expect(decodeSource(FILE, bytes(BOM, 'a\nb'))).toEqual({ ok: true, text: 'a\nb' });
    expect(decodeSource(FILE, bytes('a', BOM, 'b'))).toEqual({ ok: true, text: 'a\ufeffb' });
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(decodeSource(FILE, utf8('a\r\nb\r\n\r\nc\rd\n'))).toEqual({
      ok: true,
      text: 'a\nb\n\nc\nd\n'
    });
  });

  it('reads a BOM + CRLF file exactly as the plain LF file', () => {
    const plain = '# t Titre\n\n1.1 Un.\n1.2 Deux.\n';
    expect(decodeSource(FILE, bytes(BOM, plain.replace(/\n/g, '\r\n')))).toEqual(
      decodeSource(FILE, utf8(plain))
    );
  });

  it('decodes an empty file', () => {
    expect(decodeSource(FILE, new Uint8Array())).toEqual({ ok: true, text: '' });
    expect(decodeSource(FILE, Uint8Array.from(BOM))).toEqual({ ok: true, text: '' });
  });

  it('reports invalid UTF-8 at the line and column of the bad byte', () => {
    const result = decodeSource(FILE, bytes('# t Titre\n\n1.1 Caf', [0xe9], ' noir.\n'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: FILE, line: 3, column: 8 });
    expect(result.error.message).toMatch(/UTF-8/);
  });
});

describe('decodeLines', () => {
  /** The lines decodeLines gives, or the error it throws. */
  const read = (input: Uint8Array) => {
    try {
      return { ok: true, lines: [...decodeLines(FILE, input)] };
    } catch (e) {
      if (e instanceof InvalidUtf8) return { ok: false, error: e.error };
      throw e;
    }
  };
  /** What decodeLines must give: decodeSource's text split at LF, or its error. */
  const expected = (input: Uint8Array) => {
    const decoded = decodeSource(FILE, input);
    return decoded.ok ? { ok: true, lines: decoded.text.split('\n') } : decoded;
  };

  it('splits a file into decoded lines', () => {
    expect(read(utf8('# t Léon\n\n1.1 Un — 😀\n'))).toEqual({
      ok: true,
      lines: ['# t Léon', '', '1.1 Un — 😀', '']
    });
    expect(read(utf8(''))).toEqual({ ok: true, lines: [''] });
  });

  it('drops only a leading byte-order mark', () => {
    expect(read(bytes(BOM, 'a\n', BOM, 'b'))).toEqual({ ok: true, lines: ['a', '\ufeffb'] });
    expect(read(bytes(BOM, BOM))).toEqual({ ok: true, lines: ['\ufeff'] });
  });

  it('reads CRLF and lone CR as line breaks', () => {
    expect(read(utf8('a\r\nb\rc\n'))).toEqual({ ok: true, lines: ['a', 'b', 'c', ''] });
  });

  it('decodes a line only when it is read, and throws where decodeSource fails', () => {
    const input = bytes('a\nbé\n', [0xc3], '\nc');
    const lines = decodeLines(FILE, input);
    expect(lines.next()).toEqual({ done: false, value: 'a' });
    expect(lines.next()).toEqual({ done: false, value: 'bé' });
    expect(() => lines.next()).toThrow(InvalidUtf8);
    expect(read(input)).toEqual(expected(input));
    expect(read(input)).toMatchObject({ ok: false, error: { line: 3, column: 1 } });
  });

  it('agrees with decodeSource on any bytes', () => {
    const byte = fc.oneof(
      fc.constantFrom(0x0a, 0x0d, 0xef, 0xbb, 0xbf, 0xc3, 0xa9, 0x61, 0x20),
      fc.integer({ min: 0, max: 255 })
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 40 }), (list) => {
        const input = Uint8Array.from(list);
        expect(read(input)).toEqual(expected(input));
      }),
      { numRuns: 3000 }
    );
  });
});

describe('locateInvalidUtf8', () => {
  const at = (...parts: (string | number[])[]) => locateInvalidUtf8(bytes(...parts));

  it('finds a bad byte at the start', () => {
    expect(at([0xff], 'abc')).toEqual({ line: 1, column: 1 });
  });

  it('counts lines and columns in characters, not bytes', () => {
    expect(at('ab\ncd', [0xff])).toEqual({ line: 2, column: 3 });
    expect(at('é', [0xff])).toEqual({ line: 1, column: 2 });
    expect(at('—', [0xff])).toEqual({ line: 1, column: 2 });
    // An astral character is two UTF-16 code units, as editors count columns.
    expect(at('😀', [0xff])).toEqual({ line: 1, column: 3 });
  });

  it('does not count a leading BOM as a column', () => {
    expect(at(BOM, 'ab', [0xff])).toEqual({ line: 1, column: 3 });
  });

  it('counts a first character that is not a BOM but also starts with byte EF', () => {
    // U+FF01 '！' is EF BC 81 and U+FFFD '�' is EF BF BD: characters an author sees, unlike EF BB BF.
    expect(at('！', [0xff])).toEqual({ line: 1, column: 2 });
    expect(at('\ufffd', [0xff])).toEqual({ line: 1, column: 2 });
    expect(at('\uf000a', [0xff])).toEqual({ line: 1, column: 3 });
  });

  it('counts CRLF as one line break', () => {
    expect(at('a\r\nbc', [0xff])).toEqual({ line: 2, column: 3 });
  });

  it('counts a lone CR as a line break, as decodeSource reads it', () => {
    expect(at('a\rbc', [0xff])).toEqual({ line: 2, column: 3 });
  });

  it('rejects overlong forms, surrogates, code points past U+10FFFF and truncated sequences', () => {
    expect(at('ab', [0xc0, 0x80])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xc1, 0xbf])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xe0, 0x80, 0x80])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xed, 0xa0, 0x80])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xf0, 0x80, 0x80, 0x80])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xf4, 0x90, 0x80, 0x80])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xf5, 0x80, 0x80, 0x80])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0xe2, 0x82])).toEqual({ line: 1, column: 3 });
    expect(at('ab', [0x80])).toEqual({ line: 1, column: 3 });
  });

  it('agrees with the platform decoder on where the valid prefix ends', () => {
    // Bytes biased towards UTF-8 lead and continuation bytes, newlines and ASCII.
    const byte = fc.oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constant(0x0a),
      fc.integer({ min: 0x80, max: 0xbf }),
      fc.integer({ min: 0xc0, max: 0xff })
    );
    const chunk = fc.oneof(
      fc.array(byte, { maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }).map((s) => [...utf8(s)]),
      // A BOM, and characters whose encoding also starts with EF (U+FF01, U+FFFD).
      fc.constantFrom(BOM, [...utf8('！')], [...utf8('\ufffd')])
    );
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const valid = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 8 }), (chunks) => {
        // Without CR: line breaks other than LF are the subject of their own test above.
        const input = Uint8Array.from(chunks.flat().filter((b) => b !== 0x0d));
        const decoded = decodeSource(FILE, input);
        // The longest prefix that decodes: the next byte starts the first bad sequence.
        let length = input.length;
        while (length > 0 && !valid(input.subarray(0, length))) length -= 1;
        if (length === input.length) {
          expect(decoded.ok).toBe(true);
          return;
        }
        expect(decoded.ok).toBe(false);
        let prefix = fatal.decode(input.subarray(0, length));
        if (prefix.startsWith('\ufeff')) prefix = prefix.slice(1);
        const lines = prefix.split('\n');
        const expected = { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
        expect(locateInvalidUtf8(input)).toEqual(expected);
        if (!decoded.ok) expect(decoded.error).toMatchObject({ file: FILE, ...expected });
      }),
      { numRuns: 1000 }
    );
  });
});
