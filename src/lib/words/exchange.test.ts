import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedWord } from './saved-word.ts';
import {
  CSV_COLUMNS,
  escapeAnkiField,
  parseDelimited,
  parseImport,
  toAnkiTsv,
  toCsv,
  toWordInput,
  unescapeAnkiField,
  type ImportedWord
} from './exchange.ts';

const stalin: SavedWord = {
  key: 'entry:premiere-position:stalin',
  kind: 'entry',
  id: 'stalin',
  text: 'premiere-position',
  textTitle: {
    fr: 'Première position au Parti communiste',
    en: 'The Top Position in the Communist Party'
  },
  segment: '1.5',
  word: { fr: 'Josef Staline', en: 'Joseph Stalin' },
  gloss: 'Joseph Stalin',
  sentence: {
    fr: 'Josef Staline, qui avait plusieurs autres affectations administratives, est devenu secrétaire général.',
    en: 'Joseph Stalin, who had several other administrative assignments, became general secretary.'
  },
  savedAt: '2025-03-01T10:00:00.000Z'
};

/** Everything that can break a line, a field or a quote, in both files. */
const tricky: SavedWord = {
  key: 'term:premiere-position:t-1',
  kind: 'term',
  id: 't-1',
  text: 'premiere-position',
  segment: '2.3',
  chapter: 'c2',
  word: { fr: 'mémoire « phénoménale »', en: 'a "phenomenal" memory' },
  lemma: 'mémoire',
  gloss: 'memory, recall',
  sentence: {
    fr: 'Un homme\tà la mémoire « phénoménale »,\r\nsur deux lignes; avec "guillemets", <b>balises</b> & Иосиф Сталин 😀',
    en: 'A man\twith a "phenomenal" memory,\non two lines, <i>tags</i> & 斯大林\r'
  },
  savedAt: '2025-03-02T08:30:00.000Z'
};

/** A word saved outside any text, with only the required fields. */
const bare: SavedWord = {
  key: 'entry::lenin',
  kind: 'entry',
  id: 'lenin',
  word: { fr: 'Lénine', en: '' },
  savedAt: '2025-01-01T00:00:00.000Z'
};

/** What an import gives back for a saved word: the saved fields and the time, not the key. */
const imported = ({ key: _key, ...word }: SavedWord): ImportedWord => word;

describe('the Anki file', () => {
  it('starts with the header lines Anki reads, and has one note per line', () => {
    const tsv = toAnkiTsv([stalin, tricky, bare]);
    const lines = tsv.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Front\tBack\tTags\tData',
      '#tags column:3'
    ]);
    expect(lines.at(-1)).toBe('');
    const notes = lines.slice(4, -1);
    expect(notes).toHaveLength(3);
    for (const note of notes) {
      expect(note.split('\t')).toHaveLength(4);
      expect(note).not.toMatch(/[\r"]/);
      expect(note.startsWith('#')).toBe(false);
    }
  });

  it('puts the French word and sentence in front, the English gloss and sentence at the back', () => {
    const [front, back, tags] = toAnkiTsv([stalin]).split('\n')[4]!.split('\t');
    expect(front).toBe(
      '<b>Josef Staline</b><br><b>Josef Staline</b>, qui avait plusieurs autres affectations administratives, est devenu secrétaire général.'
    );
    expect(back).toBe(
      '<b>Joseph Stalin</b><br><b>Joseph Stalin</b>, who had several other administrative assignments, became general secretary.'
    );
    expect(tags).toBe('bilingual-reader premiere-position');
  });

  it('writes tabs, line breaks and markup inside fields as HTML', () => {
    const [front, back] = toAnkiTsv([tricky]).split('\n')[4]!.split('\t');
    expect(front).toBe(
      '<b>mémoire « phénoménale »</b> (mémoire)<br>Un homme&#9;à la <b>mémoire « phénoménale »</b>,<br>sur deux lignes; avec &quot;guillemets&quot;, &lt;b&gt;balises&lt;/b&gt; &amp; Иосиф Сталин 😀'
    );
    expect(back).toBe(
      '<b>memory, recall</b><br>A man&#9;with <b>a &quot;phenomenal&quot; memory</b>,<br>on two lines, &lt;i&gt;tags&lt;/i&gt; &amp; 斯大林<br>'
    );
  });

  it('marks the word whatever its capitals, and leaves a sentence alone without it', () => {
    const word = {
      ...bare,
      word: { fr: 'lénine', en: '' },
      sentence: { fr: 'Avec Lénine.', en: '' }
    };
    expect(toAnkiTsv([word]).split('\n')[4]!.split('\t')[0]).toBe(
      '<b>lénine</b><br>Avec <b>Lénine</b>.'
    );
    const absent = { ...bare, sentence: { fr: 'Sans lui.', en: '' } };
    expect(toAnkiTsv([absent]).split('\n')[4]!.split('\t')[0]).toBe('<b>Lénine</b><br>Sans lui.');
  });

  it('imports back identically', () => {
    const result = parseImport(toAnkiTsv([stalin, tricky, bare]));
    expect(result.errors).toEqual([]);
    expect(result.words).toEqual([stalin, tricky, bare].map(imported));
  });

  it('still imports after Anki moved the data column, or without the header lines', () => {
    const [, , , data] = toAnkiTsv([tricky]).split('\n')[4]!.split('\t');
    const exported = `#separator:tab\n#html:true\n#tags column:4\n${data}\tfront\tback\ttags\n`;
    expect(parseImport(exported).words).toEqual([imported(tricky)]);
    const headerless = toAnkiTsv([stalin]).split('\n').slice(4).join('\n');
    expect(parseImport(headerless).words).toEqual([imported(stalin)]);
  });
});

describe('the CSV file', () => {
  it('has a header row, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCsv([stalin, tricky]);
    expect(csv.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(CSV_COLUMNS.slice(0, 11)).toEqual([
      'kind',
      'id',
      'text',
      'segment',
      'french',
      'english',
      'lemma',
      'gloss',
      'sentence_fr',
      'sentence_en',
      'saved_at'
    ]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      'term,t-1,premiere-position,2.3,mémoire « phénoménale »,"a ""phenomenal"" memory",mémoire,"memory, recall",'
    );
    expect(csv).toContain(
      '"Un homme\tà la mémoire « phénoménale »,\r\nsur deux lignes; avec ""guillemets"", <b>balises</b> & Иосиф Сталин 😀"'
    );
  });

  it('imports back identically', () => {
    const result = parseImport(toCsv([stalin, tricky, bare]));
    expect(result.errors).toEqual([]);
    expect(result.words).toEqual([stalin, tricky, bare].map(imported));
  });

  it('reads a BOM, LF line ends, columns in another order and semicolons', () => {
    const csv = '\uFEFFid,french,kind,english\nstalin,Staline,entry,Stalin\n';
    expect(parseImport(csv)).toEqual({
      words: [{ kind: 'entry', id: 'stalin', word: { fr: 'Staline', en: 'Stalin' } }],
      errors: []
    });
    const excel = 'kind;id;french;english;sentence_fr\r\nterm;t-2;poste;post;"Un poste; deux"\r\n';
    expect(parseImport(excel).words).toEqual([
      {
        kind: 'term',
        id: 't-2',
        word: { fr: 'poste', en: 'post' },
        sentence: { fr: 'Un poste; deux', en: '' }
      }
    ]);
  });
});

describe('import errors', () => {
  it('locates bad lines and keeps the good ones', () => {
    const csv = [
      'kind,id,french,english',
      'entry,stalin,Staline,Stalin',
      'noun,x,y,z',
      'entry',
      '',
      'term,t-1,"poste',
      'à deux lignes",post',
      'entry,lenin,,Lenin'
    ].join('\r\n');
    const result = parseImport(csv);
    expect(result.words.map((w) => w.id)).toEqual(['stalin', 't-1']);
    expect(result.words[1]!.word.fr).toBe('poste\r\nà deux lignes');
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'invalid'],
      [4, 'columns'],
      [8, 'invalid']
    ]);
  });

  it('reports an unterminated quote where it opened', () => {
    const result = parseImport('kind,id,french\nentry,stalin,Staline\nentry,lenin,"Lénine\n\n');
    expect(result.words.map((w) => w.id)).toEqual(['stalin']);
    expect(result.errors).toEqual([expect.objectContaining({ line: 3, code: 'quote' })]);
  });

  it('says what is wrong with files that are not exports of this reader', () => {
    expect(parseImport('').errors.map((e) => e.code)).toEqual(['empty']);
    expect(parseImport('\uFEFF\r\n\r\n').errors.map((e) => e.code)).toEqual(['empty']);
    expect(parseImport('hello,world\nfoo,bar').errors).toEqual([
      expect.objectContaining({ line: 1, code: 'header' })
    ]);
    expect(parseImport('#separator:tab\n#html:true\nfront\tback\n').errors).toEqual([
      expect.objectContaining({ line: 3, code: 'data' })
    ]);
    expect(parseImport('#separator:"\nx').errors).toEqual([
      expect.objectContaining({ line: 1, code: 'separator' })
    ]);
    const broken = toAnkiTsv([stalin]).replace('{&quot;kind', '{&quot;kin');
    expect(parseImport(broken).errors).toEqual([
      expect.objectContaining({ line: 5, code: 'data' })
    ]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({
            unit: fc.constantFrom(
              '#',
              ':',
              '\t',
              ',',
              ';',
              '"',
              '\r',
              '\n',
              '{',
              '}',
              'a',
              '&',
              '<'
            ),
            maxLength: 80
          }),
          fc.string({ maxLength: 80 }).map((s) => `kind,id,french\n${s}`),
          fc.string({ maxLength: 80 }).map((s) => `#separator:tab\n#html:true\n${s}`)
        ),
        (text) => {
          const result = parseImport(text);
          expect(Array.isArray(result.words)).toBe(true);
          for (const error of result.errors) expect(error.line).toBeGreaterThanOrEqual(1);
        }
      ),
      { numRuns: 1000 }
    );
  });
});

describe('round trip, for any text', () => {
  // Characters that break naive files, mixed with any Unicode.
  const nasty = fc.constantFrom('\t', '\n', '\r', '\r\n', '"', ',', ';', '<', '>', '&', '#', ' ');
  const anyText = fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: nasty },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom('&amp;', '<br>', '&#9;', '""', 'é', 'Ж', '😀') }
    ),
    maxLength: 30
  });
  const nonEmpty = anyText.filter((s) => s.trim() !== '');
  const optional = fc.option(
    anyText.filter((s) => s !== ''),
    { nil: undefined }
  );
  const pair = fc.option(
    fc.record({ fr: anyText, en: anyText }).filter((p) => p.fr !== '' || p.en !== ''),
    { nil: undefined }
  );
  const word: fc.Arbitrary<ImportedWord> = fc
    .record({
      kind: fc.constantFrom('entry' as const, 'term' as const),
      id: nonEmpty,
      text: optional,
      textTitle: pair,
      segment: optional,
      chapter: optional,
      word: fc.record({ fr: nonEmpty, en: anyText }),
      lemma: optional,
      gloss: optional,
      sentence: pair,
      savedAt: fc.option(
        fc
          .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        { nil: undefined }
      )
    })
    // Absent optional fields are left out, as the reader stores them.
    .map((w) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined)))
    .map((w) => w as unknown as ImportedWord);

  it('the Anki file gives back the same words', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), (words) => {
        const result = parseImport(toAnkiTsv(words));
        expect(result.errors).toEqual([]);
        expect(result.words).toEqual(words);
      }),
      { numRuns: 600 }
    );
  });

  it('the CSV file gives back the same words', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 5 }), (words) => {
        const result = parseImport(toCsv(words));
        expect(result.errors).toEqual([]);
        expect(result.words).toEqual(words);
      }),
      { numRuns: 600 }
    );
  });

  it('HTML escaping is undone exactly and never leaves a tab, a line break or a quote', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const escaped = escapeAnkiField(text);
        expect(escaped).not.toMatch(/[\t\r\n"]/);
        expect(unescapeAnkiField(escaped)).toBe(text);
      }),
      { numRuns: 500 }
    );
  });

  it('a CSV field of any text reads back as itself', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 4 }), (fields) => {
        const line = fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f));
        const { records, error } = parseDelimited(line.join(','), ',');
        expect(error).toBeUndefined();
        // An empty last record is no record at all.
        if (fields.length === 1 && fields[0] === '') expect(records).toEqual([]);
        else expect(records[0]!.fields).toEqual(fields);
      }),
      { numRuns: 500 }
    );
  });
});

describe('word validation', () => {
  it('drops unknown fields and empty optional ones, refuses wrong types', () => {
    expect(
      toWordInput({
        kind: 'term',
        id: 'x',
        word: { fr: 'y', en: 'z' },
        lemma: '',
        sentence: { fr: '', en: '' },
        extra: 1
      })
    ).toEqual({ kind: 'term', id: 'x', word: { fr: 'y', en: 'z' } });
    expect(toWordInput({ kind: 'term', id: 'x', word: { fr: 'y' }, lemma: 3 })).toBeUndefined();
    expect(toWordInput({ kind: 'noun', id: 'x', word: { fr: 'y' } })).toBeUndefined();
    expect(toWordInput({ kind: 'term', id: ' ', word: { fr: 'y' } })).toBeUndefined();
    expect(toWordInput({ kind: 'term', id: 'x', word: { fr: '' } })).toBeUndefined();
    expect(toWordInput(null)).toBeUndefined();
  });
});
