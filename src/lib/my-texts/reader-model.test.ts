import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpusFrom } from '../corpus/load.ts';
import { glossaryNames, importText } from '../import/index.ts';
import { recordFrom } from './prepare.ts';
import { savedReader } from './reader-model.ts';

const glossary: Record<string, string> = {};
for (const name of readdirSync('texts/glossary')) {
  glossary[`glossary/${name}`] = readFileSync(`texts/glossary/${name}`, 'utf8');
}
const names = glossaryNames(loadCorpusFrom('texts').corpus!.entries.values());
const options = {
  entryHref: (id: string) => `/glossary/${id}`,
  termHref: '/vocabulary/x',
  labels: { copyLink: 'Copy', speak: 'Speak' },
  speechNoteId: 'speech-note'
};

describe('a saved text in the reader', () => {
  it('imports, stores and renders with the glossary mentions, escaping what was pasted', () => {
    const result = importText({
      fr: 'Un <b>essai</b>\n\nStaline est mort en 1953 <script>alert(1)</script>.',
      en: 'A <b>test</b>\n\nStalin died in 1953 <script>alert(1)</script>.',
      glossary: names
    });
    const record = recordFrom(result, 'id-1', 0);
    expect(Object.keys(record.files)).toContain('fr.txt');
    const built = savedReader(record, glossary, options);
    if (!built.ok) throw new Error(built.errors.join('\n'));
    const { title, body, segmentIds } = built.reader;
    expect(body).toContain('data-entity="stalin"');
    expect(body).toContain('data-type="person"');
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;');
    expect(title).toContain('&lt;b&gt;essai&lt;/b&gt;');
    expect(segmentIds).toEqual(['title', '1.1']);
  });

  it('says what is wrong with a damaged record', () => {
    const result = importText({ fr: 'Titre\n\nUne phrase.', glossary: names });
    const record = recordFrom(result, 'id-2', 0);
    record.files['fr.txt'] = record.files['fr.txt']!.replace('1.1', '9.9 [x]{nobody}');
    const built = savedReader(record, glossary, options);
    expect(built.ok).toBe(false);
  });
});
