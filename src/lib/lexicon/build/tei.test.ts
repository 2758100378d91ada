import { describe, expect, it } from 'vitest';
import { parseFreedictTei, TeiError } from './tei.ts';

const tei = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><editionStmt><edition>0.4.1</edition></editionStmt></fileDesc></teiHeader>
<text><body>
${body}
</body></text>
</TEI>
`;

const maison = `<entry>
  <form><orth>Maison</orth><pron>mɛzɔ̃</pron></form>
  <gramGrp><pos>n</pos><gen>fem</gen></gramGrp>
  <sense><cit type="trans"><quote>house</quote></cit><cit type="trans"><quote>home</quote></cit></sense>
  <sense n="2"><usg type="dom">com</usg><cit type="trans"><quote>firm</quote></cit></sense>
</entry>`;

function problemsOf(xml: string) {
  try {
    parseFreedictTei(xml, 'fra-eng.tei');
  } catch (e) {
    expect(e).toBeInstanceOf(TeiError);
    return (e as TeiError).problems;
  }
  throw new Error('expected a TeiError');
}

describe('parseFreedictTei', () => {
  it('reads headword, part of speech, gender, senses with domains, examples and definitions', () => {
    const d = parseFreedictTei(
      tei(`${maison}
<entry><form><orth>falloir</orth></form><gramGrp><pos>v</pos></gramGrp>
  <sense n="1"><cit type="example"><quote>Il faut que</quote><note type="def">It is necessary that</note></cit></sense>
  <sense n="2"><note type="def">be necessary</note></sense>
  <sense n="3"><usg type="dom">cul</usg></sense>
</entry>`)
    );
    expect(d.edition).toBe('0.4.1');
    expect(d.entries.get('maison')).toEqual([
      {
        pos: 'noun',
        gender: 'f',
        senses: [{ tr: ['house', 'home'] }, { tr: ['firm'], usg: 'com' }]
      }
    ]);
    // A sense with only a domain label says nothing and is left out.
    expect(d.entries.get('falloir')).toEqual([
      {
        pos: 'verb',
        senses: [{ tr: [], ex: [['Il faut que', 'It is necessary that']] }, { tr: [], def: 'be necessary' }]
      }
    ]);
  });

  it('keeps homographs as separate entries', () => {
    const d = parseFreedictTei(
      tei(`${maison}<entry><form><orth>maison</orth></form><gramGrp><pos>adj</pos></gramGrp>
<sense><cit type="trans"><quote>home-made</quote></cit></sense></entry>`)
    );
    expect(d.entries.get('maison')?.map((e) => e.pos)).toEqual(['noun', 'adjective']);
  });

  it('fails with a located error on a malformed entry', () => {
    const xml = tei(`${maison}
<entry>
  <form><pron>x</pron></form>
  <sense><cit type="trans"><quote>nothing</quote></cit></sense>
</entry>`);
    const problems = problemsOf(xml);
    expect(problems).toHaveLength(1);
    // The entry's own line: where its `<entry>` opens.
    const line = xml.split('\n').lastIndexOf('<entry>') + 1;
    expect(problems[0]).toMatchObject({ file: 'fra-eng.tei', line, column: 1, message: expect.stringMatching(/without a headword/) });
    expect(() => parseFreedictTei(xml, 'fra-eng.tei')).toThrow(/^the dictionary's TEI has 1 problem:\nfra-eng\.tei:\d+:\d+ /);
  });

  it('locates an unknown element, part of speech or citation type where it stands', () => {
    const xml = tei(`<entry><form><orth>a</orth></form>
<gramGrp><pos>zz</pos></gramGrp>
<sense><cit type="trans"><quote>x</quote><bogus/></cit><cit type="odd"><quote>y</quote></cit></sense>
</entry>`);
    const problems = problemsOf(xml);
    const lines = xml.split('\n');
    const lineOf = (s: string) => lines.findIndex((l) => l.includes(s)) + 1;
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [lineOf('<bogus/>'), 'unexpected <bogus> in <cit> of an entry'],
      [lineOf('type="odd"'), "<cit> of type 'odd': expected 'trans' or 'example'"],
      [lineOf('<pos>zz'), "unknown part of speech 'zz' in <pos>"]
    ].sort((a, b) => (a[0] as number) - (b[0] as number)));
    // The column points at the element's `<`.
    const bogus = problems.find((p) => p.message.includes('bogus'))!;
    expect(lines[bogus.line - 1]!.slice(bogus.column - 1).startsWith('<bogus')).toBe(true);
  });

  it('locates XML that is not well-formed (a truncated file)', () => {
    const xml = tei(maison).slice(0, tei(maison).indexOf('<quote>home') + 10);
    const problems = problemsOf(xml);
    expect(problems[0]!.message).toMatch(/^malformed XML: /);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('fails on a file with no entry at all', () => {
    expect(problemsOf(tei(''))[0]!.message).toBe('no <entry> at all');
  });
});
