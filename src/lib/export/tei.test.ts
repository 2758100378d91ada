import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/build.ts';
import type { InlineRun } from '../corpus/inline.ts';
import { loadCorpusOrThrow } from '../corpus/load.ts';
import type { Corpus, Text } from '../corpus/model.ts';
import { entriesOf, textToTei } from './tei.ts';
import { parseXml, readTei } from './tei-read.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const real = loadCorpusOrThrow(path.join(ROOT, 'texts'));
const fixtures = loadCorpusOrThrow(path.join(ROOT, 'tests/fixtures/texts'));

/** The model without source positions, which a TEI document does not carry. */
function withoutPositions<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'line' || key === 'column' ? undefined : v))
  );
}

function teiOf(corpus: Corpus, slug: string): string {
  return textToTei(corpus.textsBySlug.get(slug)!, corpus.entries);
}

/** A one-text corpus built from files given here, for content the real texts do not have. */
function corpusOf(files: Record<string, string>): Corpus {
  const encoded = new Map(
    Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)] as const)
  );
  const { corpus, errors } = buildCorpus(encoded);
  if (!corpus) throw new Error(errors.map((e) => e.message).join('\n'));
  return corpus;
}

const HOSTILE_ENTRY = `id: evil
type: document
name:
  fr: 'Le <script>alert(1)</script> & "co" ]]>'
  en: "The ]]> & <b>bold</b> 'doc'"
summary:
  fr: Un document <i>hostile</i> & méchant. Il contient ]]> et des "guillemets".
  en: A <i>hostile</i> & nasty document. It holds ]]> and "quotes".
source:
  title: 'Source <x> & ]]>'
  url: https://example.org/?a=1&b="2"
`;

const HOSTILE = corpusOf({
  'glossary/evil.yaml': HOSTILE_ENTRY,
  'h/text.yaml': `title:
  fr: 'Titre <script>alert(1)</script> & ]]>'
  en: 'Title "quoted" & <b>'
author: '<img src=x onerror=alert(1)> & Co'
translator: Team ]]>
source:
  title: 'A <source> & "more"'
  url: https://example.org/x?y=1&z=2
license:
  name: 'MIT & <more>'
  note:
    fr: 'Note <p>fr</p> ]]>'
    en: "Note 'en' &amp;"
level: A2
`,
  'h/fr.txt': `# title Un [<script>]{evil} & \\]\\]> "x"

1.1 Il dit <b>gras</b> & [<i>]{evil} \\]\\]> 'fin'.\\
1.2 <!\\[CDATA\\[ x \\]\\]> &amp; &#60;
`,
  'h/en.txt': `# title A [<script>]{evil} & \\]\\]>

1.1 He says <b>bold</b> & [<i>]{evil} \\]\\]> 'end'.\\
1.2 <!\\[CDATA\\[ x \\]\\]> &amp; &#60;
`
});

describe('textToTei', () => {
  const xml = teiOf(real, 'premiere-position');

  it('is well-formed XML in the TEI namespace, with a TEI root', () => {
    expect(parseXml(xml).name).toBe('TEI');
  });

  it('writes the header from text.yaml', () => {
    expect(xml).toContain('<title xml:lang="fr">Première position au Parti communiste</title>');
    expect(xml).toContain('<title xml:lang="en">The Top Position in the Communist Party</title>');
    expect(xml).toContain(
      '<respStmt><resp>translation</resp><name>The Bilingual Reader team</name></respStmt>'
    );
    expect(xml).toContain('<licence>unknown</licence>');
    expect(xml).toMatch(/<keywords scheme="[^"]+"><term type="level">B2<\/term><\/keywords>/);
    expect(xml).toContain('<language ident="fr">French</language>');
  });

  it('links each French segment with its English one', () => {
    expect(xml).toContain(
      '<s xml:id="fr.1.1" corresp="#en.1.1">Avant la <eventName ref="#revolution-1917">révolution</eventName>'
    );
    expect(xml).toContain('<s xml:id="en.2.2" corresp="#fr.2.2">');
  });

  it('marks mentions by type and terms, nested as authored', () => {
    // fr.txt 1.11: [deuxième secrétaire [officieux]{t:officieux}]{second-secretary}
    expect(xml).toContain(
      '<roleName ref="#second-secretary">deuxième secrétaire <term ref="#t.officieux">officieux</term></roleName>'
    );
    expect(xml).toContain('<persName ref="#stalin">Josef Staline</persName>');
    expect(xml).toContain('<orgName ref="#cpsu">Parti communiste</orgName>');
    expect(xml).toContain('<title ref="#lenins-testament">dernier testament</title>');
    expect(xml).toContain('<placeName ref="#ussr">URSS</placeName>');
  });

  it('joins the segments of a paragraph by one space', () => {
    expect(xml).toMatch(/<\/s> <s xml:id="fr\.1\.2"/);
  });

  it('puts the vocabulary in the back of the French text', () => {
    expect(xml).toContain(
      '<label><term xml:id="t.officieux" type="adjective">officieux</term></label>'
    );
    expect(xml).toContain(
      '<label><term xml:id="t.poste" type="noun" subtype="m">poste</term></label>'
    );
    expect(xml).toMatch(
      /<item><gloss>unofficial<\/gloss><note xml:lang="fr">Qui n'est pas officiel/
    );
  });

  it('describes every mentioned entry in the standOff, with Wikidata, dates and tenures', () => {
    expect(xml).toMatch(/<person xml:id="stalin" source="[^"]+">/);
    expect(xml).toContain('<idno type="wikidata">Q855</idno>');
    expect(xml).toContain('<birth when="1878-12-18"/><death when="1953-03-05"/>');
    expect(xml).toMatch(/<affiliation ref="#general-secretary" from="1922-04-03" to="1952-10-16">/);
    // molotov.yaml: from "~1922-04", to "~1930-12", unofficial: true
    expect(xml).toMatch(
      /<affiliation type="unofficial" ref="#second-secretary" from="1922-04" to="1930-12"><precision match="@from" precision="low"\/><precision match="@to" precision="low"\/>/
    );
    expect(xml).toContain('<event xml:id="coup-1991" from="1991-08-19" to="1991-08-22"');
    expect(xml).toMatch(/<item xml:id="general-secretary"[^>]*>/);
    expect(xml).toMatch(/<org xml:id="cpsu"/);
    expect(xml).toMatch(/<place xml:id="ussr"/);
    expect(xml).toMatch(/<bibl xml:id="lenins-testament"/);
  });

  it('holds the entries the text mentions and those they point at, and no other', () => {
    const text = real.textsBySlug.get('premiere-position')!;
    const ids = entriesOf(text, real.entries).map((e) => e.id);
    expect(ids).toContain('stalin');
    // Molotov is never mentioned in the text, but related to Stalin.
    expect(ids).toContain('molotov');
    const mentioned = new Set(real.mentions.keys());
    for (const id of ids)
      expect(
        mentioned.has(id) ||
          [...real.entries.values()].some(
            (e) => e.related.includes(id) || e.held.some((t) => t.post === id)
          )
      ).toBe(true);
  });

  it('never turns authored text into markup', () => {
    const hostile = teiOf(HOSTILE, 'h');
    const root = parseXml(hostile);
    const names = new Set<string>();
    const walk = (n: ReturnType<typeof parseXml>) => {
      names.add(n.name);
      for (const c of n.children) if (typeof c !== 'string') walk(c);
    };
    walk(root);
    for (const bad of ['script', 'b', 'i', 'img', 'x', 'more', 'source'])
      expect(names.has(bad), `<${bad}> element`).toBe(false);
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toContain(']]>');
    expect(hostile).toContain(
      'Il dit &lt;b&gt;gras&lt;/b&gt; &amp; <title ref="#evil">&lt;i&gt;</title>'
    );
    expect(hostile).toContain('&lt;![CDATA[ x ]]&gt; &amp;amp; &amp;#60;');
    expect(hostile).toContain('target="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    // A glued segment: no whitespace before the next <s>.
    expect(hostile).toMatch(/'fin'\.<\/s><s xml:id="fr\.1\.2"/);
  });

  it('writes U+FFFD for characters XML cannot hold, and keeps tabs', () => {
    // The corpus refuses control characters, located; the writer still never lets one through.
    const corpus = corpusOf({
      'glossary/evil.yaml': HOSTILE_ENTRY,
      'c/text.yaml':
        'title: {fr: T, en: T}\nauthor: A\ntranslator: B\nsource: {title: S}\nlicense: {name: L}\nlevel: A1\n',
      'c/fr.txt': '# title Un\tpas\n\n1.1 X\n',
      'c/en.txt': '# title One\n\n1.1 X\n'
    });
    corpus.textsBySlug.get('c')!.title.fr.runs = [{ kind: 'text', text: 'Un\u0001deux\tpas' }];
    const xml = teiOf(corpus, 'c');
    expect(xml).toContain('Un\uFFFDdeux\tpas');
    expect(() => parseXml(xml)).not.toThrow();
  });
});

describe('readTei: the round trip', () => {
  const cases: [string, Corpus, Text][] = [
    ...real.texts.map((t) => [`texts/${t.slug}`, real, t] as [string, Corpus, Text]),
    ...fixtures.texts.map((t) => [`fixtures/${t.slug}`, fixtures, t] as [string, Corpus, Text]),
    ['hostile content', HOSTILE, HOSTILE.texts[0]!]
  ];

  it.each(cases)('%s: reading the TEI back gives the same text', (_, corpus, text) => {
    const back = readTei(textToTei(text, corpus.entries));
    expect(withoutPositions(back.text)).toEqual(withoutPositions(text));
  });

  it.each(cases)('%s: and the same glossary entries', (_, corpus, text) => {
    const back = readTei(textToTei(text, corpus.entries));
    expect(back.entries).toEqual(entriesOf(text, corpus.entries));
  });

  it('sees a changed segment, glue or term', () => {
    const text = real.textsBySlug.get('premiere-position')!;
    const xml = textToTei(text, real.entries);
    const edits = [
      xml.replace('Avant la <eventName', 'Avant le <eventName'),
      xml.replace('</s> <s xml:id="fr.1.2"', '</s><s xml:id="fr.1.2"'),
      xml.replace('<gloss>unofficial</gloss>', '<gloss>official</gloss>'),
      xml.replace('<persName ref="#stalin">Josef Staline</persName>', 'Josef Staline')
    ];
    for (const edited of edits) {
      expect(edited).not.toBe(xml);
      expect(withoutPositions(readTei(edited).text)).not.toEqual(withoutPositions(text));
    }
  });

  it('rejects a document that is not well-formed', () => {
    const xml = teiOf(real, 'premiere-position');
    expect(() => readTei(xml.replace('</teiHeader>', ''))).toThrow();
    expect(() => readTei(xml.replace('Avant la', 'Avant & la'))).toThrow();
    expect(() => readTei(xml.replace('Avant la', 'Avant <b>la</b>'))).toThrow();
  });
});

// Keep the type import used: runs are compared structurally above.
export type { InlineRun };
